# Учётные записи организаций и редакции (/account/).
account-nav-label = Учётная запись
account-signed-in-as = Вы вошли как { $email }
account-logout = Выйти
account-back = Вернуться к учётной записи
account-dashboard-title = Ваша учётная запись
account-login-title = Вход
account-login-intro = Для организаций и редакции портала. Учётные записи создаются только по приглашению.
account-email = Адрес электронной почты
account-password = Пароль
account-login-button = Войти
account-login-failed = Неверный адрес электронной почты или пароль.
account-login-limited-title = Слишком много попыток входа
account-login-limited-text = Вход временно заблокирован. Попробуйте позже.
account-csrf-title = Срок действия формы истёк
account-csrf-text = Эту форму нельзя принять. Вернитесь, обновите страницу и отправьте её ещё раз.
account-forbidden-title = Нет доступа
account-forbidden-text = У вашей учётной записи нет доступа к этой странице.
account-invite-title = Установите пароль
account-invite-intro = Приглашение для { $email }. Выберите пароль для своей учётной записи.
account-invite-organisation = Организация: { $org }
account-password-new = Новый пароль
account-password-again = Повторите пароль
account-password-hint = Минимальное число символов: { $min }. Лучше всего несколько слов, которые никто не угадает.
account-invite-button = Установить пароль и войти
account-password-too-short = Пароль слишком короткий.
account-password-too-long = Пароль слишком длинный.
account-password-common = Этот пароль есть в списке самых распространённых паролей. Выберите другой.
account-password-is-email = Пароль не может быть адресом электронной почты.
account-password-mismatch = Пароли не совпадают.
account-password-failed = Не удалось сохранить пароль. Попробуйте ещё раз.
account-invite-invalid-title = Ссылка недействительна
account-invite-invalid-text = Эта ссылка-приглашение уже использована, срок её действия истёк или она неполная. Попросите редакцию о новом приглашении.
account-services-title = Услуги вашей организации
account-services-none = В каталоге пока нет услуг этой организации.
account-verified = Проверено: { $date }
account-stale = Проверено более 6 месяцев назад. Проверьте, актуальна ли информация.
account-editor-title = Страницы редакции
account-accounts-title = Учётные записи
account-audit-title = Журнал изменений
account-role-editor = Редакция
account-role-organisation = Организация
account-col-organisation = Организация
account-col-status = Состояние
account-col-expires = Действует до
account-status-active = Активна
account-status-disabled = Отключена
account-disable = Отключить
account-disable-label = Отключить учётную запись { $email }
account-invitations-title = Открытые приглашения
account-invite-form-title = Пригласить
account-invite-role = Роль
account-invite-org = Организация (для роли «Организация»)
account-invite-send = Создать приглашение
account-invite-link = Ссылка-приглашение. Она показывается только один раз и действует 7 дней:
account-invite-mailed = Ссылка также отправлена по электронной почте.
account-invite-mail-failed = Не удалось отправить письмо. Передайте ссылку самостоятельно.
account-invite-problem-email = Это неверный адрес электронной почты.
account-invite-problem-role = Выберите роль, а для организации также организацию из каталога.
account-audit-when = Когда
account-audit-who = Кто
account-audit-action = Что
account-audit-subject = К чему относится
account-audit-detail = Подробности
account-audit-command-line = командная строка
account-audit-empty = Записей нет.
account-mail-invite-subject = Приглашение в учётную запись: { $site }
account-mail-invite-text =
    Вас пригласили в учётную запись на портале { $site }.
    Откройте эту ссылку и установите пароль. Ссылка действует { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } и работает только один раз:
    { $link }
