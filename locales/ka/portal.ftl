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
date-format = { $day } { $month }, { $year }

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
org-kind-city-unit = ქალაქის ან მაზრის დაწესებულება
org-kind-public-office = სახელმწიფო დაწესებულება
org-kind-ngo = არასამთავრობო ორგანიზაცია
service-free = უფასო
service-paid = ფასიანი
service-cost-unknown = არ ვიცით, ფასიანია თუ არა მომსახურება. ვიზიტამდე იკითხეთ.
service-remote = ტელეფონით ან ონლაინ
service-remote-long = ამ სერვისს მისამართი არ აქვს: დაუკავშირდით ტელეფონით ან ინტერნეტით.
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
county-gdansk = გდანსკი
county-gdynia = გდინია
county-sopot = სოპოტი
county-slupsk = სლუპსკი
county-pucki = პუცკის მაზრა
