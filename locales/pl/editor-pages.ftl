# Strony redakcji pod /account/: stan tłumaczeń, nieaktualne usługi, co mówią odwiedzający.
editor-nav-review = Do zatwierdzenia
editor-percent = { $percent }%

editor-insight-title = Co mówią odwiedzający
editor-insight-intro = Odpowiedzi na „Czy ta strona była przydatna?”, komentarze, wyszukiwania bez wyników i prośby o tłumaczenia. Nic tutaj nie pozwala rozpoznać odwiedzającego.
editor-insight-period-title = Okres
editor-insight-month = Miesiąc
editor-insight-month-hint = W postaci RRRR-MM, np. 2026-11.
editor-insight-show = Pokaż
editor-insight-between = Albo od dnia do dnia (każde z pól może zostać puste)
editor-insight-since = Od (RRRR-MM-DD)
editor-insight-until = Do (RRRR-MM-DD)
editor-insight-period-between = Pokazano: od { $since } do { $until }.
editor-insight-period-since = Pokazano: od { $since }.
editor-insight-period-until = Pokazano: do { $until }.
editor-insight-period-all = Pokazano: cały zapisany czas.
editor-insight-csv = Pobierz jako CSV (to samo co witaj insight --format csv)
editor-insight-problem-month = „{ $value }” nie jest miesiącem. Wpisz go jako RRRR-MM, np. 2026-11.
editor-insight-problem-day = „{ $value }” nie jest datą. Wpisz ją jako RRRR-MM-DD, np. 2026-11-30.
editor-insight-problem-reversed = Okres zaczyna się ({ $since }) po swoim końcu ({ $until }).
editor-insight-problem-both = Wybierz miesiąc albo dni od i do, nie jedno i drugie.
editor-insight-none = Nic w tym okresie.
editor-insight-pages-title = Czy ta strona była przydatna?
editor-insight-pages-caption = Odpowiedzi według strony i języka, najmniej przydatne najpierw
editor-insight-pages-caption-answers = Odpowiedzi według strony i języka, najwięcej odpowiedzi najpierw
editor-insight-sort = Kolejność stron
editor-insight-sort-useful = najmniej przydatne najpierw
editor-insight-sort-answers = najwięcej odpowiedzi najpierw
editor-insight-col-page = Strona
editor-insight-col-lang = Język
editor-insight-col-yes = Tak
editor-insight-col-no = Nie
editor-insight-col-share = Przydatna
editor-insight-comments-title = Komentarze
editor-insight-comments-intro = Co odwiedzający napisali po „nie”, od najnowszych. Adresy e-mail i długie numery usunięto przed zapisaniem.
editor-insight-comments-none = Brak otwartych komentarzy w tym okresie.
editor-insight-mark-handled = Oznacz jako załatwiony
editor-insight-mark-handled-label = Oznacz jako załatwiony: komentarz z { $day } do strony { $page }
editor-insight-handled-title = Załatwione
editor-insight-handled-by = Załatwił(a) { $who }, { $when }
editor-insight-gaps-title = Wyszukiwania bez wyników
editor-insight-gaps-caption = Wyszukiwania bez wyników: { $lang }
editor-insight-col-query = Zapytanie
editor-insight-col-count = Ile razy
editor-insight-col-first = Pierwszy raz
editor-insight-col-last = Ostatni raz
editor-insight-demand-title = Prośby o tłumaczenie
editor-insight-demand-caption = „Potrzebuję tego w moim języku” według poradnika i języka, najczęstsze najpierw
editor-insight-col-guide = Poradnik
editor-insight-col-asked = Prośby
editor-insight-trend-title = Według miesięcy
editor-insight-trend-caption = Odpowiedzi, komentarze i prośby o tłumaczenie w każdym miesiącu
editor-insight-col-month = Miesiąc
editor-insight-col-comments = Komentarze

editor-status-title = Stan tłumaczeń
editor-status-intro = Każdy poradnik w każdym języku, tak jak pokazuje witaj status. Wiek liczony do { $today }.
editor-status-matrix-title = Poradniki i języki
editor-status-matrix-caption = Tłumaczenie każdego poradnika w każdym języku; link otwiera tę stronę
editor-status-col-guide = Poradnik
editor-status-col-language = Język
editor-status-source = oryginał
editor-status-current = aktualne
editor-status-outdated = nieaktualne
editor-status-missing = brak
editor-status-outdated-days = nieaktualne, { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
}
editor-status-completeness-title = Kompletność
editor-status-completeness-caption = Poradniki w każdym języku
editor-status-col-guides-percent = Poradników
editor-status-col-words-percent = Słów
editor-status-work-title = Praca w każdym języku
editor-status-work-intro = Najpierw to, o co prosili czytelnicy, potem priorytet poradnika i jego temat, jak w witaj status --lang.
editor-status-work-none = Nic do zrobienia: każdy poradnik jest aktualny.
editor-status-words = { $count ->
    [one] { $count } słowo
    [few] { $count } słowa
    [many] { $count } słów
   *[other] { $count } słowa
}
editor-status-asked = { $count ->
    [one] { $count } prośba
    [few] { $count } prośby
    [many] { $count } próśb
   *[other] { $count } prośby
}

editor-stale-title = Nieaktualne usługi
editor-stale-intro = Usługi, których nikt nie potwierdził od { $months ->
    [one] { $months } miesiąca
    [few] { $months } miesięcy
    [many] { $months } miesięcy
   *[other] { $months } miesiąca
}, od najstarszych, tak jak wypisuje je witaj stale. Poproś ich organizacje o sprawdzenie.
editor-stale-caption = { $count ->
    [one] { $count } niepotwierdzona usługa
    [few] { $count } niepotwierdzone usługi
    [many] { $count } niepotwierdzonych usług
   *[other] { $count } niepotwierdzonej usługi
}
editor-stale-col-service = Usługa
editor-stale-col-organisation = Organizacja
editor-stale-col-verified = Ostatnio sprawdzona
editor-stale-none = Każdą usługę sprawdzono w ciągu { $months ->
    [one] ostatniego miesiąca
    [few] ostatnich { $months } miesięcy
    [many] ostatnich { $months } miesięcy
   *[other] ostatnich { $months } miesiąca
}.
