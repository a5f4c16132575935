# Старонкі рэдактараў у /account/: стан перакладаў, састарэлыя паслугі, што кажуць наведвальнікі.
editor-nav-review = Чарга на разгляд
editor-percent = { $percent } %

editor-insight-title = Што кажуць наведвальнікі
editor-insight-intro = Адказы на «Ці была гэтая старонка карыснай?», каментары, пошукі без вынікаў і просьбы пра пераклад. Нішто тут не дазваляе пазнаць наведвальніка.
editor-insight-period-title = Перыяд
editor-insight-month = Месяц
editor-insight-month-hint = У фармаце ГГГГ-ММ, напр. 2026-11.
editor-insight-show = Паказаць
editor-insight-between = Або ад дня да дня (любое поле можа застацца пустым)
editor-insight-since = Ад (ГГГГ-ММ-ДД)
editor-insight-until = Да (ГГГГ-ММ-ДД)
editor-insight-period-between = Паказана: ад { $since } да { $until }.
editor-insight-period-since = Паказана: ад { $since }.
editor-insight-period-until = Паказана: да { $until }.
editor-insight-period-all = Паказана: увесь запісаны час.
editor-insight-csv = Спампаваць як CSV (тое ж, што witaj insight --format csv)
editor-insight-problem-month = «{ $value }» — не месяц. Напішыце ў фармаце ГГГГ-ММ, напр. 2026-11.
editor-insight-problem-day = «{ $value }» — не дата. Напішыце ў фармаце ГГГГ-ММ-ДД, напр. 2026-11-30.
editor-insight-problem-reversed = Перыяд пачынаецца ({ $since }) пасля свайго канца ({ $until }).
editor-insight-problem-both = Выберыце альбо месяц, альбо дні ад і да, а не ўсё разам.
editor-insight-none = За гэты перыяд нічога няма.
editor-insight-pages-title = Ці была гэтая старонка карыснай?
editor-insight-pages-caption = Адказы па старонцы і мове, спачатку найменш карысныя
editor-insight-pages-caption-answers = Адказы па старонцы і мове, спачатку з найбольшай колькасцю адказаў
editor-insight-sort = Парадак старонак
editor-insight-sort-useful = спачатку найменш карысныя
editor-insight-sort-answers = спачатку з найбольшай колькасцю адказаў
editor-insight-col-page = Старонка
editor-insight-col-lang = Мова
editor-insight-col-yes = Так
editor-insight-col-no = Не
editor-insight-col-share = Карысная
editor-insight-comments-title = Каментары
editor-insight-comments-intro = Што наведвальнікі напісалі пасля «не», спачатку новыя. Адрасы e-mail і доўгія нумары выдалены перад захаваннем.
editor-insight-comments-none = Няма адкрытых каментароў за гэты перыяд.
editor-insight-mark-handled = Адзначыць апрацаваным
editor-insight-mark-handled-label = Адзначыць апрацаваным: каментар ад { $day } да старонкі { $page }
editor-insight-handled-title = Апрацаваныя
editor-insight-handled-by = Апрацаваў(-ла) { $who }, { $when }
editor-insight-gaps-title = Пошукі без вынікаў
editor-insight-gaps-caption = Пошукі без вынікаў: { $lang }
editor-insight-col-query = Запыт
editor-insight-col-count = Колькі разоў
editor-insight-col-first = Упершыню
editor-insight-col-last = Апошні раз
editor-insight-demand-title = Просьбы пра пераклад
editor-insight-demand-caption = «Мне гэта трэба на маёй мове» па даведніку і мове, спачатку найбольш патрэбныя
editor-insight-col-guide = Даведнік
editor-insight-col-asked = Просьбаў
editor-insight-trend-title = Па месяцах
editor-insight-trend-caption = Адказы, каментары і просьбы пра пераклад па месяцах
editor-insight-col-month = Месяц
editor-insight-col-comments = Каментары

editor-status-title = Стан перакладаў
editor-status-intro = Кожны даведнік на кожнай мове, як паказвае witaj status. Узрост лічыцца да { $today }.
editor-status-matrix-title = Даведнікі і мовы
editor-status-matrix-caption = Пераклад кожнага даведніка на кожную мову; спасылка адкрывае гэтую старонку
editor-status-col-guide = Даведнік
editor-status-col-language = Мова
editor-status-source = арыгінал
editor-status-current = актуальны
editor-status-outdated = састарэлы
editor-status-missing = няма
editor-status-outdated-days = састарэлы, { $days ->
    [one] { $days } дзень
    [few] { $days } дні
    [many] { $days } дзён
   *[other] { $days } дня
}
editor-status-completeness-title = Паўната
editor-status-completeness-caption = Даведнікі на кожнай мове
editor-status-col-guides-percent = Даведнікаў
editor-status-col-words-percent = Слоў
editor-status-work-title = Праца для кожнай мовы
editor-status-work-intro = Спачатку тое, пра што прасілі чытачы, потым прыярытэт даведніка і яго тэма, як у witaj status --lang.
editor-status-work-none = Няма чаго рабіць: кожны даведнік актуальны.
editor-status-words = { $count ->
    [one] { $count } слова
    [few] { $count } словы
    [many] { $count } слоў
   *[other] { $count } слова
}
editor-status-asked = { $count ->
    [one] { $count } просьба
    [few] { $count } просьбы
    [many] { $count } просьбаў
   *[other] { $count } просьбы
}

editor-stale-title = Састарэлыя паслугі
editor-stale-intro = Паслугі, якія ніхто не пацвярджаў { $months ->
    [one] { $months } месяц
    [few] { $months } месяцы
    [many] { $months } месяцаў
   *[other] { $months } месяца
}, спачатку найстарэйшыя, як іх пералічвае witaj stale. Папрасіце іх арганізацыі праверыць іх.
editor-stale-caption = { $count ->
    [one] { $count } непацверджаная паслуга
    [few] { $count } непацверджаныя паслугі
    [many] { $count } непацверджаных паслуг
   *[other] { $count } непацверджанай паслугі
}
editor-stale-col-service = Паслуга
editor-stale-col-organisation = Арганізацыя
editor-stale-col-verified = Апошняя праверка
editor-stale-none = Кожная паслуга праверана за { $months ->
    [one] апошні { $months } месяц
    [few] апошнія { $months } месяцы
    [many] апошнія { $months } месяцаў
   *[other] апошнія { $months } месяца
}.
