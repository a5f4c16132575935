# Палі формы паслугі на старонцы праверкі змен і памылка тыдня (src/web/account/field_labels.rs).
moderation-field-in-language = { $field } ({ $language })
moderation-field-in-group = { $group }: { $field }
moderation-error-week-closed-and-hours = Вы адзначылі «Зачынена» і адначасова пазначылі гадзіны: зніміце адзнаку «Зачынена» або выдаліце гадзіны.
