# Names of municipalities added by the municipalities data (portal.toml `[[municipalities]]`), kept apart from portal.ftl.
municipality-przywidz = بشيفيدز
municipality-reda = ريدا
municipality-jastarnia = ياستارنيا
municipality-koscierzyna = كوشتشيجينا
municipality-sztum = شتوم
county-sztumski = مقاطعة شتوم
