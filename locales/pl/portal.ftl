# Interface strings of the portal, Polish (the source language).
# Every other language has the same message ids in locales/<lang>/portal.ftl.
# Plurals use the language's CLDR categories (Polish: one, few, many, other).

site-name = Witaj
site-tagline = Informacje dla cudzoziemców w Gdańsku, Gdyni, Sopocie i na Pomorzu

## Navigation
skip-to-content = Przejdź do treści
nav-label = Nawigacja główna
nav-home = Strona główna
nav-topics = Tematy
language-switcher-label = Język strony
breadcrumb-label = Jesteś tutaj

## Home page
home-title = Informacje dla osób przybywających na Pomorze
home-intro = Praktyczne przewodniki o dokumentach, pracy, nauce polskiego, szkole, zdrowiu i pomocy, w Twoim języku. Każdy przewodnik podaje oficjalne źródła.
home-topics-heading = Tematy
home-guides-heading = Wszystkie przewodniki
home-emergency = Zagrożenie życia, zdrowia lub mienia? Zadzwoń pod numer alarmowy:

## Topics
topic-documents = Dokumenty i pobyt
topic-work = Praca
topic-polish-courses = Kursy języka polskiego
topic-education = Szkoła i edukacja
topic-health = Zdrowie
topic-legal-aid = Pomoc prawna
topic-social-help = Pomoc społeczna
topic-housing = Mieszkanie
topic-safety = Bezpieczeństwo i nagłe wypadki
topic-daily-life = Życie codzienne
topic-community = Społeczność i kultura
topic-empty = Nie ma jeszcze przewodników na ten temat.

## Counts
guides-count =
    { $count ->
        [one] { $count } przewodnik
        [few] { $count } przewodniki
        [many] { $count } przewodników
       *[other] { $count } przewodnika
    }
services-count =
    { $count ->
        [one] { $count } usługa
        [few] { $count } usługi
        [many] { $count } usług
       *[other] { $count } usługi
    }

## Guide pages
guide-updated = Zaktualizowano: { $date }
guide-reviewed = Sprawdzono ze źródłami: { $date }
guide-sources-heading = Oficjalne źródła
guide-toc-heading = Na tej stronie
guide-topics-label = Tematy
external-link = strona zewnętrzna

## Translation notices
notice-fallback = Ten przewodnik nie jest jeszcze dostępny po polsku. Poniżej wyświetlamy go w innym języku.
notice-shown-in = Wyświetlany język:
notice-available-in = Przewodnik jest dostępny w językach:
notice-outdated = Polski oryginał tego przewodnika zmienił się od czasu przygotowania tłumaczenia. Tłumaczenie może być nieaktualne.
notice-outdated-link = Przeczytaj aktualny oryginał

## Errors
error-404-title = Nie ma takiej strony
error-404-text = Strona, której szukasz, nie istnieje lub została przeniesiona.
error-home-link = Przejdź do strony głównej
error-languages-heading = Wybierz język
error-500-title = Błąd serwera
error-500-text = Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.

## Footer
footer-sources = Informacje w tym serwisie opierają się na oficjalnych źródłach, podanych przy każdym przewodniku. W sprawach indywidualnych skontaktuj się z właściwym urzędem.

## Dates: month names in the form used inside a date ("23 listopada 2026")
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
date-format = { $day } { $month } { $year }
