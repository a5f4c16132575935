# Организации изменяют и предлагают услуги; редакция проверяет (/account/services/…, /account/review).
moderation-edit = Изменить
moderation-edit-label = Изменить { $id }
moderation-edit-title = Изменение услуги
moderation-new-title = Предложить новую услугу
moderation-still-correct = Всё ещё актуально
moderation-still-correct-label = { $id }: всё ещё актуально
moderation-state-pending = Ваше изменение ждёт редакцию.
moderation-state-rejected = Ваше изменение не принято.
moderation-state-reason = Пояснение редакции:
moderation-proposals-title = Предложенные услуги
moderation-pending-count = { $count ->
    [one] { $count } ждёт
    [few] { $count } ждут
    [many] { $count } ждут
   *[other] { $count } ждёт
}
moderation-form-intro = Редакция проверяет каждое изменение перед публикацией. Обязательные поля нужно заполнить.
moderation-form-has-errors = Некоторые поля нужно исправить. Каждая проблема описана рядом с её полем.
moderation-section-texts = Тексты на каждом языке
moderation-section-facts = Темы, языки и стоимость
moderation-section-hours = Часы работы
moderation-section-contact = Контакты и источник
moderation-section-places = Места
moderation-field-name = Название
moderation-field-description = Описание
moderation-field-eligibility = Кто может воспользоваться
moderation-field-application = Как обратиться
moderation-field-languages-note = Примечание о языках
moderation-field-cost-note = Примечание о стоимости
moderation-field-hours-note = Примечание о часах работы
moderation-field-opening-hours = Часы работы
moderation-field-topics = Темы
moderation-field-languages = Языки, на которых говорит персонал
moderation-field-languages-hint = Отметьте каждый язык, на котором могут обслужить посетителя.
moderation-field-free = Стоимость
moderation-free-yes = Бесплатно
moderation-free-no = Платно
moderation-free-unknown = Неизвестно
moderation-hours-from = Какие часы сохранить
moderation-hours-from-week = Дни недели выше
moderation-hours-from-text = Запись ниже
moderation-field-email = Адрес электронной почты
moderation-field-website = Сайт
moderation-field-source = Откуда эта информация (веб-страница)
moderation-field-phone = Номер телефона
moderation-field-phone-note = Примечание к телефону
moderation-phone-legend = Телефон { $number }
moderation-field-address = Улица и номер
moderation-field-postal-code = Почтовый индекс
moderation-field-city = Населённый пункт
moderation-field-municipality = Гмина
moderation-field-accessibility = Доступность
moderation-place-legend = Место { $number }
moderation-submit = Отправить на проверку
moderation-error-nothing-changed = Ничего не изменено, поэтому отправлять нечего.
moderation-error-changed-meanwhile = Эта услуга изменилась после того, как вы открыли форму (редакцией или утверждённым изменением). Проверьте каждое поле по актуальным данным и отправьте ещё раз.
moderation-error-free = Выберите: бесплатно, платно или неизвестно.
moderation-error-topics = Выберите темы из списка.
moderation-error-languages = Выберите языки из списка.
moderation-error-hours = Не удаётся прочитать часы работы: ошибка у символа { $column }. Запишите их так: Mo-Fr 08:00-16:00; PH off
moderation-error-hours-unknown = Не удаётся прочитать часы работы. Запишите их так: Mo-Fr 08:00-16:00; PH off
moderation-error-email = Это не адрес электронной почты, который можно использовать (например: office@example.org).
moderation-error-url = Укажите полный адрес, начинающийся с https://
moderation-error-source-required = Укажите веб-страницу (https://), откуда эта информация.
moderation-error-week-missing = Укажите время открытия и время закрытия.
moderation-error-week-overlap = Два промежутка пересекаются: второй должен начинаться после конца первого.
moderation-error-week-same = Время закрытия должно отличаться от времени открытия.
moderation-error-week-time = Запишите время так: 08:00.
moderation-error-too-many = Форма вмещает не более 20 телефонов и 20 мест.
moderation-error-phone = Это не номер телефона, который можно использовать (например: +48 58 123 45 67).
moderation-error-place-required = Для места нужны улица и населённый пункт.
moderation-error-municipality = Выберите гмину, в которой находится место.
moderation-error-postal-code = Запишите почтовый индекс так: 80-001.
moderation-error-text-language = Этого языка нет на портале.
moderation-error-name-required = Напишите название на языке: { $language }.
moderation-error-name-id = Название должно содержать латинские буквы или цифры: из них образуется адрес услуги.
moderation-error-file = Запись в целом не прошла бы проверку портала. Технические подробности: { $detail }
moderation-verify-failed-title = Не сохранено
moderation-verify-failed-text = Сейчас не удалось сохранить дату. Попробуйте позже; если это повторяется, напишите в редакцию.
moderation-review-title = Изменения на проверку
moderation-review-caption = Ожидающие изменения, от самых старых
moderation-review-empty = Ничего не ждёт проверки.
moderation-col-number = Номер
moderation-col-service = Услуга
moderation-col-by = Отправил(а)
moderation-col-age = Отправлено
moderation-new-service = новая услуга
moderation-age-days = { $count ->
    [one] { $count } день назад
    [few] { $count } дня назад
    [many] { $count } дней назад
   *[other] { $count } дня назад
}
moderation-item-title = Изменение № { $number }
moderation-changes-caption = Что меняется: каждое поле до и после
moderation-col-field = Поле
moderation-col-before = До
moderation-col-after = После
moderation-decision-title = Решение
moderation-reason = Пояснение (обязательно при отклонении; организация его прочитает)
moderation-reason-hint = Напишите, что исправить, понятными для организации словами.
moderation-approve = Утвердить и опубликовать
moderation-reject = Отклонить
moderation-back-to-review = Назад к изменениям на проверку
moderation-decided-title = Решение уже принято
moderation-decided-text = Другой редактор уже принял решение по этому изменению.
moderation-reason-required = Укажите причину отклонения: организация должна знать, что исправить.
moderation-reason-too-long = Пояснение слишком длинное: не более { $max } символов.
moderation-decision-required = Выберите: утвердить или отклонить.
moderation-conflict = Файл услуги изменился после этого предложения, в полях: { $fields }. Ничего не записано. Попросите организацию отправить изменение ещё раз с актуальной страницы.
moderation-apply-failed = Изменение не удалось записать, ничего не записано: { $detail }
