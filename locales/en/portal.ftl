# Interface strings of the portal, English.
# Plurals use the language's CLDR categories (English: one, other).

site-name = Witaj
site-tagline = Information for newcomers to Gdańsk, Gdynia, Sopot and Pomerania

## Navigation
skip-to-content = Skip to content
nav-label = Main navigation
nav-home = Home
nav-topics = Topics
language-switcher-label = Page language
breadcrumb-label = You are here

## Home page
home-title = Information for people arriving in Pomerania
home-intro = Practical guides on documents, work, learning Polish, school, health and help, in your language. Every guide lists its official sources.
home-topics-heading = Topics
home-guides-heading = All guides
home-emergency = Danger to life, health or property? Call the emergency number:

## Topics
topic-documents = Documents and residence
topic-work = Work
topic-polish-courses = Polish courses
topic-education = School and education
topic-health = Health
topic-legal-aid = Legal advice
topic-social-help = Social help
topic-housing = Housing
topic-safety = Safety and emergencies
topic-daily-life = Daily life
topic-community = Community and culture
topic-empty = There are no guides on this topic yet.

## Counts
guides-count =
    { $count ->
        [one] { $count } guide
       *[other] { $count } guides
    }
services-count =
    { $count ->
        [one] { $count } service
       *[other] { $count } services
    }

## Guide pages
guide-updated = Updated: { $date }
guide-reviewed = Checked against sources: { $date }
guide-sources-heading = Official sources
guide-toc-heading = On this page
guide-topics-label = Topics
external-link = external site

## Translation notices
notice-fallback = This guide is not available in English yet. It is shown below in another language.
notice-shown-in = Shown in:
notice-available-in = This guide is available in:
notice-outdated = The Polish original of this guide has changed since it was translated. This translation may be out of date.
notice-outdated-link = Read the current original

## Errors
error-404-title = Page not found
error-404-text = The page you are looking for does not exist or has moved.
error-home-link = Go to the home page
error-languages-heading = Choose a language
error-500-title = Server error
error-500-text = Something went wrong on our side. Please try again in a moment.

## Footer
footer-sources = The information on this site is based on the official sources listed with each guide. For your individual case, contact the office responsible.

## Dates
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-format = { $day } { $month } { $year }

## Accessibility statement (deklaracja dostępności), on the ministry's template
footer-accessibility = Accessibility statement
a11y-title = Accessibility statement
a11y-translation-note = This translation of the statement is for information; the Polish version is binding.
a11y-operator-unnamed = The body running this site (name not provided yet)
a11y-intro = is committed to making its website accessible in accordance with the act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies.
a11y-scope-label = This accessibility statement applies to:
a11y-scope = the website
a11y-published = Website published on:
a11y-updated = Last significant update:
a11y-status-heading = Compliance status
a11y-status-full = This website is fully compliant with the act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies.
a11y-status-partial = This website is partially compliant with the act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies, due to the non-compliances or exemptions listed below.
a11y-status-none = This website is not compliant with the act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies.
a11y-issues-heading = Content that is not accessible
a11y-preparation-heading = Preparation of this statement
a11y-prepared = This statement was prepared on:
a11y-reviewed = It was last reviewed and updated on:
a11y-assessment-self = The statement was prepared on the basis of a self-assessment by the public body.
a11y-assessment-audit = The statement was prepared on the basis of an examination by an outside body:
a11y-keyboard = You can use your browser's standard keyboard shortcuts on this website.
a11y-contact-heading = Feedback and contact information
a11y-contact-intro = If you notice an accessibility problem on this website, please contact us. You can also ask us in the same way for information that is not accessible on the website in another, accessible form.
a11y-contact-person = Contact person:
a11y-email = E-mail address:
a11y-phone = Phone:
a11y-not-provided = not provided yet
a11y-procedure-heading = Requests and complaints
a11y-procedure-1 = Everyone has the right to request that a website, a mobile application or any part of them be made digitally accessible. You can also request the information in an alternative form, for example by having a document that is not digitally accessible read out, or the content of a video without audio description described.
a11y-procedure-2 = The request should include the details of the person making it, which website or mobile application it concerns, and how to contact that person. If the person asks to receive the information in an alternative form, they should also say which form suits them.
a11y-procedure-3 = The public body should fulfil the request without delay and no later than 7 days from the day it was made. If this is not possible, the public body informs the person without delay when the request can be fulfilled, which may not be later than 2 months from the day it was made. If digital accessibility cannot be provided, the public body may offer an alternative way of accessing the information.
a11y-procedure-4 = If the public body refuses the request for accessibility or for an alternative way of accessing the information, the person who made it may file a complaint about the digital accessibility of the website, mobile application or part of them. Once this procedure is exhausted, they may also apply to the Commissioner for Human Rights (Rzecznik Praw Obywatelskich).
a11y-ombudsman-link = Website of the Commissioner for Human Rights
a11y-architecture-heading = Physical accessibility
a11y-communication-heading = Communication accessibility
a11y-apps-heading = Mobile applications
a11y-apps-none = The public body does not provide mobile applications.

## Directory
# The directory of services: /{lang}/services, one service's page, hours and filters.
nav-services = Where to get help
services-title = Where to get help
services-intro = Offices, social help centres, free legal advice, Polish courses, NGOs and help lines in Gdańsk, Gdynia, Sopot and Pomerania.
services-none = No service meets all the chosen conditions. Remove a filter to see more.
filter-legend = Find a service
filter-topic = Topic
filter-speaks = Staff speak
filter-place = Town
filter-org = Run by
filter-any = All
filter-only = Show only
filter-open-now = open now
filter-free = free of charge
filter-submit = Show results
filter-reset = Clear filters
org-kind-city-unit = City or county unit
org-kind-public-office = State institution
org-kind-ngo = Non-governmental organisation
service-free = Free of charge
service-paid = Paid
service-cost-unknown = We do not know whether there is a charge. Ask before you go.
service-remote = By phone or online
service-remote-long = This service has no address to visit: contact it by phone or online.
service-address-unknown = Address not checked yet
service-address-unknown-long = We have not checked the address of this place yet. Ask for it by phone or e-mail, or look at its website (contact details above).
service-areas-label = Serves residents of
service-languages-label = Staff speak
service-languages-heading = Languages the staff speak
service-languages-unknown = We do not know which languages the staff speak.
service-eligibility-heading = Who it is for
service-application-heading = How to use it
service-contact-heading = Contact
service-phone = Phone
service-email = E-mail
service-website = Website
service-map-link = Show on the OpenStreetMap map
service-accessibility = Accessibility
service-cost-heading = Cost
service-guides-heading = Guides that point to this service
service-verified = Checked against the source: { $date }
service-source = Source of this information
service-topics-label = Topics
service-short-link = Short link to this page:
notice-service-fallback = Part of this entry is not translated into English yet and is shown in another language.
notice-service-outdated = The Polish original of this entry has changed since it was translated. This translation may be out of date.
guide-services-heading = Where to get help
hours-heading = Opening hours
hours-caption = Opening hours for the next seven days
hours-today = today
hours-holiday = public holiday
hours-day-closed = closed
hours-day-unknown = hours not fixed
hours-local-time = Times are Polish time.
hours-not-known-advice = We have not checked the opening hours yet. Call or look at the service's website before you go.
hours-open-until = Open now, closes at { $time }
hours-open-always = Open 24 hours
hours-closed = Closed now
hours-closed-opens-today = Closed now, opens today at { $time }
hours-closed-opens-tomorrow = Closed now, opens tomorrow at { $time }
hours-closed-opens-day = Closed now, opens { $day } at { $time }
hours-unknown-now = Not known whether it is open now: call before you go
hours-not-known = Opening hours unknown
day-1 = Monday
day-2 = Tuesday
day-3 = Wednesday
day-4 = Thursday
day-5 = Friday
day-6 = Saturday
day-7 = Sunday
day-on-1 = on Monday
day-on-2 = on Tuesday
day-on-3 = on Wednesday
day-on-4 = on Thursday
day-on-5 = on Friday
day-on-6 = on Saturday
day-on-7 = on Sunday
municipality-gdansk = Gdańsk
municipality-gdynia = Gdynia
municipality-sopot = Sopot
municipality-slupsk = Słupsk
municipality-puck = Puck
municipality-pruszcz-gdanski-miasto = Pruszcz Gdański
municipality-kolbudy = Kolbudy
municipality-pszczolki = Pszczółki
municipality-cedry-wielkie = Cedry Wielkie
municipality-kartuzy = Kartuzy
municipality-zukowo = Żukowo
municipality-sierakowice = Sierakowice
municipality-suleczyno = Sulęczyno
municipality-przodkowo = Przodkowo
municipality-koscierzyna-gmina = Kościerzyna (rural municipality)
municipality-karsin = Karsin
municipality-lipusz = Lipusz
municipality-lebork = Lębork
municipality-cewice = Cewice
municipality-malbork = Malbork
municipality-lichnowy = Lichnowy
municipality-nowy-dwor-gdanski = Nowy Dwór Gdański
municipality-stegna = Stegna
municipality-ostaszewo = Ostaszewo
municipality-sztutowo = Sztutowo
municipality-kosakowo = Kosakowo
municipality-wladyslawowo = Władysławowo
municipality-krokowa = Krokowa
municipality-hel = Hel
municipality-tczew = Tczew
municipality-wejherowo = Wejherowo
municipality-wejherowo-gmina = Wejherowo (rural municipality)
municipality-rumia = Rumia
municipality-szemud = Szemud
municipality-luzino = Luzino
municipality-leczyce = Łęczyce
municipality-linia = Linia
municipality-gniewino = Gniewino
county-gdansk = Gdańsk
county-gdynia = Gdynia
county-sopot = Sopot
county-slupsk = Słupsk
county-pucki = Puck County
county-gdanski = Gdańsk County
county-kartuski = Kartuzy County
county-koscierski = Kościerzyna County
county-leborski = Lębork County
county-malborski = Malbork County
county-nowodworski = Nowy Dwór Gdański County
county-tczewski = Tczew County
county-wejherowski = Wejherowo County

## Search
search-label = Search the guides and services
search-button = Search
search-title = Search
search-empty = Type what you are looking for, for example: PESEL, benefit, Polish course, doctor.
search-results-count =
    { $count ->
        [one] { $count } result found
       *[other] { $count } results found
    }
search-did-you-mean = Did you mean:
search-browse-topics = Browse the topics
search-other-languages = Results in other languages
search-in-language = language:
search-topics-filter = Narrow down to a topic
search-all-topics = All topics
search-pages-label = Result pages
search-previous = Previous
search-next = Next
search-section = Section:
search-service-label = service

## Municipalities and counties (/{lang}/municipalities)
municipalities-title = Municipalities and counties
municipalities-intro = Where to register your address, get social help or free legal advice where you live. Choose your municipality (gmina) or county (powiat).
municipalities-search-label = Name of the municipality or town
municipalities-search-button = Find
municipalities-found = Results: { $count }
municipalities-none = No municipality has this name. Check the spelling or choose from the list.
municipalities-show-all = Show all
municipalities-city-counties = Cities with county rights
place-intro = Where to go for local matters: address registration, the civil registry office, social help, the labour office, free legal aid, driving licences and school enrolment.
place-county-label = County
place-county-office = This office serves the whole county:
place-office-unknown = The portal does not know yet which office does this.
place-ask-link = Ask the local office (official website)
place-guide = How it works:
place-members-heading = Municipalities in this county
place-foreigners-page = The municipality's page for foreigners
place-website = Website
place-bip = Public Information Bulletin (BIP)
step-address-registration = Address registration (meldunek)
step-civil-registry = Civil registry office (USC)
step-social-help = Social help
step-labour-office = Labour office
step-legal-aid = Free legal aid
step-driving-licences = Driving licences and vehicle registration
step-school-enrolment = School enrolment
services-municipalities-link = Offices in your municipality: address registration, social help, legal aid
