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

## Accessibility statement (deklaracja dostępności), on the ministry's template
footer-accessibility = Декларація доступності
a11y-title = Декларація доступності
a11y-translation-note = Цей переклад декларації має інформаційний характер; юридично обов’язковою є польська версія.
a11y-operator-unnamed = Організація, що веде цей сайт (назву ще не вказано)
a11y-intro = зобов’язується забезпечити доступність свого вебсайту відповідно до положень закону від 4 квітня 2019 року про цифрову доступність вебсайтів і мобільних застосунків публічних органів (ustawa z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych).
a11y-scope-label = Декларація доступності поширюється на:
a11y-scope = вебсайт
a11y-published = Дата публікації вебсайту:
a11y-updated = Дата останнього суттєвого оновлення:
a11y-status-heading = Стан цифрової доступності
a11y-status-full = Вебсайт відповідає вимогам закону від 4 квітня 2019 року про цифрову доступність вебсайтів і мобільних застосунків публічних органів.
a11y-status-partial = Вебсайт частково відповідає вимогам закону від 4 квітня 2019 року про цифрову доступність вебсайтів і мобільних застосунків публічних органів через невідповідності або винятки, перелічені нижче.
a11y-status-none = Вебсайт не відповідає вимогам закону від 4 квітня 2019 року про цифрову доступність вебсайтів і мобільних застосунків публічних органів.
a11y-issues-heading = Недоступний вміст
a11y-preparation-heading = Підготовка декларації доступності
a11y-prepared = Дата складення декларації:
a11y-reviewed = Дата останнього перегляду та оновлення декларації:
a11y-assessment-self = Декларацію складено на підставі самооцінки, проведеної публічним органом.
a11y-assessment-audit = Декларацію складено на підставі перевірки, проведеної зовнішньою організацією:
a11y-keyboard = На сайті можна користуватися стандартними комбінаціями клавіш браузера.
a11y-contact-heading = Зворотний зв’язок і контактні дані
a11y-contact-intro = Якщо ви помітите проблему з доступністю цього сайту, зв’яжіться з нами. Так само ви можете попросити надати інформацію, недоступну на сайті, в іншій, доступній формі.
a11y-contact-person = Контактна особа:
a11y-email = Адреса електронної пошти:
a11y-phone = Телефон:
a11y-not-provided = ще не вказано
a11y-procedure-heading = Процедура подання вимог і скарг
a11y-procedure-1 = Кожен має право вимагати забезпечення цифрової доступності вебсайту, мобільного застосунку або будь-якого їх елемента. Можна також вимагати надання інформації за допомогою альтернативного способу доступу, наприклад шляхом зачитування документа, який не є цифрово доступним, опису змісту відео без аудіодескрипції тощо.
a11y-procedure-2 = Вимога повинна містити дані особи, яка її подає, зазначення, якого вебсайту або мобільного застосунку вона стосується, а також спосіб зв’язку. Якщо особа, яка подає вимогу, потребує отримання інформації за допомогою альтернативного способу доступу, вона повинна також зазначити зручний для неї спосіб подання цієї інформації.
a11y-procedure-3 = Публічний орган повинен виконати вимогу невідкладно, але не пізніше ніж протягом 7 днів від дня її подання. Якщо дотримання цього строку неможливе, публічний орган невідкладно повідомляє особу, яка подала вимогу, коли її виконання буде можливим, причому цей строк не може перевищувати 2 місяців від дня подання вимоги. Якщо забезпечення цифрової доступності неможливе, публічний орган може запропонувати альтернативний спосіб доступу до інформації.
a11y-procedure-4 = Якщо публічний орган відмовить у виконанні вимоги щодо забезпечення доступності або альтернативного способу доступу до інформації, особа, яка подала вимогу, може подати скаргу щодо забезпечення цифрової доступності вебсайту, мобільного застосунку або їх елемента. Після вичерпання цієї процедури можна також звернутися із заявою до Уповноваженого з прав людини (Rzecznik Praw Obywatelskich).
a11y-ombudsman-link = Вебсайт Уповноваженого з прав людини
a11y-architecture-heading = Архітектурна доступність
a11y-communication-heading = Комунікаційно-інформаційна доступність
a11y-apps-heading = Мобільні застосунки
a11y-apps-none = Публічний орган не надає мобільних застосунків.

## Directory
# The directory of services: /{lang}/services, one service's page, hours and filters.
nav-services = Де отримати допомогу
services-title = Де отримати допомогу
services-intro = Установи, центри соціальної допомоги, безкоштовні юридичні консультації, курси польської мови, громадські організації та телефони довіри в Тримісті та на Помор'ї.
services-none = Жодна послуга не відповідає всім вибраним умовам. Приберіть один із фільтрів, щоб побачити більше.
filter-legend = Знайти послугу
filter-topic = Тема
filter-speaks = Мова персоналу
filter-place = Місто
filter-org = Хто надає
filter-any = Усі
filter-only = Показати лише
filter-open-now = відчинено зараз
filter-free = безкоштовні
filter-submit = Показати результати
filter-reset = Очистити фільтри
org-kind-city-unit = Установа міста або повіту
org-kind-public-office = Державна установа
org-kind-ngo = Громадська організація
service-free = Безкоштовно
service-paid = Платно
service-cost-unknown = Ми не знаємо, чи послуга платна. Запитайте перед візитом.
service-remote = Телефоном або онлайн
service-remote-long = Ця послуга не має адреси для відвідування: зв'язок телефоном або через інтернет.
service-address-unknown = Адресу ще не перевірено
service-address-unknown-long = Ми ще не перевірили адресу цього місця. Запитайте її телефоном, електронною поштою або на сайті послуги (контакти вище).
service-areas-label = Обслуговує мешканців
service-languages-label = Мови персоналу
service-languages-heading = Мови персоналу
service-languages-unknown = Ми не знаємо, якими мовами говорить персонал.
service-eligibility-heading = Для кого
service-application-heading = Як скористатися
service-contact-heading = Контакти
service-phone = Телефон
service-email = Електронна пошта
service-website = Вебсайт
service-map-link = Показати на мапі OpenStreetMap
service-accessibility = Доступність
service-cost-heading = Вартість
service-guides-heading = Путівники, які згадують цю послугу
service-verified = Перевірено за джерелом: { $date }
service-source = Джерело інформації
service-topics-label = Теми
service-short-link = Коротке посилання на цю сторінку:
notice-service-fallback = Частину цього запису ще не перекладено українською, тому її показано іншою мовою.
notice-service-outdated = Польський оригінал цього запису змінився після того, як його переклали. Переклад може бути застарілим.
guide-services-heading = Де отримати допомогу
hours-heading = Години роботи
hours-caption = Години роботи на найближчі сім днів
hours-today = сьогодні
hours-holiday = державне свято
hours-day-closed = зачинено
hours-day-unknown = години не визначені
hours-local-time = Час указано за польським часом.
hours-not-known-advice = Ми ще не перевірили години роботи. Зателефонуйте або перегляньте сайт послуги перед візитом.
hours-open-until = Відчинено зараз, до { $time }
hours-open-always = Відчинено цілодобово
hours-closed = Зараз зачинено
hours-closed-opens-today = Зараз зачинено, відчиниться сьогодні о { $time }
hours-closed-opens-tomorrow = Зараз зачинено, відчиниться завтра о { $time }
hours-closed-opens-day = Зараз зачинено, відчиниться { $day } о { $time }
hours-unknown-now = Невідомо, чи відчинено зараз: зателефонуйте перед візитом
hours-not-known = Години роботи невідомі
day-1 = понеділок
day-2 = вівторок
day-3 = середа
day-4 = четвер
day-5 = п'ятниця
day-6 = субота
day-7 = неділя
day-on-1 = у понеділок
day-on-2 = у вівторок
day-on-3 = у середу
day-on-4 = у четвер
day-on-5 = у п'ятницю
day-on-6 = у суботу
day-on-7 = у неділю
municipality-gdansk = Гданськ
municipality-gdynia = Гдиня
municipality-sopot = Сопот
municipality-slupsk = Слупськ
municipality-puck = Пуцьк
municipality-pruszcz-gdanski-miasto = Прущ-Гданський
municipality-kolbudy = Колбуди
municipality-pszczolki = Пщулки
municipality-cedry-wielkie = Цедри-Вельке
municipality-kartuzy = Картузи
municipality-zukowo = Жуково
municipality-sierakowice = Сєраковіце
municipality-suleczyno = Суленчино
municipality-przodkowo = Пшодково
municipality-koscierzyna-gmina = Косцежина (сільська гміна)
municipality-karsin = Карсін
municipality-lipusz = Ліпуш
municipality-lebork = Лемборк
municipality-cewice = Цевіце
municipality-malbork = Мальборк
municipality-lichnowy = Лихнови
municipality-nowy-dwor-gdanski = Новий-Двур-Гданський
municipality-stegna = Стегна
municipality-ostaszewo = Осташево
municipality-sztutowo = Штутово
municipality-kosakowo = Косаково
municipality-wladyslawowo = Владиславово
municipality-krokowa = Крокова
municipality-hel = Гель
municipality-tczew = Тчев
municipality-wejherowo = Вейгерово
municipality-wejherowo-gmina = Вейгерово (сільська гміна)
municipality-rumia = Румія
municipality-szemud = Шемуд
municipality-luzino = Лузино
municipality-leczyce = Ленчице
municipality-linia = Лінія
municipality-gniewino = Гнєвіно
county-gdansk = Гданськ
county-gdynia = Гдиня
county-sopot = Сопот
county-slupsk = Слупськ
county-pucki = Пуцький повіт
county-gdanski = Гданський повіт
county-kartuski = Картузький повіт
county-koscierski = Косцежинський повіт
county-leborski = Лемборкський повіт
county-malborski = Мальборкський повіт
county-nowodworski = Новодворський повіт
county-tczewski = Тчевський повіт
county-wejherowski = Вейгеровський повіт

## Search
search-label = Пошук у порадниках і послугах
search-button = Шукати
search-title = Пошук
search-empty = Введіть, що ви шукаєте, наприклад: PESEL, допомога, курси польської мови, лікар.
search-results-count =
    { $count ->
        [one] Знайдено { $count } результат
        [few] Знайдено { $count } результати
        [many] Знайдено { $count } результатів
       *[other] Знайдено { $count } результату
    }
search-did-you-mean = Можливо, ви мали на увазі:
search-browse-topics = Переглянути теми
search-other-languages = Результати іншими мовами
search-in-language = мова:
search-topics-filter = Уточнити за темою
search-all-topics = Усі теми
search-pages-label = Сторінки результатів
search-previous = Попередня
search-next = Наступна
search-section = Розділ:
search-service-label = послуга

## Гміни та повіти (/{lang}/municipalities)
municipalities-title = Гміни та повіти
municipalities-intro = Де зареєструвати місце проживання, отримати соціальну допомогу чи безоплатну юридичну консультацію там, де ви живете. Оберіть свою гміну або повіт.
municipalities-search-label = Назва гміни або міста
municipalities-search-button = Знайти
municipalities-found = Результатів: { $count }
municipalities-none = Гміну з такою назвою не знайдено. Перевірте написання або оберіть зі списку.
municipalities-show-all = Показати всі
municipalities-city-counties = Міста на правах повіту
place-intro = Куди звернутися в місцевих справах: реєстрація місця проживання (мельдунок), РАЦС, соціальна допомога, центр зайнятості, безоплатна правова допомога, водійські посвідчення та запис до школи.
place-county-label = Повіт
place-county-office = Ця установа обслуговує весь повіт:
place-office-unknown = Портал ще не знає, яка установа цим займається.
place-ask-link = Запитайте в місцевому уряді (офіційний сайт)
place-guide = Як це зробити:
place-members-heading = Гміни цього повіту
place-foreigners-page = Сторінка гміни для іноземців
place-website = Вебсайт
place-bip = Бюлетень публічної інформації (BIP)
step-address-registration = Реєстрація місця проживання (мельдунок)
step-civil-registry = РАЦС (USC)
step-social-help = Соціальна допомога
step-labour-office = Центр зайнятості (уряд праці)
step-legal-aid = Безоплатна правова допомога
step-driving-licences = Водійські посвідчення та реєстрація транспорту
step-school-enrolment = Запис до школи
services-municipalities-link = Установи у вашій гміні: мельдунок, соціальна допомога, правова допомога
