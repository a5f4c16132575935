# "My municipality" and a guide's local steps (src/web/my_place.rs, src/web/local_steps.rs).
my-place-heading = My municipality
my-place-why = Choose your municipality and the guides will show the address and opening hours of your local office. You do not have to.
my-place-yours = Your municipality:
my-place-this-is-yours = This is your municipality: the guides show its offices.
my-place-choose-this = This is my municipality
my-place-select-label = Choose your municipality
my-place-choose = Remember
my-place-forget = Forget my municipality
my-place-cookie-note = Your choice is kept in one cookie holding the municipality's name, and no personal data.
my-place-privacy-link = Privacy notice
# Inline in a guide, after a local step's text, in brackets.
local-find-office = find your office
local-county-office = county office
local-office-unknown = the portal does not know this office yet;
local-office-bip = see the municipality's BIP
# The services list narrowed to the county of the visitor's municipality.
services-near-only = Only near me:
services-near-on = Only services in:
services-near-off = Show all
# The privacy notice: what the cookie holds.
privacy-place-heading = The “my municipality” cookie
privacy-place = If you choose your municipality, your browser keeps it for a year in a cookie called “municipality”. It holds only the municipality's id (for example “rumia”), nothing about you. We do not store it on the server. Remove it with the “Forget my municipality” button on the municipalities page.
# A search hit that is a municipality's page.
search-municipality-label = Municipality or county
