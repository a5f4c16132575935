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
