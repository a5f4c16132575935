# Interface strings of the portal, Russian.
# Every language has the same message ids as the Polish source, in locales/<lang>/portal.ftl.
# Plurals use the language's CLDR categories (Russian: one, few, many, other).

site-name = Witaj
site-tagline = Информация для иностранцев в Гданьске, Гдыне, Сопоте и Поморском воеводстве

## Navigation
skip-to-content = Перейти к основному содержанию
nav-label = Основная навигация
nav-home = Главная страница
nav-topics = Темы
language-switcher-label = Язык страницы
breadcrumb-label = Вы здесь

## Home page
home-title = Информация для тех, кто приезжает в Поморское воеводство
home-intro = Практические руководства о документах, работе, изучении польского языка, школе, здоровье и помощи — на вашем языке. В каждом руководстве указаны официальные источники.
home-topics-heading = Темы
home-guides-heading = Все руководства
home-emergency = Угроза жизни, здоровью или имуществу? Звоните по номеру экстренной помощи:

## Topics
topic-documents = Документы и пребывание
topic-work = Работа
topic-polish-courses = Курсы польского языка
topic-education = Школа и образование
topic-health = Здоровье
topic-legal-aid = Юридическая помощь
topic-social-help = Социальная помощь
topic-housing = Жильё
topic-safety = Безопасность и чрезвычайные ситуации
topic-daily-life = Повседневная жизнь
topic-community = Сообщество и культура
topic-empty = По этой теме пока нет руководств.

## Counts
guides-count =
    { $count ->
        [one] { $count } руководство
        [few] { $count } руководства
        [many] { $count } руководств
       *[other] { $count } руководства
    }
services-count =
    { $count ->
        [one] { $count } услуга
        [few] { $count } услуги
        [many] { $count } услуг
       *[other] { $count } услуги
    }

## Guide pages
guide-updated = Обновлено: { $date }
guide-reviewed = Сверено с источниками: { $date }
guide-sources-heading = Официальные источники
guide-toc-heading = На этой странице
guide-topics-label = Темы
external-link = внешний сайт

## Translation notices
notice-fallback = Это руководство пока недоступно на русском языке. Ниже оно показано на другом языке.
notice-shown-in = Язык отображения:
notice-available-in = Руководство доступно на языках:
notice-outdated = Польский оригинал этого руководства изменился после подготовки перевода. Перевод может быть неактуальным.
notice-outdated-link = Прочитать актуальный оригинал

## Errors
error-404-title = Страница не найдена
error-404-text = Страница, которую вы ищете, не существует или была перемещена.
error-home-link = Перейти на главную страницу
error-languages-heading = Выберите язык
error-500-title = Ошибка сервера
error-500-text = Что-то пошло не так на нашей стороне. Попробуйте ещё раз через минуту.

## Footer
footer-sources = Информация на этом сайте основана на официальных источниках, указанных в каждом руководстве. По индивидуальным вопросам обращайтесь в соответствующее учреждение.

## Dates: month names in the form used inside a date ("23 ноября 2026")
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
date-format = { $day } { $month } { $year }
