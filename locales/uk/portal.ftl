# Interface strings of the portal, Ukrainian.
# Every language has the same message ids as the Polish source, in locales/<lang>/portal.ftl.
# Plurals use the language's CLDR categories (Ukrainian: one, few, many, other).

site-name = Witaj
site-tagline = Інформація для іноземців у Гданську, Гдині, Сопоті та Поморському воєводстві

## Navigation
skip-to-content = Перейти до основного вмісту
nav-label = Головна навігація
nav-home = Головна сторінка
nav-topics = Теми
language-switcher-label = Мова сторінки
breadcrumb-label = Ви тут

## Home page
home-title = Інформація для людей, які приїжджають до Поморського воєводства
home-intro = Практичні порадники про документи, роботу, вивчення польської мови, школу, здоров’я та допомогу — вашою мовою. У кожному пораднику вказано офіційні джерела.
home-topics-heading = Теми
home-guides-heading = Усі порадники
home-emergency = Загроза життю, здоров’ю або майну? Телефонуйте за номером екстреної допомоги:

## Topics
topic-documents = Документи та перебування
topic-work = Робота
topic-polish-courses = Курси польської мови
topic-education = Школа та освіта
topic-health = Здоров’я
topic-legal-aid = Правова допомога
topic-social-help = Соціальна допомога
topic-housing = Житло
topic-safety = Безпека та надзвичайні ситуації
topic-daily-life = Повсякденне життя
topic-community = Громада та культура
topic-empty = На цю тему ще немає порадників.

## Counts
guides-count =
    { $count ->
        [one] { $count } порадник
        [few] { $count } порадники
        [many] { $count } порадників
       *[other] { $count } порадника
    }
services-count =
    { $count ->
        [one] { $count } послуга
        [few] { $count } послуги
        [many] { $count } послуг
       *[other] { $count } послуги
    }

## Guide pages
guide-updated = Оновлено: { $date }
guide-reviewed = Перевірено за джерелами: { $date }
guide-sources-heading = Офіційні джерела
guide-toc-heading = На цій сторінці
guide-topics-label = Теми
external-link = зовнішній сайт

## Translation notices
notice-fallback = Цей порадник ще недоступний українською мовою. Нижче його показано іншою мовою.
notice-shown-in = Мова відображення:
notice-available-in = Порадник доступний такими мовами:
notice-outdated = Польський оригінал цього порадника змінився після підготовки перекладу. Переклад може бути неактуальним.
notice-outdated-link = Прочитати актуальний оригінал

## Errors
error-404-title = Сторінку не знайдено
error-404-text = Сторінка, яку ви шукаєте, не існує або була перенесена.
error-home-link = Перейти на головну сторінку
error-languages-heading = Оберіть мову
error-500-title = Помилка сервера
error-500-text = Щось пішло не так на нашому боці. Спробуйте ще раз за хвилину.

## Footer
footer-sources = Інформація на цьому сайті ґрунтується на офіційних джерелах, зазначених у кожному пораднику. З індивідуальних питань звертайтеся до відповідної установи.

## Dates: month names in the form used inside a date ("23 листопада 2026")
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
date-format = { $day } { $month } { $year }
