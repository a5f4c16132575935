## serve --watch: the banner shown while the last change could not be loaded
dev-banner-title = Останню зміну не завантажено
dev-banner-text = Портал і далі показує попередню версію. Виправте помилки, наведені нижче, і збережіть файл ще раз; ця сторінка оновиться сама.
dev-banner-errors =
    { $count ->
        [one] { $count } помилка
        [few] { $count } помилки
        [many] { $count } помилок
       *[other] { $count } помилки
    }
