# "My municipality" and a guide's local steps (src/web/my_place.rs, src/web/local_steps.rs).
my-place-heading = بلديتي
my-place-why = اختر بلديتك (غمينا) فتعرض لك الأدلة عنوان مكتبك المحلي وساعات عمله. هذا ليس إلزاميًا.
my-place-yours = بلديتك:
my-place-this-is-yours = هذه بلديتك: تعرض الأدلة مكاتبها.
my-place-choose-this = هذه بلديتي
my-place-select-label = اختر بلديتك
my-place-choose = تذكّر
my-place-forget = انسَ بلديتي
my-place-cookie-note = يُحفظ اختيارك في ملف تعريف ارتباط واحد يحمل اسم البلدية فقط، دون أي بيانات شخصية.
my-place-privacy-link = إشعار الخصوصية
# Inline in a guide, after a local step's text, in brackets.
local-find-office = اعثر على مكتبك
local-county-office = مكتب المقاطعة (بوفيات)
local-office-unknown = لا تعرف البوابة هذا المكتب بعد؛
local-office-bip = راجع صفحة BIP للبلدية
# The services list narrowed to the county of the visitor's municipality.
services-near-only = القريبة مني فقط:
services-near-on = الخدمات في هذه المنطقة فقط:
services-near-off = عرض الكل
# The privacy notice: what the cookie holds.
privacy-place-heading = ملف تعريف الارتباط «بلديتي»
privacy-place = إذا اخترت بلديتك، يحفظها متصفحك لمدة سنة في ملف تعريف ارتباط اسمه «municipality». لا يحتوي إلا على معرّف البلدية (مثل «rumia») ولا شيء عنك. لا نحفظه على الخادم. يمكنك حذفه بزر «انسَ بلديتي» في صفحة البلديات.
# A search hit that is a municipality's page.
search-municipality-label = بلدية أو مقاطعة
