# Names of municipalities added by the municipalities data (portal.toml `[[municipalities]]`), kept apart from portal.ftl.
municipality-przywidz = Пшывідз
municipality-reda = Рэда
municipality-jastarnia = Ястарня
municipality-koscierzyna = Касцяжына
municipality-sztum = Штум
county-sztumski = Штумскі павет
