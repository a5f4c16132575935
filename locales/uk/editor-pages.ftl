# Сторінки редакторів у /account/: стан перекладів, застарілі послуги, що кажуть відвідувачі.
editor-nav-review = Черга на розгляд
editor-percent = { $percent }%

editor-insight-title = Що кажуть відвідувачі
editor-insight-intro = Відповіді на «Чи була ця сторінка корисною?», коментарі, пошуки без результатів і прохання про переклад. Ніщо тут не дає впізнати відвідувача.
editor-insight-period-title = Період
editor-insight-month = Місяць
editor-insight-month-hint = У форматі РРРР-ММ, напр. 2026-11.
editor-insight-show = Показати
editor-insight-between = Або від дня до дня (будь-яке поле може лишитися порожнім)
editor-insight-since = Від (РРРР-ММ-ДД)
editor-insight-until = До (РРРР-ММ-ДД)
editor-insight-period-between = Показано: від { $since } до { $until }.
editor-insight-period-since = Показано: від { $since }.
editor-insight-period-until = Показано: до { $until }.
editor-insight-period-all = Показано: увесь записаний час.
editor-insight-csv = Завантажити як CSV (те саме, що witaj insight --format csv)
editor-insight-problem-month = «{ $value }» — це не місяць. Напишіть у форматі РРРР-ММ, напр. 2026-11.
editor-insight-problem-day = «{ $value }» — це не дата. Напишіть у форматі РРРР-ММ-ДД, напр. 2026-11-30.
editor-insight-problem-reversed = Період починається ({ $since }) після свого кінця ({ $until }).
editor-insight-problem-both = Виберіть або місяць, або дні від і до, а не все разом.
editor-insight-none = Нічого за цей період.
editor-insight-pages-title = Чи була ця сторінка корисною?
editor-insight-pages-caption = Відповіді за сторінкою та мовою, спершу найменш корисні
editor-insight-pages-caption-answers = Відповіді за сторінкою та мовою, спершу з найбільшою кількістю відповідей
editor-insight-sort = Порядок сторінок
editor-insight-sort-useful = спершу найменш корисні
editor-insight-sort-answers = спершу з найбільшою кількістю відповідей
editor-insight-col-page = Сторінка
editor-insight-col-lang = Мова
editor-insight-col-yes = Так
editor-insight-col-no = Ні
editor-insight-col-share = Корисна
editor-insight-comments-title = Коментарі
editor-insight-comments-intro = Що відвідувачі написали після «ні», спершу найновіші. Адреси e-mail і довгі номери вилучено перед збереженням.
editor-insight-comments-none = Немає відкритих коментарів за цей період.
editor-insight-mark-handled = Позначити опрацьованим
editor-insight-mark-handled-label = Позначити опрацьованим: коментар від { $day } до сторінки { $page }
editor-insight-handled-title = Опрацьовані
editor-insight-handled-by = Опрацював(-ла) { $who }, { $when }
editor-insight-gaps-title = Пошуки без результатів
editor-insight-gaps-caption = Пошуки без результатів: { $lang }
editor-insight-col-query = Запит
editor-insight-col-count = Скільки разів
editor-insight-col-first = Уперше
editor-insight-col-last = Востаннє
editor-insight-demand-title = Прохання про переклад
editor-insight-demand-caption = «Мені це потрібно моєю мовою» за посібником і мовою, спершу найпотрібніші
editor-insight-col-guide = Посібник
editor-insight-col-asked = Прохань
editor-insight-trend-title = За місяцями
editor-insight-trend-caption = Відповіді, коментарі та прохання про переклад щомісяця
editor-insight-col-month = Місяць
editor-insight-col-comments = Коментарі

editor-status-title = Стан перекладів
editor-status-intro = Кожен посібник кожною мовою, як показує witaj status. Вік рахується до { $today }.
editor-status-matrix-title = Посібники та мови
editor-status-matrix-caption = Переклад кожного посібника кожною мовою; посилання відкриває цю сторінку
editor-status-col-guide = Посібник
editor-status-col-language = Мова
editor-status-source = оригінал
editor-status-current = актуальний
editor-status-outdated = застарілий
editor-status-missing = немає
editor-status-outdated-days = застарілий, { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
editor-status-completeness-title = Повнота
editor-status-completeness-caption = Посібники кожною мовою
editor-status-col-guides-percent = Посібників
editor-status-col-words-percent = Слів
editor-status-work-title = Робота для кожної мови
editor-status-work-intro = Спершу те, про що просили читачі, потім пріоритет посібника та його тема, як у witaj status --lang.
editor-status-work-none = Нічого робити: кожен посібник актуальний.
editor-status-words = { $count ->
    [one] { $count } слово
    [few] { $count } слова
    [many] { $count } слів
   *[other] { $count } слова
}
editor-status-asked = { $count ->
    [one] { $count } прохання
    [few] { $count } прохання
    [many] { $count } прохань
   *[other] { $count } прохання
}

editor-stale-title = Застарілі послуги
editor-stale-intro = Послуги, які ніхто не підтверджував { $months ->
    [one] { $months } місяць
    [few] { $months } місяці
    [many] { $months } місяців
   *[other] { $months } місяця
}, спершу найстаріші, як їх перелічує witaj stale. Попросіть їхні організації перевірити їх.
editor-stale-caption = { $count ->
    [one] { $count } непідтверджена послуга
    [few] { $count } непідтверджені послуги
    [many] { $count } непідтверджених послуг
   *[other] { $count } непідтвердженої послуги
}
editor-stale-col-service = Послуга
editor-stale-col-organisation = Організація
editor-stale-col-verified = Востаннє перевірено
editor-stale-none = Кожну послугу перевірено протягом { $months ->
    [one] останнього { $months } місяця
    [few] останніх { $months } місяців
    [many] останніх { $months } місяців
   *[other] останніх { $months } місяця
}.
