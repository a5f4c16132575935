## serve --watch: the banner shown while the last change could not be loaded
dev-banner-title = Апошняя змена не загружана
dev-banner-text = Партал па-ранейшаму паказвае папярэднюю версію. Выпраўце памылкі, пералічаныя ніжэй, і захавайце файл яшчэ раз; гэтая старонка абновіцца сама.
dev-banner-errors =
    { $count ->
        [one] { $count } памылка
        [few] { $count } памылкі
        [many] { $count } памылак
       *[other] { $count } памылкі
    }
