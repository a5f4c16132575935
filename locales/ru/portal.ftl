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

## Accessibility statement (deklaracja dostępności), on the ministry's template
footer-accessibility = Декларация доступности
a11y-title = Декларация доступности
a11y-translation-note = Этот перевод декларации носит информационный характер; юридически обязывающей является польская версия.
a11y-operator-unnamed = Организация, которая ведёт этот сайт (название ещё не указано)
a11y-intro = обязуется обеспечить доступность своего веб-сайта в соответствии с положениями закона от 4 апреля 2019 года о цифровой доступности веб-сайтов и мобильных приложений публичных органов (ustawa z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych).
a11y-scope-label = Декларация доступности распространяется на:
a11y-scope = веб-сайт
a11y-published = Дата публикации веб-сайта:
a11y-updated = Дата последнего существенного обновления:
a11y-status-heading = Состояние цифровой доступности
a11y-status-full = Веб-сайт соответствует закону от 4 апреля 2019 года о цифровой доступности веб-сайтов и мобильных приложений публичных органов.
a11y-status-partial = Веб-сайт частично соответствует закону от 4 апреля 2019 года о цифровой доступности веб-сайтов и мобильных приложений публичных органов в связи с несоответствиями или исключениями, перечисленными ниже.
a11y-status-none = Веб-сайт не соответствует закону от 4 апреля 2019 года о цифровой доступности веб-сайтов и мобильных приложений публичных органов.
a11y-issues-heading = Недоступное содержимое
a11y-preparation-heading = Подготовка декларации доступности
a11y-prepared = Дата составления декларации:
a11y-reviewed = Дата последнего пересмотра и обновления декларации:
a11y-assessment-self = Декларация составлена на основе самооценки, проведённой публичным органом.
a11y-assessment-audit = Декларация составлена на основе проверки, проведённой внешней организацией:
a11y-keyboard = На сайте можно использовать стандартные сочетания клавиш браузера.
a11y-contact-heading = Обратная связь и контактные данные
a11y-contact-intro = Если вы заметите проблему с доступностью этого сайта, свяжитесь с нами. Таким же образом вы можете запросить недоступную на сайте информацию в другой, доступной форме.
a11y-contact-person = Контактное лицо:
a11y-email = Адрес электронной почты:
a11y-phone = Телефон:
a11y-not-provided = пока не указано
a11y-procedure-heading = Порядок подачи требований и жалоб
a11y-procedure-1 = Каждый имеет право потребовать обеспечения цифровой доступности веб-сайта, мобильного приложения или какого-либо их элемента. Можно также потребовать предоставления информации с помощью альтернативного способа доступа, например путём зачитывания документа, не обладающего цифровой доступностью, описания содержания видео без аудиодескрипции и т. п.
a11y-procedure-2 = Требование должно содержать данные лица, подающего требование, указание на веб-сайт или мобильное приложение, о котором идёт речь, а также способ связи. Если лицо, подающее требование, нуждается в получении информации с помощью альтернативного способа доступа, оно должно также указать удобный для него способ представления этой информации.
a11y-procedure-3 = Публичный орган должен выполнить требование незамедлительно, но не позднее чем в течение 7 дней со дня подачи требования. Если соблюсти этот срок невозможно, публичный орган незамедлительно сообщает лицу, подавшему требование, когда выполнение требования будет возможно, причём этот срок не может превышать 2 месяцев со дня подачи требования. Если обеспечить цифровую доступность невозможно, публичный орган может предложить альтернативный способ доступа к информации.
a11y-procedure-4 = Если публичный орган откажет в выполнении требования об обеспечении доступности или альтернативного способа доступа к информации, лицо, подавшее требование, может подать жалобу по вопросу обеспечения цифровой доступности веб-сайта, мобильного приложения или их элемента. После исчерпания этой процедуры можно также обратиться с заявлением к Уполномоченному по правам человека (Rzecznik Praw Obywatelskich).
a11y-ombudsman-link = Веб-сайт Уполномоченного по правам человека
a11y-architecture-heading = Архитектурная доступность
a11y-communication-heading = Коммуникационно-информационная доступность
a11y-apps-heading = Мобильные приложения
a11y-apps-none = Публичный орган не предоставляет мобильных приложений.

## Directory
# The directory of services: /{lang}/services, one service's page, hours and filters.
nav-services = Где получить помощь
services-title = Где получить помощь
services-intro = Учреждения, центры социальной помощи, бесплатные юридические консультации, курсы польского языка, общественные организации и телефоны доверия в Труймясте и в Поморье.
services-none = Ни одна услуга не соответствует всем выбранным условиям. Уберите один из фильтров, чтобы увидеть больше.
filter-legend = Найти услугу
filter-topic = Тема
filter-speaks = Язык персонала
filter-place = Город
filter-org = Кто предоставляет
filter-any = Все
filter-only = Показать только
filter-open-now = открыто сейчас
filter-free = бесплатные
filter-submit = Показать результаты
filter-reset = Сбросить фильтры
org-kind-city-unit = Учреждение города или повята
org-kind-public-office = Государственное учреждение
org-kind-ngo = Общественная организация
service-free = Бесплатно
service-paid = Платно
service-cost-unknown = Мы не знаем, платная ли услуга. Спросите перед визитом.
service-remote = По телефону или онлайн
service-remote-long = У этой услуги нет адреса для посещения: связь по телефону или через интернет.
service-address-unknown = Адрес ещё не проверен
service-address-unknown-long = Мы ещё не проверили адрес этого места. Спросите его по телефону, электронной почте или на сайте услуги (контакты выше).
service-areas-label = Обслуживает жителей
service-languages-label = Языки персонала
service-languages-heading = Языки персонала
service-languages-unknown = Мы не знаем, на каких языках говорит персонал.
service-eligibility-heading = Для кого
service-application-heading = Как воспользоваться
service-contact-heading = Контакты
service-phone = Телефон
service-email = Электронная почта
service-website = Сайт
service-map-link = Показать на карте OpenStreetMap
service-accessibility = Доступность
service-cost-heading = Стоимость
service-guides-heading = Путеводители, в которых упоминается эта услуга
service-verified = Проверено по источнику: { $date }
service-source = Источник информации
service-topics-label = Темы
service-short-link = Короткая ссылка на эту страницу:
notice-service-fallback = Часть этой записи ещё не переведена на русский язык и показана на другом языке.
notice-service-outdated = Польский оригинал этой записи изменился после того, как её перевели. Перевод может быть устаревшим.
guide-services-heading = Где получить помощь
hours-heading = Часы работы
hours-caption = Часы работы на ближайшие семь дней
hours-today = сегодня
hours-holiday = праздничный день
hours-day-closed = закрыто
hours-day-unknown = часы не установлены
hours-local-time = Время указано по польскому времени.
hours-not-known-advice = Мы ещё не проверили часы работы. Позвоните или посмотрите сайт услуги перед визитом.
hours-open-until = Открыто сейчас, до { $time }
hours-open-always = Открыто круглосуточно
hours-closed = Сейчас закрыто
hours-closed-opens-today = Сейчас закрыто, откроется сегодня в { $time }
hours-closed-opens-tomorrow = Сейчас закрыто, откроется завтра в { $time }
hours-closed-opens-day = Сейчас закрыто, откроется { $day } в { $time }
hours-unknown-now = Неизвестно, открыто ли сейчас: позвоните перед визитом
hours-not-known = Часы работы неизвестны
day-1 = понедельник
day-2 = вторник
day-3 = среда
day-4 = четверг
day-5 = пятница
day-6 = суббота
day-7 = воскресенье
day-on-1 = в понедельник
day-on-2 = во вторник
day-on-3 = в среду
day-on-4 = в четверг
day-on-5 = в пятницу
day-on-6 = в субботу
day-on-7 = в воскресенье
municipality-gdansk = Гданьск
municipality-gdynia = Гдыня
municipality-sopot = Сопот
municipality-slupsk = Слупск
municipality-puck = Пуцк
municipality-pruszcz-gdanski-miasto = Прущ-Гданьский
municipality-kolbudy = Колбуды
municipality-pszczolki = Пщулки
municipality-cedry-wielkie = Цедры-Вельке
municipality-kartuzy = Картузы
municipality-zukowo = Жуково
municipality-sierakowice = Сераковице
municipality-suleczyno = Суленчино
municipality-przodkowo = Пшодково
municipality-koscierzyna-gmina = Косцежина (сельская гмина)
municipality-karsin = Карсин
municipality-lipusz = Липуш
municipality-lebork = Лемборк
municipality-cewice = Цевице
municipality-malbork = Мальборк
municipality-lichnowy = Лихновы
municipality-nowy-dwor-gdanski = Новы-Двур-Гданьски
municipality-stegna = Стегна
municipality-ostaszewo = Осташево
municipality-sztutowo = Штутово
municipality-kosakowo = Косаково
municipality-wladyslawowo = Владиславово
municipality-krokowa = Крокова
municipality-hel = Хель
municipality-tczew = Тчев
municipality-wejherowo = Вейхерово
municipality-wejherowo-gmina = Вейхерово (сельская гмина)
municipality-rumia = Румия
municipality-szemud = Шемуд
municipality-luzino = Лузино
municipality-leczyce = Ленчице
municipality-linia = Линия
municipality-gniewino = Гневино
county-gdansk = Гданьск
county-gdynia = Гдыня
county-sopot = Сопот
county-slupsk = Слупск
county-pucki = Пуцкий повят
county-gdanski = Гданьский повят
county-kartuski = Картузский повят
county-koscierski = Косцежинский повят
county-leborski = Лемборкский повят
county-malborski = Мальборкский повят
county-nowodworski = Новодворский повят
county-tczewski = Тчевский повят
county-wejherowski = Вейхеровский повят

## Search
search-label = Поиск по руководствам и услугам
search-button = Найти
search-title = Поиск
search-empty = Введите, что вы ищете, например: PESEL, пособие, курсы польского языка, врач.
search-results-count =
    { $count ->
        [one] Найден { $count } результат
        [few] Найдено { $count } результата
        [many] Найдено { $count } результатов
       *[other] Найдено { $count } результата
    }
search-did-you-mean = Возможно, вы имели в виду:
search-browse-topics = Просмотреть темы
search-other-languages = Результаты на других языках
search-in-language = язык:
search-topics-filter = Уточнить по теме
search-all-topics = Все темы
search-pages-label = Страницы результатов
search-previous = Предыдущая
search-next = Следующая
search-section = Раздел:
search-service-label = услуга

## Гмины и повяты (/{lang}/municipalities)
municipalities-title = Гмины и повяты
municipalities-intro = Где зарегистрировать место жительства, получить социальную помощь или бесплатную юридическую консультацию там, где вы живёте. Выберите свою гмину или повят.
municipalities-search-label = Название гмины или города
municipalities-search-button = Найти
municipalities-found = Результатов: { $count }
municipalities-none = Гмина с таким названием не найдена. Проверьте написание или выберите из списка.
municipalities-show-all = Показать все
municipalities-city-counties = Города на правах повята
place-intro = Куда обращаться по местным делам: регистрация места жительства (мельдунек), ЗАГС, социальная помощь, бюро труда, бесплатная юридическая помощь, водительские права и запись в школу.
place-county-label = Повят
place-county-office = Это учреждение обслуживает весь повят:
place-office-unknown = Портал пока не знает, какое учреждение этим занимается.
place-ask-link = Спросите в местной администрации (официальный сайт)
place-guide = Как это сделать:
place-members-heading = Гмины этого повята
place-foreigners-page = Страница гмины для иностранцев
place-website = Сайт
place-bip = Бюллетень публичной информации (BIP)
step-address-registration = Регистрация места жительства (мельдунек)
step-civil-registry = ЗАГС (USC)
step-social-help = Социальная помощь
step-labour-office = Бюро труда
step-legal-aid = Бесплатная юридическая помощь
step-driving-licences = Водительские права и регистрация транспорта
step-school-enrolment = Запись в школу
services-municipalities-link = Учреждения в вашей гмине: мельдунек, социальная помощь, юридическая помощь
