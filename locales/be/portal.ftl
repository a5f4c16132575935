# Interface strings of the portal, Belarusian (official orthography, "narkamaŭka").
# Every language has the same message ids as the Polish source, in locales/<lang>/portal.ftl.
# Plurals use the language's CLDR categories (Belarusian: one, few, many, other).

site-name = Witaj
site-tagline = Інфармацыя для замежнікаў у Гданьску, Гдыні, Сопаце і Паморскім ваяводстве

## Navigation
skip-to-content = Перайсці да асноўнага зместу
nav-label = Асноўная навігацыя
nav-home = Галоўная старонка
nav-topics = Тэмы
language-switcher-label = Мова старонкі
breadcrumb-label = Вы тут

## Home page
home-title = Інфармацыя для тых, хто прыязджае ў Паморскае ваяводства
home-intro = Практычныя даведнікі пра дакументы, працу, вывучэнне польскай мовы, школу, здароўе і дапамогу — на вашай мове. У кожным даведніку пазначаны афіцыйныя крыніцы.
home-topics-heading = Тэмы
home-guides-heading = Усе даведнікі
home-emergency = Пагроза жыццю, здароўю або маёмасці? Тэлефануйце па нумары экстранай дапамогі:

## Topics
topic-documents = Дакументы і пражыванне
topic-work = Праца
topic-polish-courses = Курсы польскай мовы
topic-education = Школа і адукацыя
topic-health = Здароўе
topic-legal-aid = Юрыдычная дапамога
topic-social-help = Сацыяльная дапамога
topic-housing = Жыллё
topic-safety = Бяспека і надзвычайныя сітуацыі
topic-daily-life = Паўсядзённае жыццё
topic-community = Супольнасць і культура
topic-empty = Па гэтай тэме пакуль няма даведнікаў.

## Counts
guides-count =
    { $count ->
        [one] { $count } даведнік
        [few] { $count } даведнікі
        [many] { $count } даведнікаў
       *[other] { $count } даведніка
    }
services-count =
    { $count ->
        [one] { $count } паслуга
        [few] { $count } паслугі
        [many] { $count } паслуг
       *[other] { $count } паслугі
    }

## Guide pages
guide-updated = Абноўлена: { $date }
guide-reviewed = Зверана з крыніцамі: { $date }
guide-sources-heading = Афіцыйныя крыніцы
guide-toc-heading = На гэтай старонцы
guide-topics-label = Тэмы
external-link = знешні сайт

## Translation notices
notice-fallback = Гэты даведнік пакуль недаступны па-беларуску. Ніжэй ён паказаны на іншай мове.
notice-shown-in = Мова адлюстравання:
notice-available-in = Даведнік даступны на мовах:
notice-outdated = Польскі арыгінал гэтага даведніка змяніўся пасля падрыхтоўкі перакладу. Пераклад можа быць неактуальным.
notice-outdated-link = Прачытаць актуальны арыгінал

## Errors
error-404-title = Старонка не знойдзена
error-404-text = Старонка, якую вы шукаеце, не існуе або была перанесена.
error-home-link = Перайсці на галоўную старонку
error-languages-heading = Выберыце мову
error-500-title = Памылка сервера
error-500-text = Нешта пайшло не так на нашым баку. Паспрабуйце яшчэ раз праз хвіліну.

## Footer
footer-sources = Інфармацыя на гэтым сайце грунтуецца на афіцыйных крыніцах, пазначаных у кожным даведніку. Па індывідуальных пытаннях звяртайцеся ў адпаведную ўстанову.

## Dates: month names in the form used inside a date ("23 лістапада 2026")
month-1 = студзеня
month-2 = лютага
month-3 = сакавіка
month-4 = красавіка
month-5 = мая
month-6 = чэрвеня
month-7 = ліпеня
month-8 = жніўня
month-9 = верасня
month-10 = кастрычніка
month-11 = лістапада
month-12 = снежня
date-format = { $day } { $month } { $year }
