# Organizacje zmieniają i proponują usługi; redakcja zatwierdza (/account/services/…, /account/review).
moderation-edit = Zmień
moderation-edit-label = Zmień { $id }
moderation-edit-title = Zmiana usługi
moderation-new-title = Zaproponuj nową usługę
moderation-still-correct = Nadal aktualne
moderation-still-correct-label = { $id }: nadal aktualne
moderation-state-pending = Twoja zmiana czeka na redakcję.
moderation-state-rejected = Twoja zmiana nie została przyjęta.
moderation-state-reason = Uzasadnienie redakcji:
moderation-proposals-title = Zaproponowane usługi
moderation-pending-count = { $count ->
    [one] { $count } czeka
    [few] { $count } czekają
    [many] { $count } czeka
   *[other] { $count } czeka
}
moderation-form-intro = Każdą zmianę sprawdza redakcja, zanim zostanie opublikowana. Pola oznaczone jako wymagane trzeba wypełnić.
moderation-form-has-errors = Niektóre pola trzeba poprawić. Każdy problem jest opisany przy swoim polu.
moderation-section-texts = Teksty w poszczególnych językach
moderation-section-facts = Tematy, języki i koszt
moderation-section-hours = Godziny otwarcia
moderation-section-contact = Kontakt i źródło
moderation-section-places = Miejsca
moderation-field-name = Nazwa
moderation-field-description = Opis
moderation-field-eligibility = Kto może skorzystać
moderation-field-application = Jak się zgłosić
moderation-field-languages-note = Uwaga o językach
moderation-field-cost-note = Uwaga o kosztach
moderation-field-hours-note = Uwaga o godzinach otwarcia
moderation-field-opening-hours = Godziny otwarcia
moderation-field-topics = Tematy
moderation-field-languages = Języki, którymi mówi personel
moderation-field-languages-hint = Zaznacz każdy język, w którym ktoś może obsłużyć klienta.
moderation-field-free = Koszt
moderation-free-yes = Bezpłatnie
moderation-free-no = Odpłatnie
moderation-free-unknown = Nie wiadomo
moderation-hours-from = Które godziny zapisać
moderation-hours-from-week = Dni tygodnia powyżej
moderation-hours-from-text = Zapis poniżej
moderation-field-email = Adres e-mail
moderation-field-website = Strona internetowa
moderation-field-source = Skąd pochodzą te informacje (strona internetowa)
moderation-field-phone = Numer telefonu
moderation-field-phone-note = Uwaga o telefonie
moderation-phone-legend = Telefon { $number }
moderation-field-address = Ulica i numer
moderation-field-postal-code = Kod pocztowy
moderation-field-city = Miejscowość
moderation-field-municipality = Gmina
moderation-field-accessibility = Dostępność
moderation-place-legend = Miejsce { $number }
moderation-submit = Wyślij do redakcji
moderation-error-nothing-changed = Nic nie zostało zmienione, więc nie ma czego wysłać.
moderation-error-changed-meanwhile = Ta usługa zmieniła się od otwarcia formularza (zmieniła ją redakcja albo zatwierdzona zmiana), więc niczego nie wysłano. Porównaj każde pole poniżej ze stroną usługi i wyślij ponownie.
moderation-error-free = Wybierz: bezpłatnie, odpłatnie albo nie wiadomo.
moderation-error-topics = Wybierz tematy z listy.
moderation-error-languages = Wybierz języki z listy.
moderation-error-hours = Nie można odczytać godzin otwarcia: błąd jest przy znaku { $column }. Zapisz je np. tak: Mo-Fr 08:00-16:00; PH off
moderation-error-hours-unknown = Nie można odczytać godzin otwarcia. Zapisz je np. tak: Mo-Fr 08:00-16:00; PH off
moderation-error-email = To nie jest adres e-mail, którego możemy użyć (np. biuro@example.org).
moderation-error-url = Podaj pełny adres strony zaczynający się od https://
moderation-error-source-required = Podaj stronę (https://), z której pochodzą te informacje.
moderation-error-week-missing = Podaj godzinę otwarcia i godzinę zamknięcia.
moderation-error-week-overlap = Dwa przedziały nachodzą na siebie: drugi musi zaczynać się po końcu pierwszego.
moderation-error-week-same = Godzina zamknięcia musi być inna niż godzina otwarcia.
moderation-error-week-time = Zapisz godzinę np. tak: 08:00.
moderation-error-too-many = Formularz mieści najwyżej 20 telefonów i 20 miejsc.
moderation-error-phone = To nie jest numer telefonu, którego możemy użyć (np. +48 58 123 45 67).
moderation-error-place-required = Miejsce wymaga ulicy i miejscowości.
moderation-error-municipality = Wybierz gminę, w której jest to miejsce.
moderation-error-postal-code = Zapisz kod pocztowy np. tak: 80-001.
moderation-error-text-language = Tego języka nie ma w portalu.
moderation-error-name-required = Wpisz nazwę w języku: { $language }.
moderation-error-name-id = Nazwa musi zawierać litery łacińskie lub cyfry: z nich powstaje adres usługi.
moderation-error-file = Wpis jako całość nie przeszedłby kontroli portalu. Szczegóły techniczne: { $detail }
moderation-verify-failed-title = Nie zapisano
moderation-verify-failed-text = Nie udało się teraz zapisać daty. Spróbuj ponownie później; jeśli to się powtarza, napisz do redakcji.
moderation-review-title = Zmiany do sprawdzenia
moderation-review-caption = Oczekujące zmiany, od najstarszych
moderation-review-empty = Nic nie czeka na sprawdzenie.
moderation-col-number = Numer
moderation-col-service = Usługa
moderation-col-by = Wysłał(a)
moderation-col-age = Wysłano
moderation-new-service = nowa usługa
moderation-age-days = { $count ->
    [one] { $count } dzień temu
    [few] { $count } dni temu
    [many] { $count } dni temu
   *[other] { $count } dnia temu
}
moderation-item-title = Zmiana nr { $number }
moderation-changes-caption = Co się zmienia: każde pole przed i po
moderation-col-field = Pole
moderation-col-before = Przed
moderation-col-after = Po
moderation-decision-title = Decyzja
moderation-reason = Uzasadnienie (wymagane przy odrzuceniu; organizacja je przeczyta)
moderation-reason-hint = Napisz, co poprawić, słowami zrozumiałymi dla organizacji.
moderation-approve = Zatwierdź i opublikuj
moderation-reject = Odrzuć
moderation-back-to-review = Wróć do zmian do sprawdzenia
moderation-decided-title = Już zdecydowano
moderation-decided-text = Inna osoba z redakcji już zdecydowała o tej zmianie.
moderation-reason-required = Podaj uzasadnienie odrzucenia: organizacja musi wiedzieć, co poprawić.
moderation-reason-too-long = Uzasadnienie jest za długie: najwyżej { $max } znaków.
moderation-decision-required = Wybierz: zatwierdź albo odrzuć.
moderation-conflict = Plik usługi zmienił się od czasu tej propozycji, w polach: { $fields }. Niczego nie zapisano. Poproś organizację o ponowne wysłanie zmiany z aktualnej strony.
moderation-apply-failed = Nie udało się zapisać zmiany i niczego nie zapisano: { $detail }
