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

## Accessibility statement (deklaracja dostępności), on the ministry's template
footer-accessibility = Дэкларацыя даступнасці
a11y-title = Дэкларацыя даступнасці
a11y-translation-note = Гэты пераклад дэкларацыі мае інфармацыйны характар; юрыдычна абавязковай з’яўляецца польская версія.
a11y-operator-unnamed = Арганізацыя, якая вядзе гэты сайт (назва яшчэ не пазначаная)
a11y-intro = абавязваецца забяспечыць даступнасць свайго вэб-сайта ў адпаведнасці з палажэннямі закона ад 4 красавіка 2019 года аб лічбавай даступнасці вэб-сайтаў і мабільных праграм публічных органаў (ustawa z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych).
a11y-scope-label = Дэкларацыя даступнасці распаўсюджваецца на:
a11y-scope = вэб-сайт
a11y-published = Дата публікацыі вэб-сайта:
a11y-updated = Дата апошняга істотнага абнаўлення:
a11y-status-heading = Стан лічбавай даступнасці
a11y-status-full = Вэб-сайт адпавядае закону ад 4 красавіка 2019 года аб лічбавай даступнасці вэб-сайтаў і мабільных праграм публічных органаў.
a11y-status-partial = Вэб-сайт часткова адпавядае закону ад 4 красавіка 2019 года аб лічбавай даступнасці вэб-сайтаў і мабільных праграм публічных органаў з прычыны неадпаведнасцей або выключэнняў, пералічаных ніжэй.
a11y-status-none = Вэб-сайт не адпавядае закону ад 4 красавіка 2019 года аб лічбавай даступнасці вэб-сайтаў і мабільных праграм публічных органаў.
a11y-issues-heading = Недаступнае змесціва
a11y-preparation-heading = Падрыхтоўка дэкларацыі даступнасці
a11y-prepared = Дата складання дэкларацыі:
a11y-reviewed = Дата апошняга перагляду і абнаўлення дэкларацыі:
a11y-assessment-self = Дэкларацыя складзена на падставе самаацэнкі, праведзенай публічным органам.
a11y-assessment-audit = Дэкларацыя складзена на падставе праверкі, праведзенай знешняй арганізацыяй:
a11y-keyboard = На сайце можна карыстацца стандартнымі спалучэннямі клавіш браўзера.
a11y-contact-heading = Зваротная сувязь і кантактныя даныя
a11y-contact-intro = Калі вы заўважыце праблему з даступнасцю гэтага сайта, звяжыцеся з намі. Такім жа чынам вы можаце папрасіць прадаставіць недаступную на сайце інфармацыю ў іншай, даступнай форме.
a11y-contact-person = Кантактная асоба:
a11y-email = Адрас электроннай пошты:
a11y-phone = Тэлефон:
a11y-not-provided = пакуль не пазначана
a11y-procedure-heading = Парадак падачы патрабаванняў і скаргаў
a11y-procedure-1 = Кожны мае права патрабаваць забеспячэння лічбавай даступнасці вэб-сайта, мабільнай праграмы або якога-небудзь іх элемента. Можна таксама запатрабаваць прадастаўлення інфармацыі з дапамогай альтэрнатыўнага спосабу доступу, напрыклад шляхам зачытвання дакумента, які не з’яўляецца лічбава даступным, апісання змесціва відэа без аўдыядэскрыпцыі і да т. п.
a11y-procedure-2 = Патрабаванне павінна ўтрымліваць даныя асобы, якая падае патрабаванне, указанне, пра які вэб-сайт або мабільную праграму ідзе гаворка, а таксама спосаб сувязі. Калі асоба, якая падае патрабаванне, мае патрэбу ў атрыманні інфармацыі з дапамогай альтэрнатыўнага спосабу доступу, яна павінна таксама пазначыць зручны для яе спосаб прадстаўлення гэтай інфармацыі.
a11y-procedure-3 = Публічны орган павінен выканаць патрабаванне неадкладна, але не пазней чым на працягу 7 дзён з дня падачы патрабавання. Калі прытрымацца гэтага тэрміну немагчыма, публічны орган неадкладна паведамляе асобе, якая падала патрабаванне, калі выкананне патрабавання будзе магчымым, прычым гэты тэрмін не можа перавышаць 2 месяцаў з дня падачы патрабавання. Калі забяспечыць лічбавую даступнасць немагчыма, публічны орган можа прапанаваць альтэрнатыўны спосаб доступу да інфармацыі.
a11y-procedure-4 = Калі публічны орган адмовіць у выкананні патрабавання аб забеспячэнні даступнасці або альтэрнатыўнага спосабу доступу да інфармацыі, асоба, якая падала патрабаванне, можа падаць скаргу па пытанні забеспячэння лічбавай даступнасці вэб-сайта, мабільнай праграмы або іх элемента. Пасля вычарпання гэтай працэдуры можна таксама звярнуцца з заявай да Упаўнаважанага па правах чалавека (Rzecznik Praw Obywatelskich).
a11y-ombudsman-link = Вэб-сайт Упаўнаважанага па правах чалавека
a11y-architecture-heading = Архітэктурная даступнасць
a11y-communication-heading = Камунікацыйна-інфармацыйная даступнасць
a11y-apps-heading = Мабільныя праграмы
a11y-apps-none = Публічны орган не прадастаўляе мабільных праграм.

## Directory
# The directory of services: /{lang}/services, one service's page, hours and filters.
nav-services = Дзе атрымаць дапамогу
services-title = Дзе атрымаць дапамогу
services-intro = Установы, цэнтры сацыяльнай дапамогі, бясплатныя юрыдычныя кансультацыі, курсы польскай мовы, грамадскія арганізацыі і тэлефоны даверу ў Труймесце і на Памор’і.
services-none = Ніводная паслуга не адпавядае ўсім абраным умовам. Прыберыце адзін з фільтраў, каб убачыць больш.
filter-legend = Знайсці паслугу
filter-topic = Тэма
filter-speaks = Мова персаналу
filter-place = Горад
filter-org = Хто прадастаўляе
filter-any = Усе
filter-only = Паказаць толькі
filter-open-now = адчынена зараз
filter-free = бясплатныя
filter-submit = Паказаць вынікі
filter-reset = Ачысціць фільтры
org-kind-city-unit = Установа горада або павета
org-kind-public-office = Дзяржаўная ўстанова
org-kind-ngo = Грамадская арганізацыя
service-free = Бясплатна
service-paid = Платна
service-cost-unknown = Мы не ведаем, ці платная паслуга. Спытайце перад візітам.
service-remote = Па тэлефоне або анлайн
service-remote-long = У гэтай паслугі няма адраса для наведвання: сувязь па тэлефоне або праз інтэрнэт.
service-address-unknown = Адрас яшчэ не правераны
service-address-unknown-long = Мы яшчэ не праверылі адрас гэтага месца. Спытайце яго па тэлефоне, электроннай пошце або на сайце паслугі (кантакты вышэй).
service-areas-label = Абслугоўвае жыхароў
service-languages-label = Мовы персаналу
service-languages-heading = Мовы персаналу
service-languages-unknown = Мы не ведаем, на якіх мовах размаўляе персанал.
service-eligibility-heading = Для каго
service-application-heading = Як скарыстацца
service-contact-heading = Кантакты
service-phone = Тэлефон
service-email = Электронная пошта
service-website = Сайт
service-map-link = Паказаць на карце OpenStreetMap
service-accessibility = Даступнасць
service-cost-heading = Кошт
service-guides-heading = Даведнікі, у якіх згадваецца гэтая паслуга
service-verified = Праверана па крыніцы: { $date }
service-source = Крыніца інфармацыі
service-topics-label = Тэмы
service-short-link = Кароткая спасылка на гэтую старонку:
notice-service-fallback = Частка гэтага запісу яшчэ не перакладзена на беларускую мову і паказана на іншай мове.
notice-service-outdated = Польскі арыгінал гэтага запісу змяніўся пасля таго, як яго пераклалі. Пераклад можа быць састарэлым.
guide-services-heading = Дзе атрымаць дапамогу
hours-heading = Гадзіны працы
hours-caption = Гадзіны працы на бліжэйшыя сем дзён
hours-today = сёння
hours-holiday = дзяржаўнае свята
hours-day-closed = зачынена
hours-day-unknown = гадзіны не ўстаноўлены
hours-local-time = Час пазначаны па польскім часе.
hours-not-known-advice = Мы яшчэ не праверылі гадзіны працы. Патэлефануйце або паглядзіце сайт паслугі перад візітам.
hours-open-until = Адчынена зараз, да { $time }
hours-open-always = Адчынена кругласутачна
hours-closed = Зараз зачынена
hours-closed-opens-today = Зараз зачынена, адчыніцца сёння а { $time }
hours-closed-opens-tomorrow = Зараз зачынена, адчыніцца заўтра а { $time }
hours-closed-opens-day = Зараз зачынена, адчыніцца { $day } а { $time }
hours-unknown-now = Невядома, ці адчынена зараз: патэлефануйце перад візітам
hours-not-known = Гадзіны працы невядомыя
day-1 = панядзелак
day-2 = аўторак
day-3 = серада
day-4 = чацвер
day-5 = пятніца
day-6 = субота
day-7 = нядзеля
day-on-1 = у панядзелак
day-on-2 = у аўторак
day-on-3 = у сераду
day-on-4 = у чацвер
day-on-5 = у пятніцу
day-on-6 = у суботу
day-on-7 = у нядзелю
municipality-gdansk = Гданьск
municipality-gdynia = Гдыня
municipality-sopot = Сопат
municipality-slupsk = Слупск
municipality-puck = Пуцк
municipality-pruszcz-gdanski-miasto = Прушч-Гданьскі
municipality-kolbudy = Колбуды
municipality-pszczolki = Пшчулкі
municipality-cedry-wielkie = Цэдры-Вяльке
municipality-kartuzy = Картузы
municipality-zukowo = Жукава
municipality-sierakowice = Серакавіцэ
municipality-suleczyno = Суленчына
municipality-przodkowo = Пшодкава
municipality-koscierzyna-gmina = Касцяжына (сельская гміна)
municipality-karsin = Карсін
municipality-lipusz = Ліпуш
municipality-lebork = Лембарк
municipality-cewice = Цэвіцэ
municipality-malbork = Мальбарк
municipality-lichnowy = Ліхновы
municipality-nowy-dwor-gdanski = Новы-Двур-Гданьскі
municipality-stegna = Стэгна
municipality-ostaszewo = Асташэва
municipality-sztutowo = Штутава
municipality-kosakowo = Касакова
municipality-wladyslawowo = Уладзіславава
municipality-krokowa = Крокава
municipality-hel = Хель
municipality-tczew = Тчэў
municipality-wejherowo = Вейхерава
municipality-wejherowo-gmina = Вейхерава (сельская гміна)
municipality-rumia = Румія
municipality-szemud = Шэмуд
municipality-luzino = Лузіна
municipality-leczyce = Ленчыцэ
municipality-linia = Лінія
municipality-gniewino = Гневіна
county-gdansk = Гданьск
county-gdynia = Гдыня
county-sopot = Сопат
county-slupsk = Слупск
county-pucki = Пуцкі павет
county-gdanski = Гданьскі павет
county-kartuski = Картузскі павет
county-koscierski = Касцяжынскі павет
county-leborski = Лембаркскі павет
county-malborski = Мальбаркскі павет
county-nowodworski = Новадворскі павет
county-tczewski = Тчэўскі павет
county-wejherowski = Вейхераўскі павет

## Search
search-label = Пошук у даведніках і паслугах
search-button = Шукаць
search-title = Пошук
search-empty = Увядзіце, што вы шукаеце, напрыклад: PESEL, дапамога, курсы польскай мовы, лекар.
search-results-count =
    { $count ->
        [one] Знойдзены { $count } вынік
        [few] Знойдзены { $count } вынікі
        [many] Знойдзена { $count } вынікаў
       *[other] Знойдзена { $count } выніку
    }
search-did-you-mean = Магчыма, вы мелі на ўвазе:
search-browse-topics = Прагледзець тэмы
search-other-languages = Вынікі на іншых мовах
search-in-language = мова:
search-topics-filter = Удакладніць па тэме
search-all-topics = Усе тэмы
search-pages-label = Старонкі вынікаў
search-previous = Папярэдняя
search-next = Наступная
search-section = Раздзел:
search-service-label = паслуга

## Гміны і паветы (/{lang}/municipalities)
municipalities-title = Гміны і паветы
municipalities-intro = Дзе зарэгістраваць месца жыхарства, атрымаць сацыяльную дапамогу ці бясплатную юрыдычную кансультацыю там, дзе вы жывяце. Выберыце сваю гміну або павет.
municipalities-search-label = Назва гміны або горада
municipalities-search-button = Знайсці
municipalities-found = Вынікаў: { $count }
municipalities-none = Гміну з такой назвай не знойдзена. Праверце напісанне або выберыце са спіса.
municipalities-show-all = Паказаць усе
municipalities-city-counties = Гарады на правах павета
place-intro = Куды звяртацца ў мясцовых справах: рэгістрацыя па месцы жыхарства (zameldowanie), ЗАГС, сацыяльная дапамога, служба занятасці, бясплатная юрыдычная дапамога, вадзіцельскія правы і запіс у школу.
place-county-label = Павет
place-county-office = Гэтая ўстанова абслугоўвае ўвесь павет:
place-office-unknown = Партал пакуль не ведае, якая ўстанова гэтым займаецца.
place-ask-link = Спытайце ў мясцовай адміністрацыі (афіцыйны сайт)
place-guide = Як гэта зрабіць:
place-members-heading = Гміны гэтага павета
place-foreigners-page = Старонка гміны для замежнікаў
place-website = Сайт
place-bip = Бюлетэнь публічнай інфармацыі (BIP)
step-address-registration = Рэгістрацыя па месцы жыхарства (zameldowanie)
step-civil-registry = ЗАГС (USC)
step-social-help = Сацыяльная дапамога
step-labour-office = Служба занятасці
step-legal-aid = Бясплатная юрыдычная дапамога
step-driving-licences = Вадзіцельскія правы і рэгістрацыя транспарту
step-school-enrolment = Запіс у школу
services-municipalities-link = Установы ў вашай гміне: рэгістрацыя па месцы жыхарства, сацыяльная дапамога, юрыдычная дапамога
