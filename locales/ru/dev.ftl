## serve --watch: the banner shown while the last change could not be loaded
dev-banner-title = Последнее изменение не загружено
dev-banner-text = Портал по-прежнему показывает предыдущую версию. Исправьте ошибки, перечисленные ниже, и сохраните файл ещё раз; эта страница обновится сама.
dev-banner-errors =
    { $count ->
        [one] { $count } ошибка
        [few] { $count } ошибки
        [many] { $count } ошибок
       *[other] { $count } ошибки
    }
