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
        [many] { $count } خدمة
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
service-verified = تم التحقق من المصدر: { $date }
service-source = مصدر المعلومات
service-topics-label = المواضيع
service-short-link = رابط مختصر لهذه الصفحة:
notice-service-fallback = جزء من هذا الإدخال غير مترجم إلى العربية بعد، ولذلك يُعرض بلغة أخرى.
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
municipality-slupsk = سلوبسك
municipality-puck = بوتسك
county-gdansk = غدانسك
county-gdynia = غدينيا
county-sopot = سوبوت
county-slupsk = سلوبسك
county-pucki = مقاطعة بوتسك
