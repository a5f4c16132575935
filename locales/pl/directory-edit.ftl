# The week editor of the service form (templates/partials/week-editor.html).
week-editor-legend = Godziny otwarcia
week-editor-hint = Dla każdego dnia wpisz godzinę otwarcia i zamknięcia albo zaznacz „nieczynne”. Drugi przedział jest dla dnia z przerwą.
week-editor-closed = Nieczynne
week-editor-opens = Otwarcie
week-editor-closes = Zamknięcie
week-editor-opens-again = Ponowne otwarcie
week-editor-closes-again = Ponowne zamknięcie
week-editor-holidays-legend = Święta państwowe
week-editor-holidays-closed = Nieczynne w święta
week-editor-holidays-open = Otwarte jak w inne dni
week-editor-raw-kept = Te godziny mówią więcej, niż pokażą wiersze dni, więc zostają zapisane tak, jak są. Zmień je jako tekst.
week-editor-raw-label = Godziny otwarcia (format OpenStreetMap)
week-editor-raw-help = Na przykład: Mo-Fr 08:00-16:00; PH off. Nie wpisuj tu uwag: na to jest pole z uwagą o godzinach.
