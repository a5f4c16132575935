# Odmowy formularzy publicznych (src/web/refusal.rs): wybór „Moja gmina” (src/web/my_place.rs).
# Każda mówi, co poszło nie tak i co zrobić; strona ma link z powrotem do listy gmin.
my-place-refused-title = Nie udało się zapisać Twojej gminy
my-place-refused-origin = Formularz wysłano z innej strony internetowej. Wróć do listy gmin w tym serwisie i wybierz gminę jeszcze raz.
my-place-refused-not-a-form = Ten adres przyjmuje tylko formularz „Moja gmina” ze stron tego serwisu. Wróć do listy gmin i wybierz gminę jeszcze raz.
my-place-refused-too-large = Wysłany formularz był za duży. Wróć do listy gmin i wybierz gminę jeszcze raz.
my-place-refused-unknown-place = Nie znamy tej gminy: mogła zmienić nazwę albo nie ma jej na liście. Wróć do listy gmin i wybierz gminę jeszcze raz.
my-place-refused-back = Wróć do listy gmin
