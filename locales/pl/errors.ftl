## Error pages for answers other than 404 and 500 (the server's own refusals)
error-400-title = Nieprawidłowe żądanie
error-400-text = Twoja przeglądarka wysłała żądanie, którego nie rozumiemy. Sprawdź adres albo przejdź na stronę główną.
error-405-title = Ta operacja nie jest dozwolona
error-405-text = Pod tym adresem można tylko czytać stronę. Otwórz ją zwykłym linkiem.
error-413-title = Za dużo danych
error-413-text = Wysłane dane są za duże, aby je przyjąć.
error-503-title = Serwer jest chwilowo zajęty
error-503-text = Odpowiedź trwała zbyt długo. Spróbuj ponownie za chwilę.
