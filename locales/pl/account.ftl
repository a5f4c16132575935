# Konta organizacji i redakcji (/account/).
account-nav-label = Konto
account-signed-in-as = Zalogowano jako { $email }
account-logout = Wyloguj się
account-back = Wróć do konta
account-dashboard-title = Twoje konto
account-login-title = Logowanie
account-login-intro = Dla organizacji i redakcji portalu. Konta zakłada się tylko z zaproszenia.
account-email = Adres e-mail
account-password = Hasło
account-login-button = Zaloguj się
account-login-failed = Nieprawidłowy adres e-mail lub hasło.
account-login-limited-title = Zbyt wiele prób logowania
account-login-limited-text = Logowanie jest na chwilę zablokowane. Spróbuj ponownie później.
account-csrf-title = Formularz wygasł
account-csrf-text = Tego formularza nie można przyjąć. Wróć, odśwież stronę i wyślij go ponownie.
account-forbidden-title = Brak dostępu
account-forbidden-text = Twoje konto nie ma dostępu do tej strony.
account-invite-title = Ustaw hasło
account-invite-intro = Zaproszenie dla { $email }. Wybierz hasło do swojego konta.
account-invite-organisation = Organizacja: { $org }
account-password-new = Nowe hasło
account-password-again = Powtórz hasło
account-password-hint = Najmniejsza liczba znaków: { $min }. Najlepiej kilka słów, których nikt nie zgadnie.
account-invite-button = Ustaw hasło i zaloguj się
account-password-too-short = Hasło jest za krótkie.
account-password-too-long = Hasło jest za długie.
account-password-common = To hasło jest na liście najczęściej używanych haseł. Wybierz inne.
account-password-is-email = Hasło nie może być adresem e-mail.
account-password-mismatch = Hasła się różnią.
account-password-failed = Nie udało się zapisać hasła. Spróbuj ponownie.
account-invite-invalid-title = Link jest nieważny
account-invite-invalid-text = Ten link zaproszenia został już użyty, wygasł albo jest niepełny. Poproś redakcję o nowe zaproszenie.
account-services-title = Usługi Twojej organizacji
account-services-none = Katalog nie ma jeszcze usług tej organizacji.
account-verified = Sprawdzono: { $date }
account-stale = Sprawdzono ponad 6 miesięcy temu. Sprawdź, czy informacje są aktualne.
account-editor-title = Strony redakcji
account-accounts-title = Konta
account-audit-title = Dziennik zmian
account-role-editor = Redakcja
account-role-organisation = Organizacja
account-col-organisation = Organizacja
account-col-status = Stan
account-col-expires = Ważne do
account-status-active = Aktywne
account-status-disabled = Wyłączone
account-disable = Wyłącz
account-disable-label = Wyłącz konto { $email }
account-invitations-title = Otwarte zaproszenia
account-invite-form-title = Zaproś nową osobę
account-invite-role = Rola
account-invite-org = Organizacja (dla roli „Organizacja”)
account-invite-send = Utwórz zaproszenie
account-invite-link = Link zaproszenia. Jest pokazany tylko raz i jest ważny 7 dni:
account-invite-mailed = Link wysłano też e-mailem.
account-invite-mail-failed = Nie udało się wysłać e-maila. Przekaż link samodzielnie.
account-invite-problem-email = To nie jest poprawny adres e-mail.
account-invite-problem-role = Wybierz rolę, a dla organizacji także organizację z katalogu.
account-audit-when = Kiedy
account-audit-who = Kto
account-audit-action = Co
account-audit-subject = Czego dotyczy
account-audit-detail = Szczegóły
account-audit-command-line = wiersz poleceń
account-audit-empty = Brak wpisów.
account-mail-invite-subject = Zaproszenie do konta: { $site }
account-mail-invite-text =
    Zaproszono Cię do konta w portalu { $site }.
    Otwórz ten link i ustaw hasło. Link jest ważny { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    } i działa tylko raz:
    { $link }
