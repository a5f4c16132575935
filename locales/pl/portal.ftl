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

## Accessibility statement (deklaracja dostępności), on the ministry's template
footer-accessibility = Deklaracja dostępności
a11y-title = Deklaracja dostępności
a11y-translation-note = To tłumaczenie deklaracji ma charakter informacyjny; wiążąca jest wersja polska.
a11y-operator-unnamed = Podmiot prowadzący ten serwis (nazwy jeszcze nie podano)
a11y-intro = zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z przepisami ustawy z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.
a11y-scope-label = Deklaracja dostępności dotyczy:
a11y-scope = strona internetowa
a11y-published = Data publikacji strony internetowej:
a11y-updated = Data ostatniej istotnej aktualizacji:
a11y-status-heading = Stan dostępności cyfrowej
a11y-status-full = Strona internetowa jest zgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.
a11y-status-partial = Strona internetowa jest częściowo zgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych z powodu niezgodności lub wyłączeń wymienionych poniżej.
a11y-status-none = Strona internetowa jest niezgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.
a11y-issues-heading = Treści niedostępne
a11y-preparation-heading = Przygotowanie deklaracji dostępności
a11y-prepared = Deklarację sporządzono dnia:
a11y-reviewed = Deklarację ostatnio poddano przeglądowi i aktualizacji dnia:
a11y-assessment-self = Deklarację sporządzono na podstawie samooceny przeprowadzonej przez podmiot publiczny.
a11y-assessment-audit = Deklarację sporządzono na podstawie badania przeprowadzonego przez podmiot zewnętrzny:
a11y-keyboard = Na stronie można korzystać ze standardowych skrótów klawiaturowych przeglądarki.
a11y-contact-heading = Informacje zwrotne i dane kontaktowe
a11y-contact-intro = Jeśli zauważysz problem z dostępnością tej strony, skontaktuj się z nami. W ten sam sposób możesz poprosić o informacje niedostępne na stronie w innej, dostępnej formie.
a11y-contact-person = Osoba kontaktowa:
a11y-email = Adres e-mail:
a11y-phone = Telefon:
a11y-not-provided = nie podano jeszcze
a11y-procedure-heading = Procedura wnioskowo-skargowa
a11y-procedure-1 = Każdy ma prawo do wystąpienia z żądaniem zapewnienia dostępności cyfrowej strony internetowej, aplikacji mobilnej lub jakiegoś ich elementu. Można także zażądać udostępnienia informacji za pomocą alternatywnego sposobu dostępu, na przykład przez odczytanie niedostępnego cyfrowo dokumentu, opisanie zawartości filmu bez audiodeskrypcji itp.
a11y-procedure-2 = Żądanie powinno zawierać dane osoby zgłaszającej żądanie, wskazanie, o którą stronę internetową lub aplikację mobilną chodzi, oraz sposób kontaktu. Jeżeli osoba żądająca zgłasza potrzebę otrzymania informacji za pomocą alternatywnego sposobu dostępu, powinna także określić dogodny dla niej sposób przedstawienia tej informacji.
a11y-procedure-3 = Podmiot publiczny powinien zrealizować żądanie niezwłocznie, nie później niż w ciągu 7 dni od dnia wystąpienia z żądaniem. Jeżeli dotrzymanie tego terminu nie jest możliwe, podmiot publiczny niezwłocznie informuje o tym wnoszącego żądanie, kiedy realizacja żądania będzie możliwa, przy czym termin ten nie może być dłuższy niż 2 miesiące od dnia wystąpienia z żądaniem. Jeżeli zapewnienie dostępności cyfrowej nie jest możliwe, podmiot publiczny może zaproponować alternatywny sposób dostępu do informacji.
a11y-procedure-4 = Jeżeli podmiot publiczny odmówi realizacji żądania zapewnienia dostępności lub alternatywnego sposobu dostępu do informacji, wnoszący żądanie może złożyć skargę w sprawie zapewnienia dostępności cyfrowej strony internetowej, aplikacji mobilnej lub ich elementu. Po wyczerpaniu tej procedury można także złożyć wniosek do Rzecznika Praw Obywatelskich.
a11y-ombudsman-link = Strona internetowa Rzecznika Praw Obywatelskich
a11y-architecture-heading = Dostępność architektoniczna
a11y-communication-heading = Dostępność komunikacyjno-informacyjna
a11y-apps-heading = Aplikacje mobilne
a11y-apps-none = Podmiot nie udostępnia aplikacji mobilnych.

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
service-address-unknown = Adres jeszcze niesprawdzony
service-address-unknown-long = Nie sprawdziliśmy jeszcze adresu tego miejsca. Zapytaj o niego telefonicznie, e-mailem lub na stronie usługi (kontakt powyżej).
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
notice-service-outdated = Polski oryginał tego wpisu zmienił się od czasu przygotowania tłumaczenia. Tłumaczenie może być nieaktualne.
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
municipality-pruszcz-gdanski-miasto = Pruszcz Gdański
municipality-kolbudy = Kolbudy
municipality-pszczolki = Pszczółki
municipality-cedry-wielkie = Cedry Wielkie
municipality-kartuzy = Kartuzy
municipality-zukowo = Żukowo
municipality-sierakowice = Sierakowice
municipality-suleczyno = Sulęczyno
municipality-przodkowo = Przodkowo
municipality-koscierzyna-gmina = Kościerzyna (gmina wiejska)
municipality-karsin = Karsin
municipality-lipusz = Lipusz
municipality-lebork = Lębork
municipality-cewice = Cewice
municipality-malbork = Malbork
municipality-lichnowy = Lichnowy
municipality-nowy-dwor-gdanski = Nowy Dwór Gdański
municipality-stegna = Stegna
municipality-ostaszewo = Ostaszewo
municipality-sztutowo = Sztutowo
municipality-kosakowo = Kosakowo
municipality-wladyslawowo = Władysławowo
municipality-krokowa = Krokowa
municipality-hel = Hel
municipality-tczew = Tczew
municipality-wejherowo = Wejherowo
municipality-wejherowo-gmina = Wejherowo (gmina wiejska)
municipality-rumia = Rumia
municipality-szemud = Szemud
municipality-luzino = Luzino
municipality-leczyce = Łęczyce
municipality-linia = Linia
municipality-gniewino = Gniewino
county-gdansk = Gdańsk
county-gdynia = Gdynia
county-sopot = Sopot
county-slupsk = Słupsk
county-pucki = powiat pucki
county-gdanski = powiat gdański
county-kartuski = powiat kartuski
county-koscierski = powiat kościerski
county-leborski = powiat lęborski
county-malborski = powiat malborski
county-nowodworski = powiat nowodworski
county-tczewski = powiat tczewski
county-wejherowski = powiat wejherowski

## Search
search-label = Szukaj w przewodnikach i usługach
search-button = Szukaj
search-title = Wyszukiwanie
search-empty = Wpisz, czego szukasz, na przykład: PESEL, zasiłek, kurs polskiego, lekarz.
search-results-count =
    { $count ->
        [one] Znaleziono { $count } wynik
        [few] Znaleziono { $count } wyniki
        [many] Znaleziono { $count } wyników
       *[other] Znaleziono { $count } wyniku
    }
search-did-you-mean = Czy chodziło ci o:
search-browse-topics = Przejrzyj tematy
search-other-languages = Wyniki w innych językach
search-in-language = język:
search-topics-filter = Zawęź do tematu
search-all-topics = Wszystkie tematy
search-pages-label = Strony wyników
search-previous = Poprzednia
search-next = Następna
search-section = Sekcja:
search-service-label = usługa

## Gminy i powiaty (/{lang}/municipalities)
municipalities-title = Gminy i powiaty
municipalities-intro = Gdzie się zameldować, gdzie szukać pomocy społecznej albo bezpłatnej porady prawnej tam, gdzie mieszkasz. Wybierz swoją gminę lub powiat.
municipalities-search-label = Nazwa gminy lub miejscowości
municipalities-search-button = Szukaj
municipalities-found = Wyniki: { $count }
municipalities-none = Nie znaleziono gminy o tej nazwie. Sprawdź pisownię albo wybierz z listy.
municipalities-show-all = Pokaż wszystkie
municipalities-city-counties = Miasta na prawach powiatu
place-intro = Gdzie załatwić sprawy na miejscu: zameldowanie, urząd stanu cywilnego, pomoc społeczna, urząd pracy, bezpłatna pomoc prawna, prawo jazdy i zapisy do szkoły.
place-county-label = Powiat
place-county-office = Ten urząd obsługuje cały powiat:
place-office-unknown = Portal jeszcze nie wie, który urząd to załatwia.
place-ask-link = Zapytaj urząd (oficjalna strona)
place-guide = Jak to załatwić:
place-members-heading = Gminy w tym powiecie
place-foreigners-page = Strona gminy dla cudzoziemców
place-website = Strona internetowa
place-bip = Biuletyn Informacji Publicznej (BIP)
step-address-registration = Zameldowanie
step-civil-registry = Urząd stanu cywilnego (USC)
step-social-help = Pomoc społeczna
step-labour-office = Urząd pracy
step-legal-aid = Bezpłatna pomoc prawna
step-driving-licences = Prawo jazdy i rejestracja pojazdów
step-school-enrolment = Zapisy do szkoły
services-municipalities-link = Urzędy w twojej gminie: zameldowanie, pomoc społeczna, pomoc prawna
