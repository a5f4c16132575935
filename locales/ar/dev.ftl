## serve --watch: the banner shown while the last change could not be loaded
dev-banner-title = لم يُحمَّل التغيير الأخير
dev-banner-text = لا تزال البوابة تعرض النسخة السابقة. صحّح الأخطاء المذكورة أدناه واحفظ الملف مرة أخرى، وستُحدَّث هذه الصفحة تلقائيًا.
dev-banner-errors =
    { $count ->
        [zero] لا أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $count } أخطاء
        [many] { $count } خطأً
       *[other] { $count } خطأ
    }
