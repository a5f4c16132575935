# Поля форми послуги на сторінці перевірки змін і помилка тижня (src/web/account/field_labels.rs).
moderation-field-in-language = { $field } ({ $language })
moderation-field-in-group = { $group }: { $field }
moderation-error-week-closed-and-hours = Ви позначили «Зачинено» і водночас вказали години: зніміть позначку «Зачинено» або видаліть години.
