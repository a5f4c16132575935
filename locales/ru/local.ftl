# "My municipality" and a guide's local steps (src/web/my_place.rs, src/web/local_steps.rs).
my-place-heading = Моя гмина
my-place-why = Выберите свою гмину, и в руководствах вы увидите адрес и часы работы вашего учреждения. Это не обязательно.
my-place-yours = Ваша гмина:
my-place-this-is-yours = Это ваша гмина: руководства показывают её учреждения.
my-place-choose-this = Это моя гмина
my-place-select-label = Выберите свою гмину
my-place-choose = Запомнить
my-place-forget = Забыть мою гмину
my-place-cookie-note = Выбор хранится в одном файле cookie с названием гмины, без персональных данных.
my-place-privacy-link = Политика конфиденциальности
# Inline in a guide, after a local step's text, in brackets.
local-find-office = найдите своё учреждение
local-county-office = учреждение повята
local-office-unknown = портал ещё не знает этого учреждения;
local-office-bip = смотрите BIP гмины
# The services list narrowed to the county of the visitor's municipality.
services-near-only = Только рядом:
services-near-on = Только услуги в:
services-near-off = Показать все
# The privacy notice: what the cookie holds.
privacy-place-heading = Файл cookie «моя гмина»
privacy-place = Если вы выберете свою гмину, браузер запомнит её на год в файле cookie «municipality». Он содержит только идентификатор гмины (например, «rumia») и ничего о вас. Мы не храним его на сервере. Удалить его можно кнопкой «Забыть мою гмину» на странице гмин.
# A search hit that is a municipality's page.
search-municipality-label = Гмина или повят
