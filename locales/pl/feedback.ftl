# Opinie o stronach, zapotrzebowanie na tłumaczenia i informacja o prywatności (src/web/feedback.rs, privacy.rs).

## „Czy ta strona była pomocna?” na końcu przewodników, usług i wyników wyszukiwania
feedback-heading = Czy ta strona była pomocna?
feedback-yes = Tak
feedback-no = Nie
feedback-comment-label = Czego brakowało lub co było nie tak? (nieobowiązkowe)
feedback-comment-hint = Nie wpisuj danych osobowych (imienia i nazwiska, adresu e-mail, numeru telefonu ani numerów dokumentów): nikt tu nie odpowiada, a takie dane usuwamy. Najwyżej { $max } znaków.
feedback-send = Wyślij
feedback-thanks = Dziękujemy. Twoja odpowiedź pomaga nam ulepszać ten serwis.
feedback-honeypot = Zostaw to pole puste
feedback-demand-button = Potrzebuję tego w moim języku
feedback-demand-thanks = Dziękujemy. Zapisaliśmy, że ten przewodnik jest potrzebny w Twoim języku.

## Gdy odpowiedzi nie można przyjąć
feedback-refused-title = Odpowiedź nie została wysłana
feedback-refused-too-many = Wysłano wiele odpowiedzi w krótkim czasie. Poczekaj minutę i spróbuj ponownie.
feedback-refused-origin = Formularz wysłano z innej strony internetowej. Odpowiedz na stronie tego serwisu.
feedback-refused-too-large = Wysłany formularz był za duży.
feedback-refused-not-a-form = Ten adres przyjmuje tylko formularz opinii ze stron tego serwisu.
feedback-refused-unknown-page = Nie znamy strony, której dotyczy ta odpowiedź. Mogła zostać przeniesiona.
feedback-refused-no-answer = Wybierz „Tak” albo „Nie”.
feedback-refused-too-long = Komentarz jest za długi: napisz najwyżej { $max } znaków.
feedback-refused-not-missing = Ten przewodnik jest już dostępny w tym języku.
feedback-refused-back = Wróć do strony

## Informacja o prywatności (/privacy), link w stopce
footer-privacy = Prywatność
privacy-title = Informacja o prywatności
privacy-intro = Ten serwis udziela informacji, nie pytając, kim jesteś. Ta strona mówi, co serwis zapisuje, gdy z niego korzystasz, po co i jak długo.
privacy-not-collected-heading = Czego nie zapisujemy
privacy-not-collected = Nie przechowujemy Twojego adresu IP ani informacji o przeglądarce i nie śledzimy Cię plikami cookie. Ciasteczka zapamiętują tylko twoje wybory: język, żeby kolejne strony otwierały się w nim, i twoją gminę, jeśli ją wybierzesz (niżej).
privacy-searches-heading = Wyszukiwania bez wyników
privacy-searches =
    Gdy wyszukiwanie nic nie znajdzie, liczymy wyszukiwane słowa wraz z językiem i dniem, żeby redakcja wiedziała, jakich informacji brakuje. Wyszukiwanie, które wygląda na zawierające dane osobowe (adres e-mail albo długi numer), nie jest zapisywane. Wyszukiwanie niepowtórzone przez { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    } jest usuwane.
privacy-feedback-heading = „Czy ta strona była pomocna?”
privacy-feedback = Gdy odpowiadasz, zapisujemy stronę, jej język, Twoją odpowiedź i dzień. Z komentarza najpierw usuwamy adresy e-mail, numery telefonów i numery dokumentów. Odpowiedzi służą do ulepszania stron.
privacy-feedback-kept =
    Komentarze usuwamy po { $months ->
        [one] { $months } miesiącu
        [few] { $months } miesiącach
        [many] { $months } miesiącach
       *[other] { $months } miesiąca
    }. Liczby odpowiedzi zostają jako statystyka: nie mówią nic o tym, kto odpowiedział.
privacy-demand-heading = „Potrzebuję tego w moim języku”
privacy-demand = Gdy naciśniesz ten przycisk, liczymy przewodnik, język i dzień, żeby redakcja najpierw tłumaczyła najbardziej potrzebne przewodniki. Te liczby zostają jako statystyka.
privacy-limits-heading = Ochrona przed nadużyciami
privacy-limits = Aby powstrzymać automatyczne zalewanie serwisu odpowiedziami, serwer przez krótki czas przechowuje adres Twojego połączenia w pamięci, nigdy na dysku, i zapomina go najpóźniej następnego dnia. Serwer WWW przed tym serwisem może prowadzić techniczne dzienniki z adresami; operator przechowuje je tylko tak długo, jak wymaga tego prawo.
privacy-accounts-heading = Konta redaktorów
privacy-accounts = Odwiedzający nie potrzebują konta. Redaktorzy z organizacji współtworzących portal logują się adresem e-mail, który przechowujemy, dopóki istnieje ich konto.
privacy-contact-heading = Kontakt
privacy-contact = Serwis prowadzi:
privacy-contact-missing = Operator nie opublikował jeszcze tutaj danych kontaktowych.
privacy-contact-person = Osoba do kontaktu
privacy-contact-email = E-mail
privacy-contact-phone = Telefon
