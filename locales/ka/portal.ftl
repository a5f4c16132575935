# Interface strings of the portal, Georgian.
# Every language has the same message ids as the Polish source, in locales/<lang>/portal.ftl.
# Plurals use the language's CLDR categories (Georgian: one, other; nouns stay singular after numerals).

site-name = Witaj
site-tagline = ინფორმაცია უცხოელებისთვის გდანსკში, გდინიაში, სოპოტსა და პომერანიაში

## Navigation
skip-to-content = ძირითად შინაარსზე გადასვლა
nav-label = მთავარი ნავიგაცია
nav-home = მთავარი გვერდი
nav-topics = თემები
language-switcher-label = გვერდის ენა
breadcrumb-label = თქვენ აქ ხართ

## Home page
home-title = ინფორმაცია პომერანიაში ჩამოსული ადამიანებისთვის
home-intro = პრაქტიკული გზამკვლევები დოკუმენტების, სამუშაოს, პოლონური ენის სწავლის, სკოლის, ჯანმრთელობისა და დახმარების შესახებ — თქვენს ენაზე. ყველა გზამკვლევში მითითებულია ოფიციალური წყაროები.
home-topics-heading = თემები
home-guides-heading = ყველა გზამკვლევი
home-emergency = საფრთხე ემუქრება სიცოცხლეს, ჯანმრთელობას ან ქონებას? დარეკეთ გადაუდებელი დახმარების ნომერზე:

## Topics
topic-documents = დოკუმენტები და ბინადრობა
topic-work = სამუშაო
topic-polish-courses = პოლონური ენის კურსები
topic-education = სკოლა და განათლება
topic-health = ჯანმრთელობა
topic-legal-aid = იურიდიული დახმარება
topic-social-help = სოციალური დახმარება
topic-housing = საცხოვრებელი
topic-safety = უსაფრთხოება და საგანგებო სიტუაციები
topic-daily-life = ყოველდღიური ცხოვრება
topic-community = საზოგადოება და კულტურა
topic-empty = ამ თემაზე გზამკვლევები ჯერ არ არის.

## Counts
guides-count =
    { $count ->
        [one] { $count } გზამკვლევი
       *[other] { $count } გზამკვლევი
    }
services-count =
    { $count ->
        [one] { $count } სერვისი
       *[other] { $count } სერვისი
    }

## Guide pages
guide-updated = განახლებულია: { $date }
guide-reviewed = გადამოწმებულია წყაროებთან: { $date }
guide-sources-heading = ოფიციალური წყაროები
guide-toc-heading = ამ გვერდზე
guide-topics-label = თემები
external-link = გარე საიტი

## Translation notices
notice-fallback = ეს გზამკვლევი ჯერ ქართულად ხელმისაწვდომი არ არის. ქვემოთ ის სხვა ენაზეა ნაჩვენები.
notice-shown-in = ჩვენების ენა:
notice-available-in = გზამკვლევი ხელმისაწვდომია შემდეგ ენებზე:
notice-outdated = ამ გზამკვლევის პოლონური ორიგინალი შეიცვალა თარგმანის მომზადების შემდეგ. თარგმანი შესაძლოა მოძველებული იყოს.
notice-outdated-link = წაიკითხეთ აქტუალური ორიგინალი

## Errors
error-404-title = გვერდი ვერ მოიძებნა
error-404-text = გვერდი, რომელსაც ეძებთ, არ არსებობს ან გადატანილია.
error-home-link = მთავარ გვერდზე გადასვლა
error-languages-heading = აირჩიეთ ენა
error-500-title = სერვერის შეცდომა
error-500-text = ჩვენს მხარეს რაღაც შეცდომა მოხდა. გთხოვთ, ცოტა ხანში სცადოთ ხელახლა.

## Footer
footer-sources = ამ საიტზე მოცემული ინფორმაცია ეფუძნება ოფიციალურ წყაროებს, რომლებიც თითოეულ გზამკვლევთან არის მითითებული. ინდივიდუალურ საკითხებზე მიმართეთ შესაბამის დაწესებულებას.

## Dates: month names in the form used inside a date ("23 ნოემბერი, 2026")
month-1 = იანვარი
month-2 = თებერვალი
month-3 = მარტი
month-4 = აპრილი
month-5 = მაისი
month-6 = ივნისი
month-7 = ივლისი
month-8 = აგვისტო
month-9 = სექტემბერი
month-10 = ოქტომბერი
month-11 = ნოემბერი
month-12 = დეკემბერი
date-format = { $year } წლის { $day } { $month }

## Accessibility statement (deklaracja dostępności), on the ministry's template
footer-accessibility = ხელმისაწვდომობის დეკლარაცია
a11y-title = ხელმისაწვდომობის დეკლარაცია
a11y-translation-note = დეკლარაციის ეს თარგმანი საინფორმაციო ხასიათისაა; იურიდიულად სავალდებულოა პოლონური ვერსია.
a11y-operator-unnamed = ამ საიტის მფლობელი ორგანიზაცია (სახელი ჯერ არ არის მითითებული)
a11y-intro = კისრულობს ვალდებულებას, უზრუნველყოს თავისი ვებსაიტის ხელმისაწვდომობა საჯარო დაწესებულებების ვებსაიტებისა და მობილური აპლიკაციების ციფრული ხელმისაწვდომობის შესახებ 2019 წლის 4 აპრილის კანონის (ustawa z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych) დებულებების შესაბამისად.
a11y-scope-label = ხელმისაწვდომობის დეკლარაციის მოქმედების სფერო:
a11y-scope = ვებსაიტი
a11y-published = ვებსაიტის გამოქვეყნების თარიღი:
a11y-updated = ბოლო მნიშვნელოვანი განახლების თარიღი:
a11y-status-heading = ციფრული ხელმისაწვდომობის მდგომარეობა
a11y-status-full = ვებსაიტი შეესაბამება საჯარო დაწესებულებების ვებსაიტებისა და მობილური აპლიკაციების ციფრული ხელმისაწვდომობის შესახებ 2019 წლის 4 აპრილის კანონს.
a11y-status-partial = ვებსაიტი ნაწილობრივ შეესაბამება საჯარო დაწესებულებების ვებსაიტებისა და მობილური აპლიკაციების ციფრული ხელმისაწვდომობის შესახებ 2019 წლის 4 აპრილის კანონს ქვემოთ ჩამოთვლილი შეუსაბამობების ან გამონაკლისების გამო.
a11y-status-none = ვებსაიტი არ შეესაბამება საჯარო დაწესებულებების ვებსაიტებისა და მობილური აპლიკაციების ციფრული ხელმისაწვდომობის შესახებ 2019 წლის 4 აპრილის კანონს.
a11y-issues-heading = მიუწვდომელი შინაარსი
a11y-preparation-heading = ხელმისაწვდომობის დეკლარაციის მომზადება
a11y-prepared = დეკლარაციის შედგენის თარიღი:
a11y-reviewed = დეკლარაციის ბოლო გადახედვისა და განახლების თარიღი:
a11y-assessment-self = დეკლარაცია შედგენილია საჯარო დაწესებულების მიერ ჩატარებული თვითშეფასების საფუძველზე.
a11y-assessment-audit = დეკლარაცია შედგენილია გარე ორგანიზაციის მიერ ჩატარებული შემოწმების საფუძველზე:
a11y-keyboard = ვებსაიტზე შესაძლებელია ბრაუზერის სტანდარტული კლავიშთა კომბინაციების გამოყენება.
a11y-contact-heading = უკუკავშირი და საკონტაქტო ინფორმაცია
a11y-contact-intro = თუ ამ ვებსაიტზე ხელმისაწვდომობის პრობლემას შეამჩნევთ, გთხოვთ, დაგვიკავშირდეთ. იმავე გზით შეგიძლიათ მოითხოვოთ ვებსაიტზე მიუწვდომელი ინფორმაცია სხვა, ხელმისაწვდომი ფორმით.
a11y-contact-person = საკონტაქტო პირი:
a11y-email = ელფოსტის მისამართი:
a11y-phone = ტელეფონი:
a11y-not-provided = ჯერ არ არის მითითებული
a11y-procedure-heading = მოთხოვნებისა და საჩივრების წარდგენის პროცედურა
a11y-procedure-1 = ყველას აქვს უფლება, მოითხოვოს ვებსაიტის, მობილური აპლიკაციის ან მათი რომელიმე ელემენტის ციფრული ხელმისაწვდომობის უზრუნველყოფა. ასევე შესაძლებელია ინფორმაციის მიწოდების მოთხოვნა წვდომის ალტერნატიული ხერხით, მაგალითად, ციფრულად მიუწვდომელი დოკუმენტის წაკითხვით, აუდიოაღწერის არმქონე ვიდეოს შინაარსის აღწერით და ა. შ.
a11y-procedure-2 = მოთხოვნა უნდა შეიცავდეს მოთხოვნის წარმდგენი პირის მონაცემებს, მითითებას, თუ რომელ ვებსაიტს ან მობილურ აპლიკაციას ეხება იგი, აგრეთვე მასთან დაკავშირების საშუალებას. თუ მოთხოვნის წარმდგენი პირი საჭიროებს ინფორმაციის მიღებას წვდომის ალტერნატიული ხერხით, მან ასევე უნდა მიუთითოს ამ ინფორმაციის წარდგენის მისთვის მოსახერხებელი ფორმა.
a11y-procedure-3 = საჯარო დაწესებულებამ მოთხოვნა უნდა შეასრულოს დაუყოვნებლივ, მაგრამ მოთხოვნის წარდგენიდან არაუგვიანეს 7 დღისა. თუ ამ ვადის დაცვა შეუძლებელია, საჯარო დაწესებულება დაუყოვნებლივ აცნობებს მოთხოვნის წარმდგენ პირს, როდის იქნება შესაძლებელი მოთხოვნის შესრულება, ამასთან, ეს ვადა არ შეიძლება აღემატებოდეს მოთხოვნის წარდგენიდან 2 თვეს. თუ ციფრული ხელმისაწვდომობის უზრუნველყოფა შეუძლებელია, საჯარო დაწესებულებას შეუძლია შესთავაზოს ინფორმაციაზე წვდომის ალტერნატიული ხერხი.
a11y-procedure-4 = თუ საჯარო დაწესებულება უარს იტყვის ხელმისაწვდომობის ან ინფორმაციაზე წვდომის ალტერნატიული ხერხის უზრუნველყოფის მოთხოვნის შესრულებაზე, მოთხოვნის წარმდგენ პირს შეუძლია შეიტანოს საჩივარი ვებსაიტის, მობილური აპლიკაციის ან მათი ელემენტის ციფრული ხელმისაწვდომობის უზრუნველყოფასთან დაკავშირებით. ამ პროცედურის ამოწურვის შემდეგ ასევე შესაძლებელია განცხადებით მიმართვა ადამიანის უფლებათა კომისრისთვის (Rzecznik Praw Obywatelskich).
a11y-ombudsman-link = ადამიანის უფლებათა კომისრის ვებსაიტი
a11y-architecture-heading = არქიტექტურული ხელმისაწვდომობა
a11y-communication-heading = საკომუნიკაციო და საინფორმაციო ხელმისაწვდომობა
a11y-apps-heading = მობილური აპლიკაციები
a11y-apps-none = საჯარო დაწესებულება მობილურ აპლიკაციებს არ სთავაზობს.

## Directory
# The directory of services: /{lang}/services, one service's page, hours and filters.
nav-services = სად მივიღოთ დახმარება
services-title = სად მივიღოთ დახმარება
services-intro = დაწესებულებები, სოციალური დახმარების ცენტრები, უფასო იურიდიული კონსულტაციები, პოლონური ენის კურსები, არასამთავრობო ორგანიზაციები და ცხელი ხაზები გდანსკში, გდინიაში, სოპოტსა და პომერანიაში.
services-none = არცერთი სერვისი არ აკმაყოფილებს ყველა არჩეულ პირობას. მეტის სანახავად მოხსენით ერთ-ერთი ფილტრი.
filter-legend = სერვისის მოძებნა
filter-topic = თემა
filter-speaks = პერსონალის ენა
filter-place = ქალაქი
filter-org = ვინ უწევს მომსახურებას
filter-any = ყველა
filter-only = აჩვენე მხოლოდ
filter-open-now = ახლა ღიაა
filter-free = უფასო
filter-submit = შედეგების ჩვენება
filter-reset = ფილტრების გასუფთავება
org-kind-city-unit = ქალაქის ან რაიონის დაწესებულება
org-kind-public-office = სახელმწიფო დაწესებულება
org-kind-ngo = არასამთავრობო ორგანიზაცია
service-free = უფასო
service-paid = ფასიანი
service-cost-unknown = არ ვიცით, ფასიანია თუ არა მომსახურება. ვიზიტამდე იკითხეთ.
service-remote = ტელეფონით ან ონლაინ
service-remote-long = ამ სერვისს მისასვლელი მისამართი არ აქვს: დაუკავშირდით ტელეფონით ან ინტერნეტით.
service-address-unknown = მისამართი ჯერ არ არის შემოწმებული
service-address-unknown-long = ამ ადგილის მისამართი ჯერ არ შეგვიმოწმებია. იკითხეთ ტელეფონით, ელფოსტით ან სერვისის ვებგვერდზე (კონტაქტები ზემოთ).
service-areas-label = ემსახურება მაცხოვრებლებს
service-languages-label = პერსონალის ენები
service-languages-heading = პერსონალის ენები
service-languages-unknown = არ ვიცით, რა ენებზე საუბრობს პერსონალი.
service-eligibility-heading = ვისთვის
service-application-heading = როგორ ვისარგებლოთ
service-contact-heading = კონტაქტი
service-phone = ტელეფონი
service-email = ელფოსტა
service-website = ვებგვერდი
service-map-link = რუკაზე ჩვენება (OpenStreetMap)
service-accessibility = ხელმისაწვდომობა
service-cost-heading = ღირებულება
service-guides-heading = გზამკვლევები, რომლებიც ამ სერვისს ასახელებენ
service-verified = წყაროსთან შემოწმებულია: { $date }
service-source = ინფორმაციის წყარო
service-topics-label = თემები
service-short-link = ამ გვერდის მოკლე ბმული:
notice-service-fallback = ამ ჩანაწერის ნაწილი ჯერ არ არის თარგმნილი ქართულად და ნაჩვენებია სხვა ენაზე.
notice-service-outdated = ამ ჩანაწერის პოლონური ორიგინალი შეიცვალა თარგმანის მომზადების შემდეგ. თარგმანი შესაძლოა მოძველებული იყოს.
guide-services-heading = სად მივიღოთ დახმარება
hours-heading = სამუშაო საათები
hours-caption = სამუშაო საათები მომდევნო შვიდი დღისთვის
hours-today = დღეს
hours-holiday = უქმე დღე
hours-day-closed = დაკეტილია
hours-day-unknown = საათები დაუდგენელია
hours-local-time = დრო მითითებულია პოლონეთის დროით.
hours-not-known-advice = სამუშაო საათები ჯერ არ შეგვიმოწმებია. ვიზიტამდე დარეკეთ ან ნახეთ სერვისის ვებგვერდი.
hours-open-until = ახლა ღიაა, { $time }-მდე
hours-open-always = ღიაა დღე-ღამის განმავლობაში
hours-closed = ახლა დაკეტილია
hours-closed-opens-today = ახლა დაკეტილია, გაიხსნება დღეს { $time }-ზე
hours-closed-opens-tomorrow = ახლა დაკეტილია, გაიხსნება ხვალ { $time }-ზე
hours-closed-opens-day = ახლა დაკეტილია, გაიხსნება { $day } { $time }-ზე
hours-unknown-now = უცნობია, ახლა ღიაა თუ არა: ვიზიტამდე დარეკეთ
hours-not-known = სამუშაო საათები უცნობია
day-1 = ორშაბათი
day-2 = სამშაბათი
day-3 = ოთხშაბათი
day-4 = ხუთშაბათი
day-5 = პარასკევი
day-6 = შაბათი
day-7 = კვირა
day-on-1 = ორშაბათს
day-on-2 = სამშაბათს
day-on-3 = ოთხშაბათს
day-on-4 = ხუთშაბათს
day-on-5 = პარასკევს
day-on-6 = შაბათს
day-on-7 = კვირას
municipality-gdansk = გდანსკი
municipality-gdynia = გდინია
municipality-sopot = სოპოტი
municipality-slupsk = სლუპსკი
municipality-puck = პუცკი
municipality-pruszcz-gdanski-miasto = პრუშჩ-გდანსკი
municipality-kolbudy = კოლბუდი
municipality-pszczolki = პშჩულკი
municipality-cedry-wielkie = ცედრი-ველკე
municipality-kartuzy = კარტუზი
municipality-zukowo = ჟუკოვო
municipality-sierakowice = სიერაკოვიცე
municipality-suleczyno = სულენჩინო
municipality-przodkowo = პშოდკოვო
municipality-koscierzyna-gmina = კოშჩეჟინა (სასოფლო გმინა)
municipality-karsin = კარსინი
municipality-lipusz = ლიპუში
municipality-lebork = ლემბორკი
municipality-cewice = ცევიცე
municipality-malbork = მალბორკი
municipality-lichnowy = ლიხნოვი
municipality-nowy-dwor-gdanski = ნოვი-დვურ-გდანსკი
municipality-stegna = სტეგნა
municipality-ostaszewo = ოსტაშევო
municipality-sztutowo = შტუტოვო
municipality-kosakowo = კოსაკოვო
municipality-wladyslawowo = ვლადისლავოვო
municipality-krokowa = კროკოვა
municipality-hel = ჰელი
municipality-tczew = ტჩევი
municipality-wejherowo = ვეიჰეროვო
municipality-wejherowo-gmina = ვეიჰეროვო (სასოფლო გმინა)
municipality-rumia = რუმია
municipality-szemud = შემუდი
municipality-luzino = ლუზინო
municipality-leczyce = ლენჩიცე
municipality-linia = ლინია
municipality-gniewino = გნევინო
county-gdansk = გდანსკი
county-gdynia = გდინია
county-sopot = სოპოტი
county-slupsk = სლუპსკი
county-pucki = პუცკის რაიონი
county-gdanski = გდანსკის რაიონი
county-kartuski = კარტუზის რაიონი
county-koscierski = კოშჩეჟინის რაიონი
county-leborski = ლემბორკის რაიონი
county-malborski = მალბორკის რაიონი
county-nowodworski = ნოვი-დვურის რაიონი
county-tczewski = ტჩევის რაიონი
county-wejherowski = ვეიჰეროვოს რაიონი

## Search
search-label = ძიება გზამკვლევებსა და სერვისებში
search-button = ძიება
search-title = ძიება
search-empty = ჩაწერეთ, რას ეძებთ, მაგალითად: PESEL, შემწეობა, პოლონური ენის კურსი, ექიმი.
search-results-count =
    { $count ->
        [one] ნაპოვნია { $count } შედეგი
       *[other] ნაპოვნია { $count } შედეგი
    }
search-did-you-mean = ხომ არ გულისხმობდით:
search-browse-topics = თემების დათვალიერება
search-other-languages = შედეგები სხვა ენებზე
search-in-language = ენა:
search-topics-filter = თემის მიხედვით დაზუსტება
search-all-topics = ყველა თემა
search-pages-label = შედეგების გვერდები
search-previous = წინა
search-next = შემდეგი
search-section = განყოფილება:
search-service-label = სერვისი

## გმინები და რაიონები (/{lang}/municipalities)
municipalities-title = გმინები და რაიონები
municipalities-intro = სად დაარეგისტრიროთ ადგილსამყოფელი, მიიღოთ სოციალური დახმარება ან უფასო იურიდიული კონსულტაცია იქ, სადაც ცხოვრობთ. აირჩიეთ თქვენი გმინა (gmina) ან რაიონი (powiat).
municipalities-search-label = გმინის ან ქალაქის სახელი
municipalities-search-button = ძებნა
municipalities-found = შედეგები: { $count }
municipalities-none = ამ სახელით გმინა ვერ მოიძებნა. შეამოწმეთ მართლწერა ან აირჩიეთ სიიდან.
municipalities-show-all = ყველას ჩვენება
municipalities-city-counties = რაიონის უფლებების მქონე ქალაქები
place-intro = სად მიმართოთ ადგილობრივ საკითხებზე: ადგილსამყოფლის რეგისტრაცია (zameldowanie), სამოქალაქო აქტების რეგისტრაცია, სოციალური დახმარება, დასაქმების სამსახური, უფასო იურიდიული დახმარება, მართვის მოწმობები და სკოლაში ჩაწერა.
place-county-label = რაიონი
place-county-office = ეს დაწესებულება მთელ რაიონს ემსახურება:
place-office-unknown = პორტალმა ჯერ არ იცის, რომელი დაწესებულება აკეთებს ამას.
place-ask-link = ჰკითხეთ ადგილობრივ ხელისუფლებას (ოფიციალური საიტი)
place-guide = როგორ გავაკეთოთ:
place-members-heading = ამ რაიონის გმინები
place-foreigners-page = გმინის გვერდი უცხოელებისთვის
place-website = ვებსაიტი
place-bip = საჯარო ინფორმაციის ბიულეტენი (BIP)
step-address-registration = ადგილსამყოფლის რეგისტრაცია (zameldowanie)
step-civil-registry = სამოქალაქო აქტების რეგისტრაცია (USC)
step-social-help = სოციალური დახმარება
step-labour-office = დასაქმების სამსახური
step-legal-aid = უფასო იურიდიული დახმარება
step-driving-licences = მართვის მოწმობები და სატრანსპორტო საშუალებების რეგისტრაცია
step-school-enrolment = სკოლაში ჩაწერა
services-municipalities-link = დაწესებულებები თქვენს გმინაში: ადგილსამყოფლის რეგისტრაცია, სოციალური დახმარება, იურიდიული დახმარება
