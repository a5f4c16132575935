# Names of municipalities added by the municipalities data (portal.toml `[[municipalities]]`), kept apart from portal.ftl.
municipality-przywidz = Пшивидз
municipality-reda = Реда
municipality-jastarnia = Ястарня
municipality-koscierzyna = Косцежина
municipality-sztum = Штум
county-sztumski = Штумский повят
