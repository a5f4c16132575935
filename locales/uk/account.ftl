# Облікові записи організацій і редакції (/account/).
account-nav-label = Обліковий запис
account-signed-in-as = Ви увійшли як { $email }
account-logout = Вийти
account-back = Повернутися до облікового запису
account-dashboard-title = Ваш обліковий запис
account-login-title = Вхід
account-login-intro = Для організацій і редакції порталу. Облікові записи створюються лише за запрошенням.
account-email = Адреса електронної пошти
account-password = Пароль
account-login-button = Увійти
account-login-failed = Неправильна адреса електронної пошти або пароль.
account-login-limited-title = Забагато спроб входу
account-login-limited-text = Вхід тимчасово заблоковано. Спробуйте пізніше.
account-csrf-title = Термін дії форми минув
account-csrf-text = Цю форму не можна прийняти. Поверніться, оновіть сторінку й надішліть її ще раз.
account-forbidden-title = Немає доступу
account-forbidden-text = Ваш обліковий запис не має доступу до цієї сторінки.
account-invite-title = Встановіть пароль
account-invite-intro = Запрошення для { $email }. Виберіть пароль для свого облікового запису.
account-invite-organisation = Організація: { $org }
account-password-new = Новий пароль
account-password-again = Повторіть пароль
account-password-hint = Найменша кількість символів: { $min }. Найкраще кілька слів, яких ніхто не вгадає.
account-invite-button = Встановити пароль і увійти
account-password-too-short = Пароль закороткий.
account-password-too-long = Пароль задовгий.
account-password-common = Цей пароль є в списку найпоширеніших паролів. Виберіть інший.
account-password-is-email = Пароль не може бути адресою електронної пошти.
account-password-mismatch = Паролі не збігаються.
account-password-failed = Не вдалося зберегти пароль. Спробуйте ще раз.
account-invite-invalid-title = Посилання недійсне
account-invite-invalid-text = Це посилання-запрошення вже використано, його термін дії минув або воно неповне. Попросіть редакцію про нове запрошення.
account-services-title = Послуги вашої організації
account-services-none = У каталозі ще немає послуг цієї організації.
account-verified = Перевірено: { $date }
account-stale = Перевірено понад 6 місяців тому. Перевірте, чи інформація ще актуальна.
account-editor-title = Сторінки редакції
account-accounts-title = Облікові записи
account-audit-title = Журнал змін
account-role-editor = Редакція
account-role-organisation = Організація
account-col-organisation = Організація
account-col-status = Стан
account-col-expires = Дійсне до
account-status-active = Активний
account-status-disabled = Вимкнений
account-disable = Вимкнути
account-disable-label = Вимкнути обліковий запис { $email }
account-invitations-title = Відкриті запрошення
account-invite-form-title = Запросити когось
account-invite-role = Роль
account-invite-org = Організація (для ролі «Організація»)
account-invite-send = Створити запрошення
account-invite-link = Посилання-запрошення. Воно показується лише один раз і дійсне 7 днів:
account-invite-mailed = Посилання також надіслано електронною поштою.
account-invite-mail-failed = Не вдалося надіслати лист. Передайте посилання самостійно.
account-invite-problem-email = Це неправильна адреса електронної пошти.
account-invite-problem-role = Виберіть роль, а для організації також організацію з каталогу.
account-audit-when = Коли
account-audit-who = Хто
account-audit-action = Що
account-audit-subject = Чого стосується
account-audit-detail = Подробиці
account-audit-command-line = командний рядок
account-audit-empty = Записів немає.
account-mail-invite-subject = Запрошення до облікового запису: { $site }
account-mail-invite-text =
    Вас запрошено до облікового запису на порталі { $site }.
    Відкрийте це посилання й установіть пароль. Посилання дійсне { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } і працює лише один раз:
    { $link }
