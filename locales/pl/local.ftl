# "My municipality" and a guide's local steps (src/web/my_place.rs, src/web/local_steps.rs).
my-place-heading = Moja gmina
my-place-why = Wybierz swoją gminę, a w poradnikach zobaczysz adres i godziny twojego urzędu. Nie musisz tego robić.
my-place-yours = Twoja gmina:
my-place-this-is-yours = To twoja gmina: poradniki pokazują jej urzędy.
my-place-choose-this = To moja gmina
my-place-select-label = Wybierz swoją gminę
my-place-choose = Zapamiętaj
my-place-forget = Zapomnij moją gminę
my-place-cookie-note = Wybór zapamiętuje jedno ciasteczko z nazwą gminy, bez danych osobowych.
my-place-privacy-link = Polityka prywatności
# Inline in a guide, after a local step's text, in brackets.
local-find-office = znajdź swój urząd
local-county-office = urząd powiatowy
local-office-unknown = portal jeszcze nie wie, który urząd to załatwia;
local-office-bip = zobacz BIP gminy
# The services list narrowed to the county of the visitor's municipality.
services-near-only = Tylko w pobliżu:
services-near-on = Tylko usługi z obszaru:
services-near-off = Pokaż wszystkie
# The privacy notice: what the cookie holds.
privacy-place-heading = Ciasteczko „moja gmina”
privacy-place = Jeśli wybierzesz swoją gminę, przeglądarka zapamięta ją na rok w ciasteczku „municipality”. Zawiera ono tylko identyfikator gminy (np. „rumia”), nic o tobie. Nie zapisujemy go na serwerze. Możesz je usunąć przyciskiem „Zapomnij moją gminę” na stronie gmin.
# A search hit that is a municipality's page.
search-municipality-label = Gmina lub powiat
