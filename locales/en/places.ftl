# Names of municipalities added by the municipalities data (portal.toml `[[municipalities]]`), kept apart from portal.ftl.
municipality-przywidz = Przywidz
municipality-reda = Reda
municipality-jastarnia = Jastarnia
municipality-koscierzyna = Kościerzyna
municipality-sztum = Sztum
county-sztumski = Sztum County
