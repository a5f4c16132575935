# حسابات المنظمات والمحررين (/account/).
account-nav-label = الحساب
account-signed-in-as = تم تسجيل الدخول باسم { $email }
account-logout = تسجيل الخروج
account-back = العودة إلى الحساب
account-dashboard-title = حسابك
account-login-title = تسجيل الدخول
account-login-intro = للمنظمات ومحرري البوابة. تُنشأ الحسابات بدعوة فقط.
account-email = عنوان البريد الإلكتروني
account-password = كلمة المرور
account-login-button = تسجيل الدخول
account-login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
account-login-limited-title = محاولات تسجيل دخول كثيرة جدًا
account-login-limited-text = تسجيل الدخول محظور مؤقتًا. حاول مرة أخرى لاحقًا.
account-csrf-title = انتهت صلاحية النموذج
account-csrf-text = لا يمكن قبول هذا النموذج. ارجع وأعد تحميل الصفحة ثم أرسله مرة أخرى.
account-forbidden-title = الوصول غير مسموح
account-forbidden-text = ليس لحسابك وصول إلى هذه الصفحة.
account-invite-title = عيّن كلمة المرور
account-invite-intro = دعوة موجّهة إلى { $email }. اختر كلمة مرور لحسابك.
account-invite-organisation = المنظمة: { $org }
account-password-new = كلمة المرور الجديدة
account-password-again = أعد كتابة كلمة المرور
account-password-hint = أقل عدد من الأحرف: { $min }. الأفضل عدة كلمات لا يستطيع أحد تخمينها.
account-invite-button = تعيين كلمة المرور وتسجيل الدخول
account-password-too-short = كلمة المرور قصيرة جدًا.
account-password-too-long = كلمة المرور طويلة جدًا.
account-password-common = كلمة المرور هذه موجودة في قائمة كلمات المرور الأكثر شيوعًا. اختر كلمة أخرى.
account-password-is-email = لا يمكن أن تكون كلمة المرور عنوان بريدك الإلكتروني.
account-password-mismatch = كلمتا المرور مختلفتان.
account-password-failed = تعذّر حفظ كلمة المرور. حاول مرة أخرى.
account-invite-invalid-title = الرابط غير صالح
account-invite-invalid-text = رابط الدعوة هذا استُخدم من قبل أو انتهت صلاحيته أو أنه غير كامل. اطلب من المحررين دعوة جديدة.
account-services-title = خدمات منظمتك
account-services-none = لا يحتوي الدليل بعد على خدمات لهذه المنظمة.
account-verified = تم التحقق: { $date }
account-stale = تم التحقق منذ أكثر من 6 أشهر. تحقق من أن المعلومات ما زالت صحيحة.
account-editor-title = صفحات المحررين
account-accounts-title = الحسابات
account-audit-title = سجل التغييرات
account-role-editor = محرر
account-role-organisation = منظمة
account-col-organisation = المنظمة
account-col-status = الحالة
account-col-expires = صالحة حتى
account-status-active = نشط
account-status-disabled = معطّل
account-disable = تعطيل
account-disable-label = تعطيل الحساب { $email }
account-invitations-title = الدعوات المفتوحة
account-invite-form-title = دعوة شخص جديد
account-invite-role = الدور
account-invite-org = المنظمة (لدور «منظمة»)
account-invite-send = إنشاء الدعوة
account-invite-link = رابط الدعوة. يظهر مرة واحدة فقط وهو صالح لمدة 7 أيام:
account-invite-mailed = أُرسل الرابط أيضًا بالبريد الإلكتروني.
account-invite-mail-failed = تعذّر إرسال البريد الإلكتروني. أرسل الرابط بنفسك.
account-invite-problem-email = هذا ليس عنوان بريد إلكتروني صالحًا.
account-invite-problem-role = اختر دورًا، واختر للمنظمة أيضًا منظمة من الدليل.
account-audit-when = متى
account-audit-who = من
account-audit-action = ماذا
account-audit-subject = بخصوص
account-audit-detail = التفاصيل
account-audit-command-line = سطر الأوامر
account-audit-empty = لا توجد إدخالات.
account-mail-invite-subject = دعوة إلى حساب: { $site }
account-mail-invite-text =
    تمت دعوتك إلى حساب في بوابة { $site }.
    افتح هذا الرابط وعيّن كلمة المرور. الرابط صالح لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } ويعمل مرة واحدة فقط:
    { $link }
