## serve --watch: the banner shown while the last change could not be loaded
dev-banner-title = Ostatnia zmiana nie została wczytana
dev-banner-text = Portal nadal pokazuje poprzednią wersję. Popraw błędy wymienione poniżej i zapisz plik ponownie; ta strona odświeży się sama.
dev-banner-errors =
    { $count ->
        [one] { $count } błąd
        [few] { $count } błędy
        [many] { $count } błędów
       *[other] { $count } błędu
    }
