# حقول نموذج الخدمة كما تسمّيها صفحة مراجعة التغييرات، وخطأ في جدول الأسبوع (src/web/account/field_labels.rs).
moderation-field-in-language = { $field } ({ $language })
moderation-field-in-group = { $group }: { $field }
moderation-error-week-closed-and-hours = اخترت «مغلق» وكتبت ساعات أيضًا: ألغِ اختيار «مغلق» أو احذف الساعات.
