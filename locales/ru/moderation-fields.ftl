# Поля формы услуги на странице проверки изменений и ошибка недели (src/web/account/field_labels.rs).
moderation-field-in-language = { $field } ({ $language })
moderation-field-in-group = { $group }: { $field }
moderation-error-week-closed-and-hours = Вы отметили «Закрыто» и одновременно указали часы: снимите отметку «Закрыто» или удалите часы.
