# Interface strings of the portal, Arabic (Modern Standard Arabic).
# Every language has the same message ids as the Polish source, in locales/<lang>/portal.ftl.
# Plurals use the language's CLDR categories (Arabic: zero, one, two, few, many, other).

site-name = Witaj
site-tagline = معلومات للأجانب في غدانسك وغدينيا وسوبوت ومنطقة بوميرانيا

## Navigation
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-topics = المواضيع
language-switcher-label = لغة الصفحة
breadcrumb-label = أنت هنا

## Home page
home-title = معلومات للقادمين إلى منطقة بوميرانيا
home-intro = أدلة عملية حول الوثائق والعمل وتعلم اللغة البولندية والمدرسة والصحة والمساعدة، بلغتك. يذكر كل دليل مصادره الرسمية.
home-topics-heading = المواضيع
home-guides-heading = جميع الأدلة
home-emergency = هل هناك خطر على الحياة أو الصحة أو الممتلكات؟ اتصل برقم الطوارئ:

## Topics
topic-documents = الوثائق والإقامة
topic-work = العمل
topic-polish-courses = دورات اللغة البولندية
topic-education = المدرسة والتعليم
topic-health = الصحة
topic-legal-aid = المساعدة القانونية
topic-social-help = المساعدة الاجتماعية
topic-housing = السكن
topic-safety = السلامة والطوارئ
topic-daily-life = الحياة اليومية
topic-community = المجتمع والثقافة
topic-empty = لا توجد أدلة حول هذا الموضوع بعد.

## Counts
guides-count =
    { $count ->
        [zero] لا توجد أدلة
        [one] دليل واحد
        [two] دليلان
        [few] { $count } أدلة
        [many] { $count } دليلًا
       *[other] { $count } دليل
    }
services-count =
    { $count ->
        [zero] لا توجد خدمات
        [one] خدمة واحدة
        [two] خدمتان
        [few] { $count } خدمات
        [many] { $count } خدمةً
       *[other] { $count } خدمة
    }

## Guide pages
guide-updated = آخر تحديث: { $date }
guide-reviewed = تمت مراجعته استنادًا إلى المصادر: { $date }
guide-sources-heading = المصادر الرسمية
guide-toc-heading = في هذه الصفحة
guide-topics-label = المواضيع
external-link = موقع خارجي

## Translation notices
notice-fallback = هذا الدليل غير متوفر باللغة العربية بعد. نعرضه أدناه بلغة أخرى.
notice-shown-in = لغة العرض:
notice-available-in = هذا الدليل متوفر باللغات التالية:
notice-outdated = تغيّر النص البولندي الأصلي لهذا الدليل منذ إعداد الترجمة. قد تكون هذه الترجمة غير محدّثة.
notice-outdated-link = اقرأ النص الأصلي الحالي

## Errors
error-404-title = الصفحة غير موجودة
error-404-text = الصفحة التي تبحث عنها غير موجودة أو نُقلت إلى مكان آخر.
error-home-link = الانتقال إلى الصفحة الرئيسية
error-languages-heading = اختر اللغة
error-500-title = خطأ في الخادم
error-500-text = حدث خطأ ما من جهتنا. يرجى المحاولة مرة أخرى بعد قليل.

## Footer
footer-sources = تستند المعلومات الواردة في هذا الموقع إلى المصادر الرسمية المذكورة مع كل دليل. للاستفسار عن حالتك الفردية، تواصل مع الجهة الرسمية المختصة.

## Dates: month names in the form used inside a date ("23 نوفمبر 2026")
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-format = { $day } { $month } { $year }

## Accessibility statement (deklaracja dostępności), on the ministry's template
footer-accessibility = بيان إمكانية الوصول
a11y-title = بيان إمكانية الوصول
a11y-translation-note = ترجمة هذا البيان لأغراض إعلامية فقط؛ والنسخة البولندية هي النسخة المُلزِمة.
a11y-operator-unnamed = الجهة التي تدير هذا الموقع (لم يُذكر اسمها بعد)
a11y-intro = تلتزم بضمان إمكانية الوصول إلى موقعها الإلكتروني وفقًا لأحكام القانون الصادر في 4 أبريل 2019 بشأن إمكانية الوصول الرقمي إلى المواقع الإلكترونية وتطبيقات الهاتف المحمول التابعة للهيئات العامة (ustawa z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych).
a11y-scope-label = ينطبق بيان إمكانية الوصول هذا على:
a11y-scope = الموقع الإلكتروني
a11y-published = تاريخ نشر الموقع الإلكتروني:
a11y-updated = تاريخ آخر تحديث جوهري:
a11y-status-heading = حالة إمكانية الوصول الرقمي
a11y-status-full = الموقع الإلكتروني متوافق مع القانون الصادر في 4 أبريل 2019 بشأن إمكانية الوصول الرقمي إلى المواقع الإلكترونية وتطبيقات الهاتف المحمول التابعة للهيئات العامة.
a11y-status-partial = الموقع الإلكتروني متوافق جزئيًا مع القانون الصادر في 4 أبريل 2019 بشأن إمكانية الوصول الرقمي إلى المواقع الإلكترونية وتطبيقات الهاتف المحمول التابعة للهيئات العامة، بسبب أوجه عدم التوافق أو الاستثناءات المذكورة أدناه.
a11y-status-none = الموقع الإلكتروني غير متوافق مع القانون الصادر في 4 أبريل 2019 بشأن إمكانية الوصول الرقمي إلى المواقع الإلكترونية وتطبيقات الهاتف المحمول التابعة للهيئات العامة.
a11y-issues-heading = المحتوى غير المتاح
a11y-preparation-heading = إعداد بيان إمكانية الوصول
a11y-prepared = تاريخ إعداد البيان:
a11y-reviewed = تاريخ آخر مراجعة وتحديث للبيان:
a11y-assessment-self = أُعِدّ البيان استنادًا إلى تقييم ذاتي أجرته الهيئة العامة.
a11y-assessment-audit = أُعِدّ البيان استنادًا إلى فحص أجرته جهة خارجية:
a11y-keyboard = يمكن استخدام اختصارات لوحة المفاتيح القياسية في المتصفح على هذا الموقع.
a11y-contact-heading = الملاحظات وبيانات الاتصال
a11y-contact-intro = إذا لاحظت مشكلة في إمكانية الوصول إلى هذا الموقع، فتواصل معنا. ويمكنك بالطريقة نفسها أن تطلب الحصول على المعلومات غير المتاحة على الموقع بشكل آخر يسهل الوصول إليه.
a11y-contact-person = الشخص المسؤول عن التواصل:
a11y-email = عنوان البريد الإلكتروني:
a11y-phone = الهاتف:
a11y-not-provided = لم يُحدَّد بعد
a11y-procedure-heading = إجراءات تقديم الطلبات والشكاوى
a11y-procedure-1 = يحق لكل شخص أن يطالب بضمان إمكانية الوصول الرقمي إلى موقع إلكتروني أو تطبيق للهاتف المحمول أو أي عنصر منهما. ويمكن أيضًا المطالبة بتوفير المعلومات بوسيلة وصول بديلة، على سبيل المثال عن طريق قراءة وثيقة لا يمكن الوصول إليها رقميًا، أو وصف محتوى مقطع فيديو لا يتضمن وصفًا صوتيًا، وما إلى ذلك.
a11y-procedure-2 = ينبغي أن يتضمن الطلب بيانات مقدِّم الطلب، وتحديد الموقع الإلكتروني أو تطبيق الهاتف المحمول المعني، ووسيلة التواصل معه. وإذا كان مقدِّم الطلب بحاجة إلى الحصول على المعلومات بوسيلة وصول بديلة، فعليه أيضًا أن يحدد الطريقة التي تناسبه لعرض هذه المعلومات.
a11y-procedure-3 = ينبغي للهيئة العامة تلبية الطلب دون تأخير، وفي موعد لا يتجاوز 7 أيام من تاريخ تقديمه. وإذا تعذّر الالتزام بهذه المهلة، تُبلغ الهيئة العامة مقدِّم الطلب دون تأخير بالموعد الذي يمكن فيه تلبية الطلب، على ألا تتجاوز هذه المهلة شهرين من تاريخ تقديم الطلب. وإذا تعذّر ضمان إمكانية الوصول الرقمي، يجوز للهيئة العامة أن تقترح وسيلة بديلة للوصول إلى المعلومات.
a11y-procedure-4 = إذا رفضت الهيئة العامة تلبية طلب ضمان إمكانية الوصول أو توفير وسيلة بديلة للوصول إلى المعلومات، يجوز لمقدِّم الطلب تقديم شكوى بشأن ضمان إمكانية الوصول الرقمي إلى الموقع الإلكتروني أو تطبيق الهاتف المحمول أو أي عنصر منهما. وبعد استنفاد هذا الإجراء، يمكن أيضًا تقديم طلب إلى مفوض حقوق الإنسان (Rzecznik Praw Obywatelskich).
a11y-ombudsman-link = الموقع الإلكتروني لمفوض حقوق الإنسان
a11y-architecture-heading = إمكانية الوصول إلى المباني
a11y-communication-heading = إمكانية الوصول في مجال التواصل والمعلومات
a11y-apps-heading = تطبيقات الهاتف المحمول
a11y-apps-none = لا توفر الهيئة العامة تطبيقات للهاتف المحمول.

## Directory
# The directory of services: /{lang}/services, one service's page, hours and filters.
nav-services = أين تجد المساعدة
services-title = أين تجد المساعدة
services-intro = مكاتب حكومية ومراكز للمساعدة الاجتماعية واستشارات قانونية مجانية ودورات في اللغة البولندية ومنظمات غير حكومية وخطوط مساعدة في غدانسك وغدينيا وسوبوت وبوميرانيا.
services-none = لا توجد خدمة تستوفي جميع الشروط المختارة. أزل أحد عوامل التصفية لرؤية المزيد.
filter-legend = ابحث عن خدمة
filter-topic = الموضوع
filter-speaks = لغة الموظفين
filter-place = المدينة
filter-org = الجهة المقدِّمة
filter-any = الكل
filter-only = اعرض فقط
filter-open-now = المفتوح الآن
filter-free = المجاني
filter-submit = اعرض النتائج
filter-reset = امسح عوامل التصفية
org-kind-city-unit = جهة تابعة للمدينة أو المقاطعة
org-kind-public-office = مؤسسة حكومية
org-kind-ngo = منظمة غير حكومية
service-free = مجانًا
service-paid = بمقابل مادي
service-cost-unknown = لا نعرف ما إذا كانت الخدمة مدفوعة. اسأل قبل الزيارة.
service-remote = عبر الهاتف أو الإنترنت
service-remote-long = ليس لهذه الخدمة عنوان للزيارة: تواصل معها عبر الهاتف أو الإنترنت.
service-address-unknown = لم نتحقق من العنوان بعد
service-address-unknown-long = لم نتحقق بعد من عنوان هذا المكان. اسأل عنه بالهاتف أو بالبريد الإلكتروني أو على موقع الخدمة (بيانات التواصل أعلاه).
service-areas-label = تخدم سكان
service-languages-label = لغات الموظفين
service-languages-heading = اللغات التي يتحدثها الموظفون
service-languages-unknown = لا نعرف اللغات التي يتحدثها الموظفون.
service-eligibility-heading = لمن هذه الخدمة
service-application-heading = كيف تستفيد منها
service-contact-heading = التواصل
service-phone = الهاتف
service-email = البريد الإلكتروني
service-website = الموقع الإلكتروني
service-map-link = اعرض على خريطة OpenStreetMap
service-accessibility = إمكانية الوصول
service-cost-heading = التكلفة
service-guides-heading = أدلة تشير إلى هذه الخدمة
service-verified = تمت مراجعته استنادًا إلى المصدر: { $date }
service-source = مصدر المعلومات
service-topics-label = المواضيع
service-short-link = رابط مختصر لهذه الصفحة:
notice-service-fallback = جزء من هذا الإدخال غير مترجم إلى العربية بعد، ولذلك يُعرض بلغة أخرى.
notice-service-outdated = تغيّر الأصل البولندي لهذا الإدخال منذ ترجمته. قد تكون هذه الترجمة قديمة.
guide-services-heading = أين تجد المساعدة
hours-heading = ساعات العمل
hours-caption = ساعات العمل خلال الأيام السبعة القادمة
hours-today = اليوم
hours-holiday = عطلة رسمية
hours-day-closed = مغلق
hours-day-unknown = الساعات غير محددة
hours-local-time = الأوقات بتوقيت بولندا.
hours-not-known-advice = لم نتحقق بعد من ساعات العمل. اتصل أو راجع موقع الخدمة قبل الزيارة.
hours-open-until = مفتوح الآن حتى الساعة { $time }
hours-open-always = مفتوح على مدار الساعة
hours-closed = مغلق الآن
hours-closed-opens-today = مغلق الآن، يفتح اليوم الساعة { $time }
hours-closed-opens-tomorrow = مغلق الآن، يفتح غدًا الساعة { $time }
hours-closed-opens-day = مغلق الآن، يفتح { $day } الساعة { $time }
hours-unknown-now = لا نعرف إن كان مفتوحًا الآن: اتصل قبل الزيارة
hours-not-known = ساعات العمل غير معروفة
day-1 = الاثنين
day-2 = الثلاثاء
day-3 = الأربعاء
day-4 = الخميس
day-5 = الجمعة
day-6 = السبت
day-7 = الأحد
day-on-1 = يوم الاثنين
day-on-2 = يوم الثلاثاء
day-on-3 = يوم الأربعاء
day-on-4 = يوم الخميس
day-on-5 = يوم الجمعة
day-on-6 = يوم السبت
day-on-7 = يوم الأحد
municipality-gdansk = غدانسك
municipality-gdynia = غدينيا
municipality-sopot = سوبوت
municipality-slupsk = سووبسك
municipality-puck = بوتسك
municipality-pruszcz-gdanski-miasto = بروشتش غدانسكي
municipality-kolbudy = كولبودي
municipality-pszczolki = بشتشولكي
municipality-cedry-wielkie = تسيدري فيلكي
municipality-kartuzy = كارتوزي
municipality-zukowo = جوكوفو
municipality-sierakowice = سيراكوفيتسه
municipality-suleczyno = سولنتشينو
municipality-przodkowo = بشودكوفو
municipality-koscierzyna-gmina = كوشتشيجينا (بلدية ريفية)
municipality-karsin = كارسين
municipality-lipusz = ليبوش
municipality-lebork = لمبورك
municipality-cewice = تسيفيتسه
municipality-malbork = مالبورك
municipality-lichnowy = ليخنوفي
municipality-nowy-dwor-gdanski = نوفي دفور غدانسكي
municipality-stegna = ستيغنا
municipality-ostaszewo = أوستاشيفو
municipality-sztutowo = شتوتوفو
municipality-kosakowo = كوساكوفو
municipality-wladyslawowo = فواديسوافوفو
municipality-krokowa = كروكوفا
municipality-hel = هيل
municipality-tczew = تتشيف
municipality-wejherowo = فيهيروفو
municipality-wejherowo-gmina = فيهيروفو (بلدية ريفية)
municipality-rumia = روميا
municipality-szemud = شيمود
municipality-luzino = لوزينو
municipality-leczyce = لينتشيتسه
municipality-linia = لينيا
municipality-gniewino = غنيفينو
county-gdansk = غدانسك
county-gdynia = غدينيا
county-sopot = سوبوت
county-slupsk = سووبسك
county-pucki = مقاطعة بوتسك
county-gdanski = مقاطعة غدانسك
county-kartuski = مقاطعة كارتوزي
county-koscierski = مقاطعة كوشتشيجينا
county-leborski = مقاطعة لمبورك
county-malborski = مقاطعة مالبورك
county-nowodworski = مقاطعة نوفي دفور غدانسكي
county-tczewski = مقاطعة تتشيف
county-wejherowski = مقاطعة فيهيروفو

## Search
search-label = ابحث في الأدلة والخدمات
search-button = ابحث
search-title = البحث
search-empty = اكتب ما تبحث عنه، مثلًا: PESEL، إعانة، دورة لغة بولندية، طبيب.
search-results-count =
    { $count ->
        [zero] لم يتم العثور على نتائج
        [one] تم العثور على نتيجة واحدة
        [two] تم العثور على نتيجتين
        [few] تم العثور على { $count } نتائج
        [many] تم العثور على { $count } نتيجةً
       *[other] تم العثور على { $count } نتيجة
    }
search-did-you-mean = هل تقصد:
search-browse-topics = تصفّح المواضيع
search-other-languages = نتائج بلغات أخرى
search-in-language = اللغة:
search-topics-filter = تضييق البحث حسب الموضوع
search-all-topics = جميع المواضيع
search-pages-label = صفحات النتائج
search-previous = السابق
search-next = التالي
search-section = القسم:
search-service-label = خدمة

## البلديات والمقاطعات (/{lang}/municipalities)
municipalities-title = البلديات والمقاطعات
municipalities-intro = أين تسجّل عنوان سكنك، وأين تحصل على المساعدة الاجتماعية أو الاستشارة القانونية المجانية حيث تسكن. اختر بلديتك (gmina) أو مقاطعتك (powiat).
municipalities-search-label = اسم البلدية أو المدينة
municipalities-search-button = ابحث
municipalities-found = النتائج: { $count }
municipalities-none = لا توجد بلدية بهذا الاسم. تحقّق من الكتابة أو اختر من القائمة.
municipalities-show-all = عرض الكل
municipalities-city-counties = مدن بصلاحيات مقاطعة
place-intro = إلى أين تتوجّه في الشؤون المحلية: تسجيل العنوان (zameldowanie)، ومكتب الأحوال المدنية، والمساعدة الاجتماعية، ومكتب العمل، والمساعدة القانونية المجانية، ورخص القيادة، والتسجيل في المدرسة.
place-county-label = المقاطعة
place-county-office = هذا المكتب يخدم المقاطعة كلها:
place-office-unknown = لا تعرف البوابة بعدُ أيّ مكتب يتولّى ذلك.
place-ask-link = اسأل الإدارة المحلية (الموقع الرسمي)
place-guide = كيف يتم ذلك:
place-members-heading = البلديات في هذه المقاطعة
place-foreigners-page = صفحة البلدية للأجانب
place-website = الموقع الإلكتروني
place-bip = نشرة المعلومات العامة (BIP)
step-address-registration = تسجيل العنوان (zameldowanie)
step-civil-registry = مكتب الأحوال المدنية (USC)
step-social-help = المساعدة الاجتماعية
step-labour-office = مكتب العمل
step-legal-aid = المساعدة القانونية المجانية
step-driving-licences = رخص القيادة وتسجيل المركبات
step-school-enrolment = التسجيل في المدرسة
services-municipalities-link = المكاتب في بلديتك: تسجيل العنوان، والمساعدة الاجتماعية، والمساعدة القانونية
