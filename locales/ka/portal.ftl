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
