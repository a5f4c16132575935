# Names of municipalities added by the municipalities data (portal.toml `[[municipalities]]`), kept apart from portal.ftl.
municipality-przywidz = بشيفيدز
municipality-reda = ريدا
municipality-jastarnia = ياستارنيا
