# Організації змінюють і пропонують послуги; редакція перевіряє (/account/services/…, /account/review).
moderation-edit = Змінити
moderation-edit-label = Змінити { $id }
moderation-edit-title = Зміна послуги
moderation-new-title = Запропонувати нову послугу
moderation-still-correct = Досі актуально
moderation-still-correct-label = { $id }: досі актуально
moderation-state-pending = Ваша зміна чекає на редакцію.
moderation-state-rejected = Вашу зміну не прийнято.
moderation-state-reason = Пояснення редакції:
moderation-proposals-title = Запропоновані послуги
moderation-pending-count = { $count ->
    [one] { $count } чекає
    [few] { $count } чекають
    [many] { $count } чекають
   *[other] { $count } чекає
}
moderation-form-intro = Редакція перевіряє кожну зміну перед публікацією. Обов'язкові поля треба заповнити.
moderation-form-has-errors = Деякі поля треба виправити. Кожну проблему описано біля її поля.
moderation-section-texts = Тексти кожною мовою
moderation-section-facts = Теми, мови та вартість
moderation-section-hours = Години роботи
moderation-section-contact = Контакти та джерело
moderation-section-places = Місця
moderation-field-name = Назва
moderation-field-description = Опис
moderation-field-eligibility = Хто може скористатися
moderation-field-application = Як звернутися
moderation-field-languages-note = Примітка про мови
moderation-field-cost-note = Примітка про вартість
moderation-field-hours-note = Примітка про години роботи
moderation-field-opening-hours = Години роботи
moderation-field-topics = Теми
moderation-field-languages = Мови, якими говорить персонал
moderation-field-languages-hint = Позначте кожну мову, якою можуть обслужити відвідувача.
moderation-field-free = Вартість
moderation-free-yes = Безкоштовно
moderation-free-no = Платно
moderation-free-unknown = Невідомо
moderation-hours-from = Які години зберегти
moderation-hours-from-week = Дні тижня вище
moderation-hours-from-text = Запис нижче
moderation-field-email = Адреса електронної пошти
moderation-field-website = Вебсайт
moderation-field-source = Звідки ця інформація (вебсторінка)
moderation-field-phone = Номер телефону
moderation-field-phone-note = Примітка до телефону
moderation-phone-legend = Телефон { $number }
moderation-field-address = Вулиця та номер
moderation-field-postal-code = Поштовий індекс
moderation-field-city = Населений пункт
moderation-field-municipality = Гміна
moderation-field-accessibility = Доступність
moderation-place-legend = Місце { $number }
moderation-submit = Надіслати на перевірку
moderation-error-nothing-changed = Нічого не змінено, тож нічого надсилати.
moderation-error-changed-meanwhile = Цю послугу змінено після того, як ви відкрили форму (редакцією або затвердженою зміною). Перевірте кожне поле з актуальними даними й надішліть ще раз.
moderation-error-free = Виберіть: безкоштовно, платно або невідомо.
moderation-error-topics = Виберіть теми зі списку.
moderation-error-languages = Виберіть мови зі списку.
moderation-error-hours = Не вдається прочитати години роботи: помилка біля символу { $column }. Запишіть їх так: Mo-Fr 08:00-16:00; PH off
moderation-error-hours-unknown = Не вдається прочитати години роботи. Запишіть їх так: Mo-Fr 08:00-16:00; PH off
moderation-error-email = Це не адреса електронної пошти, яку можна використати (наприклад: office@example.org).
moderation-error-url = Вкажіть повну адресу, що починається з https://
moderation-error-source-required = Вкажіть вебсторінку (https://), звідки ця інформація.
moderation-error-week-missing = Вкажіть час відкриття і час закриття.
moderation-error-week-overlap = Два проміжки перетинаються: другий має починатися після кінця першого.
moderation-error-week-same = Час закриття має відрізнятися від часу відкриття.
moderation-error-week-time = Запишіть час так: 08:00.
moderation-error-too-many = Форма вміщує не більше 20 телефонів і 20 місць.
moderation-error-phone = Це не номер телефону, який можна використати (наприклад: +48 58 123 45 67).
moderation-error-place-required = Для місця потрібні вулиця і населений пункт.
moderation-error-municipality = Виберіть гміну, де розташоване місце.
moderation-error-postal-code = Запишіть поштовий індекс так: 80-001.
moderation-error-text-language = Цієї мови немає на порталі.
moderation-error-name-required = Напишіть назву мовою: { $language }.
moderation-error-name-id = Назва має містити латинські літери або цифри: з них утворюється адреса послуги.
moderation-error-file = Запис загалом не пройшов би перевірку порталу. Технічні подробиці: { $detail }
moderation-verify-failed-title = Не збережено
moderation-verify-failed-text = Зараз не вдалося зберегти дату. Спробуйте пізніше; якщо це повторюється, напишіть редакції.
moderation-review-title = Зміни на перевірку
moderation-review-caption = Зміни, що чекають, від найстаріших
moderation-review-empty = Нічого не чекає на перевірку.
moderation-col-number = Номер
moderation-col-service = Послуга
moderation-col-by = Надіслав(ла)
moderation-col-age = Надіслано
moderation-new-service = нова послуга
moderation-age-days = { $count ->
    [one] { $count } день тому
    [few] { $count } дні тому
    [many] { $count } днів тому
   *[other] { $count } дня тому
}
moderation-item-title = Зміна № { $number }
moderation-changes-caption = Що змінюється: кожне поле до і після
moderation-col-field = Поле
moderation-col-before = До
moderation-col-after = Після
moderation-decision-title = Рішення
moderation-reason = Пояснення (обов'язкове при відхиленні; організація його прочитає)
moderation-reason-hint = Напишіть, що виправити, зрозумілими для організації словами.
moderation-approve = Затвердити й опублікувати
moderation-reject = Відхилити
moderation-back-to-review = Назад до змін на перевірку
moderation-decided-title = Рішення вже ухвалено
moderation-decided-text = Інший редактор уже ухвалив рішення щодо цієї зміни.
moderation-reason-required = Вкажіть причину відхилення: організація має знати, що виправити.
moderation-reason-too-long = Пояснення задовге: не більше { $max } символів.
moderation-decision-required = Виберіть: затвердити або відхилити.
moderation-conflict = Файл послуги змінився після цієї пропозиції, у полях: { $fields }. Нічого не записано. Попросіть організацію надіслати зміну ще раз з актуальної сторінки.
moderation-apply-failed = Зміну не вдалося записати, нічого не записано: { $detail }
