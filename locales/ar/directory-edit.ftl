# The week editor of the service form (templates/partials/week-editor.html).
week-editor-legend = ساعات العمل
week-editor-hint = لكل يوم، اكتب وقت الفتح ووقت الإغلاق، أو ضع علامة على «مغلق». الفترة الثانية لليوم الذي فيه استراحة.
week-editor-closed = مغلق
week-editor-opens = يفتح الساعة
week-editor-closes = يغلق الساعة
week-editor-opens-again = يفتح مجددًا الساعة
week-editor-closes-again = يغلق مجددًا الساعة
week-editor-holidays-legend = العطل الرسمية
week-editor-holidays-closed = مغلق في العطل الرسمية
week-editor-holidays-open = مفتوح كما في الأيام الأخرى
week-editor-raw-kept = هذه الساعات تقول أكثر مما تستطيع صفوف الأيام عرضه، لذلك تبقى كما كُتبت. عدّلها كنص.
week-editor-raw-label = ساعات العمل (بصيغة OpenStreetMap)
week-editor-raw-help = مثلًا: Mo-Fr 08:00-16:00; PH off. لا تكتب ملاحظات هنا: استخدم حقل الملاحظة الخاص بساعات العمل.
