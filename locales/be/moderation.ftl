# Арганізацыі змяняюць і прапануюць паслугі; рэдакцыя правярае (/account/services/…, /account/review).
moderation-edit = Змяніць
moderation-edit-label = Змяніць { $id }
moderation-edit-title = Змена паслугі
moderation-new-title = Прапанаваць новую паслугу
moderation-still-correct = Усё яшчэ актуальна
moderation-still-correct-label = { $id }: усё яшчэ актуальна
moderation-state-pending = Ваша змена чакае рэдакцыю.
moderation-state-rejected = Вашу змену не прынялі.
moderation-state-reason = Тлумачэнне рэдакцыі:
moderation-proposals-title = Прапанаваныя паслугі
moderation-pending-count = { $count ->
    [one] { $count } чакае
    [few] { $count } чакаюць
    [many] { $count } чакаюць
   *[other] { $count } чакае
}
moderation-form-intro = Рэдакцыя правярае кожную змену перад публікацыяй. Абавязковыя палі трэба запоўніць.
moderation-form-has-errors = Некаторыя палі трэба выправіць. Кожная праблема апісана побач з яе полем.
moderation-section-texts = Тэксты на кожнай мове
moderation-section-facts = Тэмы, мовы і кошт
moderation-section-hours = Гадзіны працы
moderation-section-contact = Кантакты і крыніца
moderation-section-places = Месцы
moderation-field-name = Назва
moderation-field-description = Апісанне
moderation-field-eligibility = Хто можа скарыстацца
moderation-field-application = Як звярнуцца
moderation-field-languages-note = Заўвага пра мовы
moderation-field-cost-note = Заўвага пра кошт
moderation-field-hours-note = Заўвага пра гадзіны працы
moderation-field-opening-hours = Гадзіны працы
moderation-field-topics = Тэмы
moderation-field-languages = Мовы, якімі размаўляе персанал
moderation-field-languages-hint = Адзначце кожную мову, на якой могуць абслужыць наведвальніка.
moderation-field-free = Кошт
moderation-free-yes = Бясплатна
moderation-free-no = Платна
moderation-free-unknown = Невядома
moderation-hours-from = Якія гадзіны захаваць
moderation-hours-from-week = Дні тыдня вышэй
moderation-hours-from-text = Запіс ніжэй
moderation-field-email = Адрас электроннай пошты
moderation-field-website = Сайт
moderation-field-source = Адкуль гэтая інфармацыя (вэб-старонка)
moderation-field-phone = Нумар тэлефона
moderation-field-phone-note = Заўвага да тэлефона
moderation-phone-legend = Тэлефон { $number }
moderation-field-address = Вуліца і нумар
moderation-field-postal-code = Паштовы індэкс
moderation-field-city = Населены пункт
moderation-field-municipality = Гміна
moderation-field-accessibility = Даступнасць
moderation-place-legend = Месца { $number }
moderation-submit = Адправіць на праверку
moderation-error-nothing-changed = Нічога не зменена, таму няма чаго адпраўляць.
moderation-error-changed-meanwhile = Гэтая паслуга змянілася пасля таго, як вы адкрылі форму (рэдакцыяй або зацверджанай зменай). Праверце кожнае поле па актуальных даных і адпраўце яшчэ раз.
moderation-error-free = Выберыце: бясплатна, платна або невядома.
moderation-error-topics = Выберыце тэмы са спіса.
moderation-error-languages = Выберыце мовы са спіса.
moderation-error-hours = Не ўдаецца прачытаць гадзіны працы: памылка каля знака { $column }. Запішыце іх так: Mo-Fr 08:00-16:00; PH off
moderation-error-hours-unknown = Не ўдаецца прачытаць гадзіны працы. Запішыце іх так: Mo-Fr 08:00-16:00; PH off
moderation-error-email = Гэта не адрас электроннай пошты, які можна выкарыстаць (напрыклад: office@example.org).
moderation-error-url = Пазначце поўны адрас, які пачынаецца з https://
moderation-error-source-required = Пазначце вэб-старонку (https://), адкуль гэтая інфармацыя.
moderation-error-week-missing = Пазначце час адкрыцця і час закрыцця.
moderation-error-week-overlap = Два прамежкі перакрываюцца: другі павінен пачынацца пасля канца першага.
moderation-error-week-same = Час закрыцця павінен адрознівацца ад часу адкрыцця.
moderation-error-week-time = Запішыце час так: 08:00.
moderation-error-too-many = Форма змяшчае не больш за 20 тэлефонаў і 20 месцаў.
moderation-error-phone = Гэта не нумар тэлефона, які можна выкарыстаць (напрыклад: +48 58 123 45 67).
moderation-error-place-required = Для месца патрэбныя вуліца і населены пункт.
moderation-error-municipality = Выберыце гміну, у якой знаходзіцца месца.
moderation-error-postal-code = Запішыце паштовы індэкс так: 80-001.
moderation-error-text-language = Гэтай мовы няма на партале.
moderation-error-name-required = Напішыце назву на мове: { $language }.
moderation-error-name-id = Назва павінна мець лацінскія літары або лічбы: з іх утвараецца адрас паслугі.
moderation-error-file = Запіс у цэлым не прайшоў бы праверку партала. Тэхнічныя падрабязнасці: { $detail }
moderation-verify-failed-title = Не захавана
moderation-verify-failed-text = Зараз не ўдалося захаваць дату. Паспрабуйце пазней; калі гэта паўтараецца, напішыце ў рэдакцыю.
moderation-review-title = Змены на праверку
moderation-review-caption = Змены, якія чакаюць, ад самых старых
moderation-review-empty = Нічога не чакае праверкі.
moderation-col-number = Нумар
moderation-col-service = Паслуга
moderation-col-by = Адправіў(ла)
moderation-col-age = Адпраўлена
moderation-new-service = новая паслуга
moderation-age-days = { $count ->
    [one] { $count } дзень таму
    [few] { $count } дні таму
    [many] { $count } дзён таму
   *[other] { $count } дня таму
}
moderation-item-title = Змена № { $number }
moderation-changes-caption = Што змяняецца: кожнае поле да і пасля
moderation-col-field = Поле
moderation-col-before = Да
moderation-col-after = Пасля
moderation-decision-title = Рашэнне
moderation-reason = Тлумачэнне (абавязковае пры адхіленні; арганізацыя яго прачытае)
moderation-reason-hint = Напішыце, што выправіць, зразумелымі для арганізацыі словамі.
moderation-approve = Зацвердзіць і апублікаваць
moderation-reject = Адхіліць
moderation-back-to-review = Назад да змен на праверку
moderation-decided-title = Рашэнне ўжо прынята
moderation-decided-text = Іншы рэдактар ужо прыняў рашэнне пра гэтую змену.
moderation-reason-required = Пазначце прычыну адхілення: арганізацыя павінна ведаць, што выправіць.
moderation-reason-too-long = Тлумачэнне занадта доўгае: не больш за { $max } знакаў.
moderation-decision-required = Выберыце: зацвердзіць або адхіліць.
moderation-conflict = Файл паслугі змяніўся пасля гэтай прапановы, у палях: { $fields }. Нічога не запісана. Папрасіце арганізацыю адправіць змену яшчэ раз з актуальнай старонкі.
moderation-apply-failed = Змену не ўдалося запісаць, нічога не запісана: { $detail }
