# تعدّل المنظمات الخدمات وتقترحها، ويراجعها المحررون (/account/services/…، /account/review).
moderation-edit = تعديل
moderation-edit-label = تعديل { $id }
moderation-edit-title = تعديل الخدمة
moderation-new-title = اقتراح خدمة جديدة
moderation-still-correct = ما زالت صحيحة
moderation-still-correct-label = { $id }: ما زالت صحيحة
moderation-state-pending = تعديلك بانتظار المحرر.
moderation-state-rejected = لم يُقبل تعديلك.
moderation-state-reason = سبب المحرر:
moderation-proposals-title = الخدمات المقترحة
moderation-pending-count = { $count ->
    [zero] لا شيء بالانتظار
    [one] واحد بالانتظار
    [two] اثنان بالانتظار
    [few] { $count } بالانتظار
    [many] { $count } بالانتظار
   *[other] { $count } بالانتظار
}
moderation-form-intro = يراجع المحررون كل تعديل قبل نشره. يجب ملء الحقول المطلوبة.
moderation-form-has-errors = بعض الحقول تحتاج إلى تصحيح. كل مشكلة معروضة بجانب حقلها.
moderation-section-texts = النصوص بكل لغة
moderation-section-facts = المواضيع واللغات والتكلفة
moderation-section-hours = ساعات العمل
moderation-section-contact = الاتصال والمصدر
moderation-section-places = الأماكن
moderation-field-name = الاسم
moderation-field-description = الوصف
moderation-field-eligibility = من يمكنه الاستفادة
moderation-field-application = كيفية التقديم
moderation-field-languages-note = ملاحظة عن اللغات
moderation-field-cost-note = ملاحظة عن التكلفة
moderation-field-hours-note = ملاحظة عن ساعات العمل
moderation-field-opening-hours = ساعات العمل
moderation-field-topics = المواضيع
moderation-field-languages = اللغات التي يتحدثها الموظفون
moderation-field-languages-hint = اختر كل لغة يمكن خدمة الزائر بها.
moderation-field-free = التكلفة
moderation-free-yes = مجانًا
moderation-free-no = بمقابل
moderation-free-unknown = غير معروف
moderation-hours-from = أي ساعات تُحفظ
moderation-hours-from-week = أيام الأسبوع أعلاه
moderation-hours-from-text = الصيغة أدناه
moderation-field-email = عنوان البريد الإلكتروني
moderation-field-website = الموقع الإلكتروني
moderation-field-source = مصدر هذه المعلومات (صفحة ويب)
moderation-field-phone = رقم الهاتف
moderation-field-phone-note = ملاحظة عن الهاتف
moderation-phone-legend = الهاتف { $number }
moderation-field-address = الشارع والرقم
moderation-field-postal-code = الرمز البريدي
moderation-field-city = المدينة
moderation-field-municipality = البلدية
moderation-field-accessibility = إمكانية الوصول
moderation-place-legend = المكان { $number }
moderation-submit = إرسال للمراجعة
moderation-error-nothing-changed = لم يتغير شيء، فلا يوجد ما يُرسل.
moderation-error-changed-meanwhile = تغيّرت هذه الخدمة منذ فتحت النموذج (بواسطة المحررين أو تعديل تمت الموافقة عليه). راجع كل حقل مع المعلومات الحالية ثم أرسل مجددًا.
moderation-error-free = اختر: مجانًا أو بمقابل أو غير معروف.
moderation-error-topics = اختر المواضيع من القائمة.
moderation-error-languages = اختر اللغات من القائمة.
moderation-error-hours = تعذّرت قراءة ساعات العمل: المشكلة عند الحرف { $column }. اكتبها هكذا: Mo-Fr 08:00-16:00; PH off
moderation-error-hours-unknown = تعذّرت قراءة ساعات العمل. اكتبها هكذا: Mo-Fr 08:00-16:00; PH off
moderation-error-email = هذا ليس عنوان بريد إلكتروني يمكن استخدامه (مثلًا: office@example.org).
moderation-error-url = اكتب عنوانًا كاملًا يبدأ بـ https://
moderation-error-source-required = اكتب صفحة الويب (https://) التي جاءت منها هذه المعلومات.
moderation-error-week-missing = اكتب وقت الفتح ووقت الإغلاق.
moderation-error-week-overlap = الفترتان متداخلتان: يجب أن تبدأ الثانية بعد انتهاء الأولى.
moderation-error-week-same = يجب أن يختلف وقت الإغلاق عن وقت الفتح.
moderation-error-week-time = اكتب الوقت هكذا: 08:00.
moderation-error-too-many = يتسع النموذج لعشرين هاتفًا وعشرين مكانًا على الأكثر.
moderation-error-phone = هذا ليس رقم هاتف يمكن استخدامه (مثلًا: +48 58 123 45 67).
moderation-error-place-required = يحتاج المكان إلى الشارع والمدينة.
moderation-error-municipality = اختر البلدية التي يقع فيها المكان.
moderation-error-postal-code = اكتب الرمز البريدي هكذا: 80-001.
moderation-error-text-language = هذه اللغة ليست من لغات البوابة.
moderation-error-name-required = اكتب الاسم باللغة: { $language }.
moderation-error-name-id = يجب أن يحتوي الاسم على حروف لاتينية أو أرقام: منها يُكوَّن عنوان الخدمة.
moderation-error-file = لن يجتاز الإدخال ككل فحص البوابة. التفاصيل التقنية: { $detail }
moderation-verify-failed-title = لم يُحفظ
moderation-verify-failed-text = تعذّر حفظ التاريخ الآن. حاول لاحقًا؛ وإذا تكرر ذلك فاكتب إلى المحررين.
moderation-review-title = تعديلات للمراجعة
moderation-review-caption = التعديلات المنتظرة، الأقدم أولًا
moderation-review-empty = لا شيء ينتظر المراجعة.
moderation-col-number = الرقم
moderation-col-service = الخدمة
moderation-col-by = أرسله
moderation-col-age = أُرسل
moderation-new-service = خدمة جديدة
moderation-age-days = { $count ->
    [zero] اليوم
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $count } أيام
    [many] قبل { $count } يومًا
   *[other] قبل { $count } يوم
}
moderation-item-title = التعديل رقم { $number }
moderation-changes-caption = ما الذي يتغير: كل حقل قبل وبعد
moderation-col-field = الحقل
moderation-col-before = قبل
moderation-col-after = بعد
moderation-decision-title = القرار
moderation-reason = السبب (مطلوب عند الرفض؛ ستقرؤه المنظمة)
moderation-reason-hint = اكتب ما يجب تصحيحه بكلمات تفهمها المنظمة.
moderation-approve = الموافقة والنشر
moderation-reject = رفض
moderation-back-to-review = العودة إلى التعديلات للمراجعة
moderation-decided-title = تم القرار بالفعل
moderation-decided-text = اتخذ محرر آخر قرارًا بشأن هذا التعديل بالفعل.
moderation-reason-required = اكتب سبب الرفض: يجب أن تعرف المنظمة ما تصححه.
moderation-reason-too-long = السبب طويل جدًا: { $max } حرفًا على الأكثر.
moderation-decision-required = اختر: الموافقة أو الرفض.
moderation-conflict = تغيّر ملف الخدمة منذ هذا الاقتراح، في الحقول: { $fields }. لم يُكتب شيء. اطلب من المنظمة إرسال التعديل مجددًا من الصفحة الحالية.
moderation-apply-failed = تعذّرت كتابة التعديل، ولم يُكتب شيء: { $detail }
