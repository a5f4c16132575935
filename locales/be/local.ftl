# "My municipality" and a guide's local steps (src/web/my_place.rs, src/web/local_steps.rs).
my-place-heading = Мая гміна
my-place-why = Выберыце сваю гміну, і ў даведніках вы ўбачыце адрас і гадзіны працы вашай установы. Гэта не абавязкова.
my-place-yours = Ваша гміна:
my-place-this-is-yours = Гэта ваша гміна: даведнікі паказваюць яе ўстановы.
my-place-choose-this = Гэта мая гміна
my-place-select-label = Выберыце сваю гміну
my-place-choose = Запомніць
my-place-forget = Забыць маю гміну
my-place-cookie-note = Выбар захоўваецца ў адным файле cookie з назвай гміны, без асабістых даных.
my-place-privacy-link = Палітыка прыватнасці
# Inline in a guide, after a local step's text, in brackets.
local-find-office = знайдзіце сваю ўстанову
local-county-office = установа павета
local-office-unknown = партал яшчэ не ведае гэтай установы;
local-office-bip = глядзіце BIP гміны
# The services list narrowed to the county of the visitor's municipality.
services-near-only = Толькі побач:
services-near-on = Толькі паслугі ў:
services-near-off = Паказаць усе
# The privacy notice: what the cookie holds.
privacy-place-heading = Файл cookie «мая гміна»
privacy-place = Калі вы выберыце сваю гміну, браўзер запомніць яе на год у файле cookie «municipality». Ён утрымлівае толькі ідэнтыфікатар гміны (напрыклад, «rumia») і нічога пра вас. Мы не захоўваем яго на серверы. Выдаліць яго можна кнопкай «Забыць маю гміну» на старонцы гмін.
# A search hit that is a municipality's page.
search-municipality-label = Гміна або павет
