# Names of municipalities added by the municipalities data (portal.toml `[[municipalities]]`), kept apart from portal.ftl.
municipality-przywidz = პშივიძი
municipality-reda = რედა
municipality-jastarnia = იასტარნია
municipality-koscierzyna = კოშჩეჟინა
municipality-sztum = შტუმი
county-sztumski = შტუმის მაზრა
