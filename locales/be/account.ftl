# Уліковыя запісы арганізацый і рэдакцыі (/account/).
account-nav-label = Уліковы запіс
account-signed-in-as = Вы ўвайшлі як { $email }
account-logout = Выйсці
account-back = Вярнуцца да ўліковага запісу
account-dashboard-title = Ваш уліковы запіс
account-login-title = Уваход
account-login-intro = Для арганізацый і рэдакцыі партала. Уліковыя запісы ствараюцца толькі па запрашэнні.
account-email = Адрас электроннай пошты
account-password = Пароль
account-login-button = Увайсці
account-login-failed = Няправільны адрас электроннай пошты або пароль.
account-login-limited-title = Занадта шмат спроб уваходу
account-login-limited-text = Уваход часова заблакаваны. Паспрабуйце пазней.
account-csrf-title = Тэрмін дзеяння формы скончыўся
account-csrf-text = Гэтую форму нельга прыняць. Вярніцеся, абнавіце старонку і адпраўце яе яшчэ раз.
account-forbidden-title = Няма доступу
account-forbidden-text = Ваш уліковы запіс не мае доступу да гэтай старонкі.
account-invite-title = Усталюйце пароль
account-invite-intro = Запрашэнне для { $email }. Выберыце пароль для свайго ўліковага запісу.
account-invite-organisation = Арганізацыя: { $org }
account-password-new = Новы пароль
account-password-again = Паўтарыце пароль
account-password-hint = Найменшая колькасць сімвалаў: { $min }. Лепш за ўсё некалькі слоў, якіх ніхто не адгадае.
account-invite-button = Усталяваць пароль і ўвайсці
account-password-too-short = Пароль занадта кароткі.
account-password-too-long = Пароль занадта доўгі.
account-password-common = Гэты пароль ёсць у спісе самых распаўсюджаных пароляў. Выберыце іншы.
account-password-is-email = Пароль не можа быць адрасам электроннай пошты.
account-password-mismatch = Паролі не супадаюць.
account-password-failed = Не ўдалося захаваць пароль. Паспрабуйце яшчэ раз.
account-invite-invalid-title = Спасылка несапраўдная
account-invite-invalid-text = Гэтая спасылка-запрашэнне ўжо выкарыстана, тэрмін яе дзеяння скончыўся або яна няпоўная. Папрасіце рэдакцыю пра новае запрашэнне.
account-services-title = Паслугі вашай арганізацыі
account-services-none = У каталогу яшчэ няма паслуг гэтай арганізацыі.
account-verified = Праверана: { $date }
account-stale = Праверана больш за 6 месяцаў таму. Праверце, ці інфармацыя яшчэ актуальная.
account-editor-title = Старонкі рэдакцыі
account-accounts-title = Уліковыя запісы
account-audit-title = Журнал змен
account-role-editor = Рэдакцыя
account-role-organisation = Арганізацыя
account-col-organisation = Арганізацыя
account-col-status = Стан
account-col-expires = Дзейнічае да
account-status-active = Актыўны
account-status-disabled = Адключаны
account-disable = Адключыць
account-disable-label = Адключыць уліковы запіс { $email }
account-invitations-title = Адкрытыя запрашэнні
account-invite-form-title = Запрасіць новага чалавека
account-invite-role = Роля
account-invite-org = Арганізацыя (для ролі «Арганізацыя»)
account-invite-send = Стварыць запрашэнне
account-invite-link = Спасылка-запрашэнне. Яна паказваецца толькі адзін раз і дзейнічае 7 дзён:
account-invite-mailed = Спасылка таксама адпраўлена электроннай поштай.
account-invite-mail-failed = Не ўдалося адправіць ліст. Перадайце спасылку самастойна.
account-invite-problem-email = Гэта няправільны адрас электроннай пошты.
account-invite-problem-role = Выберыце ролю, а для арганізацыі таксама арганізацыю з каталога.
account-audit-when = Калі
account-audit-who = Хто
account-audit-action = Што
account-audit-subject = Чаго датычыць
account-audit-detail = Падрабязнасці
account-audit-command-line = камандны радок
account-audit-empty = Запісаў няма.
account-mail-invite-subject = Запрашэнне ва ўліковы запіс: { $site }
account-mail-invite-text =
    Вас запрасілі ва ўліковы запіс на партале { $site }.
    Адкрыйце гэтую спасылку і ўсталюйце пароль. Спасылка дзейнічае { $days ->
        [one] { $days } дзень
        [few] { $days } дні
        [many] { $days } дзён
       *[other] { $days } дня
    } і працуе толькі адзін раз:
    { $link }
