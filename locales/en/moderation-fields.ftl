# Service form fields as the review page names them, and a week editor error (src/web/account/field_labels.rs).
moderation-field-in-language = { $field } ({ $language })
moderation-field-in-group = { $group }: { $field }
moderation-error-week-closed-and-hours = You ticked “Closed” and also gave hours: untick “Closed” or clear the hours.
