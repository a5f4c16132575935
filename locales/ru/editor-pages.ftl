# Страницы редакторов в /account/: состояние переводов, устаревшие услуги, что говорят посетители.
editor-nav-review = Очередь на проверку
editor-percent = { $percent } %

editor-insight-title = Что говорят посетители
editor-insight-intro = Ответы на «Была ли эта страница полезной?», комментарии, поиски без результатов и просьбы о переводе. Ничто здесь не позволяет узнать посетителя.
editor-insight-period-title = Период
editor-insight-month = Месяц
editor-insight-month-hint = В формате ГГГГ-ММ, напр. 2026-11.
editor-insight-show = Показать
editor-insight-between = Или с одного дня по другой (любое поле может остаться пустым)
editor-insight-since = С (ГГГГ-ММ-ДД)
editor-insight-until = По (ГГГГ-ММ-ДД)
editor-insight-period-between = Показано: с { $since } по { $until }.
editor-insight-period-since = Показано: с { $since }.
editor-insight-period-until = Показано: по { $until }.
editor-insight-period-all = Показано: всё записанное время.
editor-insight-csv = Скачать как CSV (то же, что witaj insight --format csv)
editor-insight-problem-month = «{ $value }» — не месяц. Напишите в формате ГГГГ-ММ, напр. 2026-11.
editor-insight-problem-day = «{ $value }» — не дата. Напишите в формате ГГГГ-ММ-ДД, напр. 2026-11-30.
editor-insight-problem-reversed = Период начинается ({ $since }) после своего конца ({ $until }).
editor-insight-problem-both = Выберите либо месяц, либо дни с и по, но не всё вместе.
editor-insight-none = За этот период ничего нет.
editor-insight-pages-title = Была ли эта страница полезной?
editor-insight-pages-caption = Ответы по странице и языку, сначала наименее полезные
editor-insight-pages-caption-answers = Ответы по странице и языку, сначала с наибольшим числом ответов
editor-insight-sort = Порядок страниц
editor-insight-sort-useful = сначала наименее полезные
editor-insight-sort-answers = сначала с наибольшим числом ответов
editor-insight-col-page = Страница
editor-insight-col-lang = Язык
editor-insight-col-yes = Да
editor-insight-col-no = Нет
editor-insight-col-share = Полезна
editor-insight-comments-title = Комментарии
editor-insight-comments-intro = Что посетители написали после «нет», сначала новые. Адреса e-mail и длинные номера удалены перед сохранением.
editor-insight-comments-none = Нет открытых комментариев за этот период.
editor-insight-mark-handled = Отметить обработанным
editor-insight-mark-handled-label = Отметить обработанным: комментарий от { $day } к странице { $page }
editor-insight-handled-title = Обработанные
editor-insight-handled-by = Обработал(а) { $who }, { $when }
editor-insight-gaps-title = Поиски без результатов
editor-insight-gaps-caption = Поиски без результатов: { $lang }
editor-insight-col-query = Запрос
editor-insight-col-count = Сколько раз
editor-insight-col-first = Впервые
editor-insight-col-last = В последний раз
editor-insight-demand-title = Просьбы о переводе
editor-insight-demand-caption = «Мне это нужно на моём языке» по руководству и языку, сначала самые востребованные
editor-insight-col-guide = Руководство
editor-insight-col-asked = Просьб
editor-insight-trend-title = По месяцам
editor-insight-trend-caption = Ответы, комментарии и просьбы о переводе по месяцам
editor-insight-col-month = Месяц
editor-insight-col-comments = Комментарии

editor-status-title = Состояние переводов
editor-status-intro = Каждое руководство на каждом языке, как показывает witaj status. Возраст считается до { $today }.
editor-status-matrix-title = Руководства и языки
editor-status-matrix-caption = Перевод каждого руководства на каждый язык; ссылка открывает эту страницу
editor-status-col-guide = Руководство
editor-status-col-language = Язык
editor-status-source = оригинал
editor-status-current = актуален
editor-status-outdated = устарел
editor-status-missing = нет
editor-status-outdated-days = устарел, { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
editor-status-completeness-title = Полнота
editor-status-completeness-caption = Руководства на каждом языке
editor-status-col-guides-percent = Руководств
editor-status-col-words-percent = Слов
editor-status-work-title = Работа для каждого языка
editor-status-work-intro = Сначала то, о чём просили читатели, затем приоритет руководства и его тема, как в witaj status --lang.
editor-status-work-none = Делать нечего: каждое руководство актуально.
editor-status-words = { $count ->
    [one] { $count } слово
    [few] { $count } слова
    [many] { $count } слов
   *[other] { $count } слова
}
editor-status-asked = { $count ->
    [one] { $count } просьба
    [few] { $count } просьбы
    [many] { $count } просьб
   *[other] { $count } просьбы
}

editor-stale-title = Устаревшие услуги
editor-stale-intro = Услуги, которые никто не подтверждал { $months ->
    [one] { $months } месяц
    [few] { $months } месяца
    [many] { $months } месяцев
   *[other] { $months } месяца
}, сначала самые старые, как их перечисляет witaj stale. Попросите их организации проверить их.
editor-stale-caption = { $count ->
    [one] { $count } неподтверждённая услуга
    [few] { $count } неподтверждённые услуги
    [many] { $count } неподтверждённых услуг
   *[other] { $count } неподтверждённой услуги
}
editor-stale-col-service = Услуга
editor-stale-col-organisation = Организация
editor-stale-col-verified = Последняя проверка
editor-stale-none = Каждая услуга проверена за { $months ->
    [one] последний { $months } месяц
    [few] последние { $months } месяца
    [many] последние { $months } месяцев
   *[other] последние { $months } месяца
}.
