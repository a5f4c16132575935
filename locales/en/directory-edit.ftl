# The week editor of the service form (templates/partials/week-editor.html).
week-editor-legend = Opening hours
week-editor-hint = For each day, give the opening and closing time, or tick “closed”. The second period is for a day with a break.
week-editor-closed = Closed
week-editor-opens = Opens at
week-editor-closes = Closes at
week-editor-opens-again = Opens again at
week-editor-closes-again = Closes again at
week-editor-holidays-legend = Public holidays
week-editor-holidays-closed = Closed on public holidays
week-editor-holidays-open = Open as on other days
week-editor-raw-kept = These hours say more than the day rows can show, so they are kept as written. Edit them as text.
week-editor-raw-label = Opening hours (OpenStreetMap format)
week-editor-raw-help = For example: Mo-Fr 08:00-16:00; PH off. Do not write remarks here: use the note on opening hours.
