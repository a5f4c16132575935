# სერვისის ფორმის ველები ცვლილებების შემოწმების გვერდზე და კვირის შეცდომა (src/web/account/field_labels.rs).
moderation-field-in-language = { $field } ({ $language })
moderation-field-in-group = { $group }: { $field }
moderation-error-week-closed-and-hours = თქვენ მონიშნეთ „დაკეტილია“ და ამავდროულად მიუთითეთ საათები: მოხსენით მონიშვნა „დაკეტილია“ ან წაშალეთ საათები.
