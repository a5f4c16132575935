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

## Directory
# The directory of services: /{lang}/services, one service's page, hours and filters.
nav-services = Gdzie po pomoc
services-title = Gdzie po pomoc
services-intro = Urzędy, ośrodki pomocy społecznej, bezpłatne porady prawne, kursy polskiego, organizacje pozarządowe i telefony zaufania w Trójmieście i na Pomorzu.
services-none = Żadna usługa nie spełnia wszystkich wybranych warunków. Usuń jeden z filtrów, aby zobaczyć więcej.
filter-legend = Znajdź usługę
filter-topic = Temat
filter-speaks = Język personelu
filter-place = Miejscowość
filter-org = Kto prowadzi
filter-any = Wszystkie
filter-only = Pokaż tylko
filter-open-now = otwarte teraz
filter-free = bezpłatne
filter-submit = Pokaż wyniki
filter-reset = Wyczyść filtry
org-kind-city-unit = Jednostka miasta lub powiatu
org-kind-public-office = Instytucja państwowa
org-kind-ngo = Organizacja pozarządowa
service-free = Bezpłatne
service-paid = Płatne
service-cost-unknown = Nie wiemy, czy usługa jest płatna. Zapytaj przed wizytą.
service-remote = Telefonicznie lub przez internet
service-remote-long = Ta usługa nie ma adresu do odwiedzenia: kontakt telefoniczny lub przez internet.
service-areas-label = Obsługuje mieszkańców
service-languages-label = Języki personelu
service-languages-heading = Języki personelu
service-languages-unknown = Nie wiemy, w jakich językach mówi personel.
service-eligibility-heading = Dla kogo
service-application-heading = Jak skorzystać
service-contact-heading = Kontakt
service-phone = Telefon
service-email = E-mail
service-website = Strona internetowa
service-map-link = Pokaż na mapie OpenStreetMap
service-accessibility = Dostępność
service-cost-heading = Koszt
service-guides-heading = Przewodniki, które wskazują tę usługę
service-verified = Sprawdzono ze źródłem: { $date }
service-source = Źródło informacji
service-topics-label = Tematy
service-short-link = Krótki link do tej strony:
notice-service-fallback = Część tego wpisu nie jest jeszcze przetłumaczona na polski i jest wyświetlana w innym języku.
guide-services-heading = Gdzie po pomoc
hours-heading = Godziny otwarcia
hours-caption = Godziny otwarcia w najbliższych siedmiu dniach
hours-today = dziś
hours-holiday = święto
hours-day-closed = nieczynne
hours-day-unknown = godziny nieustalone
hours-local-time = Godziny według czasu polskiego.
hours-not-known-advice = Nie sprawdziliśmy jeszcze godzin otwarcia. Zadzwoń lub zajrzyj na stronę usługi przed wizytą.
hours-open-until = Otwarte teraz, do { $time }
hours-open-always = Otwarte całą dobę
hours-closed = Teraz zamknięte
hours-closed-opens-today = Teraz zamknięte, otwarcie dziś o { $time }
hours-closed-opens-tomorrow = Teraz zamknięte, otwarcie jutro o { $time }
hours-closed-opens-day = Teraz zamknięte, otwarcie { $day } o { $time }
hours-unknown-now = Nie wiadomo, czy teraz otwarte: zadzwoń przed wizytą
hours-not-known = Godziny otwarcia nieznane
# Day names as a table row heading.
day-1 = poniedziałek
day-2 = wtorek
day-3 = środa
day-4 = czwartek
day-5 = piątek
day-6 = sobota
day-7 = niedziela
# "on Monday", used in hours-closed-opens-day.
day-on-1 = w poniedziałek
day-on-2 = we wtorek
day-on-3 = w środę
day-on-4 = w czwartek
day-on-5 = w piątek
day-on-6 = w sobotę
day-on-7 = w niedzielę
# Municipalities and counties of portal.toml.
municipality-gdansk = Gdańsk
municipality-gdynia = Gdynia
municipality-sopot = Sopot
municipality-slupsk = Słupsk
municipality-puck = Puck
county-gdansk = Gdańsk
county-gdynia = Gdynia
county-sopot = Sopot
county-slupsk = Słupsk
county-pucki = powiat pucki
