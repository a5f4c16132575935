# Pola formularza usługi nazwane na stronie sprawdzania zmian i błąd tygodnia (src/web/account/field_labels.rs).
moderation-field-in-language = { $field } ({ $language })
moderation-field-in-group = { $group }: { $field }
moderation-error-week-closed-and-hours = Zaznaczono „Nieczynne”, a podano też godziny: odznacz „Nieczynne” albo usuń godziny.
