# صفحات المحررين في /account/: حالة الترجمات، والخدمات غير المحدّثة، وما يقوله الزوار.
editor-nav-review = قائمة المراجعة
editor-percent = { $percent }٪

editor-insight-title = ما يقوله الزوار
editor-insight-intro = إجابات على «هل كانت هذه الصفحة مفيدة؟»، والتعليقات، وعمليات البحث بلا نتائج، وطلبات الترجمة. لا شيء هنا يكشف هوية الزائر.
editor-insight-period-title = الفترة
editor-insight-month = الشهر
editor-insight-month-hint = بالصيغة YYYY-MM، مثلًا 2026-11.
editor-insight-show = اعرض
editor-insight-between = أو من يوم إلى يوم (يمكن ترك أي حقل فارغًا)
editor-insight-since = من (YYYY-MM-DD)
editor-insight-until = إلى (YYYY-MM-DD)
editor-insight-period-between = المعروض: من { $since } إلى { $until }.
editor-insight-period-since = المعروض: من { $since }.
editor-insight-period-until = المعروض: حتى { $until }.
editor-insight-period-all = المعروض: كل الوقت المسجَّل.
editor-insight-csv = نزّل بصيغة CSV (مثل witaj insight --format csv)
editor-insight-problem-month = «{ $value }» ليس شهرًا. اكتبه بالصيغة YYYY-MM، مثلًا 2026-11.
editor-insight-problem-day = «{ $value }» ليس تاريخًا. اكتبه بالصيغة YYYY-MM-DD، مثلًا 2026-11-30.
editor-insight-problem-reversed = تبدأ الفترة ({ $since }) بعد نهايتها ({ $until }).
editor-insight-problem-both = اختر إما شهرًا وإما يومَي البداية والنهاية، لا الاثنين معًا.
editor-insight-none = لا شيء في هذه الفترة.
editor-insight-pages-title = هل كانت هذه الصفحة مفيدة؟
editor-insight-pages-caption = الإجابات حسب الصفحة واللغة، الأقل فائدة أولًا
editor-insight-pages-caption-answers = الإجابات حسب الصفحة واللغة، الأكثر إجابات أولًا
editor-insight-sort = ترتيب الصفحات
editor-insight-sort-useful = الأقل فائدة أولًا
editor-insight-sort-answers = الأكثر إجابات أولًا
editor-insight-col-page = الصفحة
editor-insight-col-lang = اللغة
editor-insight-col-yes = نعم
editor-insight-col-no = لا
editor-insight-col-share = مفيدة
editor-insight-comments-title = التعليقات
editor-insight-comments-intro = ما كتبه الزوار بعد «لا»، الأحدث أولًا. حُذفت عناوين البريد الإلكتروني والأرقام الطويلة قبل الحفظ.
editor-insight-comments-none = لا توجد تعليقات مفتوحة في هذه الفترة.
editor-insight-mark-handled = علِّم كمُعالَج
editor-insight-mark-handled-label = علِّم كمُعالَج: تعليق { $day } على الصفحة { $page }
editor-insight-handled-title = المُعالَجة
editor-insight-handled-by = عالجه { $who }، { $when }
editor-insight-gaps-title = عمليات بحث بلا نتائج
editor-insight-gaps-caption = عمليات بحث بلا نتائج: { $lang }
editor-insight-col-query = البحث
editor-insight-col-count = عدد المرات
editor-insight-col-first = أول مرة
editor-insight-col-last = آخر مرة
editor-insight-demand-title = طلبات الترجمة
editor-insight-demand-caption = «أحتاج هذا بلغتي» حسب الدليل واللغة، الأكثر طلبًا أولًا
editor-insight-col-guide = الدليل
editor-insight-col-asked = الطلبات
editor-insight-trend-title = حسب الشهر
editor-insight-trend-caption = الإجابات والتعليقات وطلبات الترجمة في كل شهر
editor-insight-col-month = الشهر
editor-insight-col-comments = التعليقات

editor-status-title = حالة الترجمات
editor-status-intro = كل دليل بكل لغة، كما يعرضه witaj status. تُحسب الأعمار حتى { $today }.
editor-status-matrix-title = الأدلة واللغات
editor-status-matrix-caption = ترجمة كل دليل إلى كل لغة؛ الرابط يفتح تلك الصفحة
editor-status-col-guide = الدليل
editor-status-col-language = اللغة
editor-status-source = الأصل
editor-status-current = محدَّثة
editor-status-outdated = قديمة
editor-status-missing = غير موجودة
editor-status-outdated-days = قديمة، { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
editor-status-completeness-title = الاكتمال
editor-status-completeness-caption = الأدلة في كل لغة
editor-status-col-guides-percent = من الأدلة
editor-status-col-words-percent = من الكلمات
editor-status-work-title = العمل لكل لغة
editor-status-work-intro = أولًا ما طلبه القراء، ثم أولوية الدليل وموضوعه، كما في witaj status --lang.
editor-status-work-none = لا شيء للقيام به: كل الأدلة محدَّثة.
editor-status-words = { $count ->
    [zero] { $count } كلمة
    [one] كلمة واحدة
    [two] كلمتان
    [few] { $count } كلمات
    [many] { $count } كلمة
   *[other] { $count } كلمة
}
editor-status-asked = { $count ->
    [zero] { $count } طلب
    [one] طلب واحد
    [two] طلبان
    [few] { $count } طلبات
    [many] { $count } طلبًا
   *[other] { $count } طلب
}

editor-stale-title = خدمات غير محدّثة
editor-stale-intro = خدمات لم يؤكدها أحد منذ { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
}، الأقدم أولًا، كما يسردها witaj stale. اطلب من منظماتها التحقق منها.
editor-stale-caption = { $count ->
    [zero] لا توجد خدمات غير مؤكدة
    [one] خدمة واحدة غير مؤكدة
    [two] خدمتان غير مؤكدتين
    [few] { $count } خدمات غير مؤكدة
    [many] { $count } خدمة غير مؤكدة
   *[other] { $count } خدمة غير مؤكدة
}
editor-stale-col-service = الخدمة
editor-stale-col-organisation = المنظمة
editor-stale-col-verified = آخر تحقق
editor-stale-none = تم التحقق من كل خدمة خلال { $months ->
    [zero] { $months } شهر
    [one] الشهر الأخير
    [two] الشهرين الأخيرين
    [few] الأشهر { $months } الأخيرة
    [many] الـ{ $months } شهرًا الأخيرة
   *[other] الـ{ $months } شهر الأخيرة
}.
