# "My municipality" and a guide's local steps (src/web/my_place.rs, src/web/local_steps.rs).
my-place-heading = Моя гміна
my-place-why = Виберіть свою гміну, і в порадниках ви побачите адресу та години роботи вашої установи. Це не обов'язково.
my-place-yours = Ваша гміна:
my-place-this-is-yours = Це ваша гміна: порадники показують її установи.
my-place-choose-this = Це моя гміна
my-place-select-label = Виберіть свою гміну
my-place-choose = Запам'ятати
my-place-forget = Забути мою гміну
my-place-cookie-note = Вибір зберігається в одному файлі cookie з назвою гміни, без персональних даних.
my-place-privacy-link = Політика конфіденційності
# Inline in a guide, after a local step's text, in brackets.
local-find-office = знайдіть свою установу
local-county-office = установа повіту
local-office-unknown = портал ще не знає цієї установи;
local-office-bip = дивіться BIP гміни
# The services list narrowed to the county of the visitor's municipality.
services-near-only = Лише поблизу:
services-near-on = Лише послуги в:
services-near-off = Показати всі
# The privacy notice: what the cookie holds.
privacy-place-heading = Файл cookie «моя гміна»
privacy-place = Якщо ви виберете свою гміну, браузер запам'ятає її на рік у файлі cookie «municipality». Він містить лише ідентифікатор гміни (наприклад, «rumia») і нічого про вас. Ми не зберігаємо його на сервері. Видалити його можна кнопкою «Забути мою гміну» на сторінці гмін.
# A search hit that is a municipality's page.
search-municipality-label = Гміна або повіт
