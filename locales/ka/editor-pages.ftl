# რედაქტორების გვერდები /account/-ში: თარგმანების მდგომარეობა, მოძველებული სერვისები, რას ამბობენ ვიზიტორები.
editor-nav-review = განსახილველი რიგი
editor-percent = { $percent }%

editor-insight-title = რას ამბობენ ვიზიტორები
editor-insight-intro = პასუხები კითხვაზე „სასარგებლო იყო ეს გვერდი?“, კომენტარები, უშედეგო ძიებები და თარგმანის თხოვნები. აქ არაფერი ავლენს ვიზიტორის ვინაობას.
editor-insight-period-title = პერიოდი
editor-insight-month = თვე
editor-insight-month-hint = ფორმატით წწწწ-თთ, მაგ. 2026-11.
editor-insight-show = ჩვენება
editor-insight-between = ან დღიდან დღემდე (ნებისმიერი ველი შეიძლება ცარიელი დარჩეს)
editor-insight-since = დან (წწწწ-თთ-დდ)
editor-insight-until = მდე (წწწწ-თთ-დდ)
editor-insight-period-between = ნაჩვენებია: { $since }-დან { $until }-მდე.
editor-insight-period-since = ნაჩვენებია: { $since }-დან.
editor-insight-period-until = ნაჩვენებია: { $until }-მდე.
editor-insight-period-all = ნაჩვენებია: მთელი ჩაწერილი დრო.
editor-insight-csv = ჩამოტვირთვა CSV-ად (იგივე, რაც witaj insight --format csv)
editor-insight-problem-month = „{ $value }“ თვე არ არის. ჩაწერეთ ფორმატით წწწწ-თთ, მაგ. 2026-11.
editor-insight-problem-day = „{ $value }“ თარიღი არ არის. ჩაწერეთ ფორმატით წწწწ-თთ-დდ, მაგ. 2026-11-30.
editor-insight-problem-reversed = პერიოდი იწყება ({ $since }) თავისი დასასრულის ({ $until }) შემდეგ.
editor-insight-problem-both = აირჩიეთ ან თვე, ან დღეები დან და მდე, არა ორივე ერთად.
editor-insight-none = ამ პერიოდში არაფერია.
editor-insight-pages-title = სასარგებლო იყო ეს გვერდი?
editor-insight-pages-caption = პასუხები გვერდისა და ენის მიხედვით, ჯერ ყველაზე ნაკლებად სასარგებლო
editor-insight-pages-caption-answers = პასუხები გვერდისა და ენის მიხედვით, ჯერ ყველაზე მეტი პასუხით
editor-insight-sort = გვერდების რიგი
editor-insight-sort-useful = ჯერ ყველაზე ნაკლებად სასარგებლო
editor-insight-sort-answers = ჯერ ყველაზე მეტი პასუხით
editor-insight-col-page = გვერდი
editor-insight-col-lang = ენა
editor-insight-col-yes = დიახ
editor-insight-col-no = არა
editor-insight-col-share = სასარგებლო
editor-insight-comments-title = კომენტარები
editor-insight-comments-intro = რა დაწერეს ვიზიტორებმა „არას“ შემდეგ, ჯერ უახლესი. ელფოსტის მისამართები და გრძელი ნომრები შენახვამდე წაიშალა.
editor-insight-comments-none = ამ პერიოდში ღია კომენტარები არ არის.
editor-insight-mark-handled = დამუშავებულად მონიშვნა
editor-insight-mark-handled-label = დამუშავებულად მონიშვნა: კომენტარი { $day }-დან, გვერდი { $page }
editor-insight-handled-title = დამუშავებული
editor-insight-handled-by = დაამუშავა { $who }, { $when }
editor-insight-gaps-title = უშედეგო ძიებები
editor-insight-gaps-caption = უშედეგო ძიებები: { $lang }
editor-insight-col-query = მოთხოვნა
editor-insight-col-count = რამდენჯერ
editor-insight-col-first = პირველად
editor-insight-col-last = ბოლოს
editor-insight-demand-title = თარგმანის თხოვნები
editor-insight-demand-caption = „ეს ჩემს ენაზე მჭირდება“ გზამკვლევისა და ენის მიხედვით, ჯერ ყველაზე მოთხოვნადი
editor-insight-col-guide = გზამკვლევი
editor-insight-col-asked = თხოვნები
editor-insight-trend-title = თვეების მიხედვით
editor-insight-trend-caption = პასუხები, კომენტარები და თარგმანის თხოვნები თვეების მიხედვით
editor-insight-col-month = თვე
editor-insight-col-comments = კომენტარები

editor-status-title = თარგმანების მდგომარეობა
editor-status-intro = ყველა გზამკვლევი ყველა ენაზე, როგორც witaj status აჩვენებს. ასაკი ითვლება { $today }-მდე.
editor-status-matrix-title = გზამკვლევები და ენები
editor-status-matrix-caption = თითოეული გზამკვლევის თარგმანი თითოეულ ენაზე; ბმული ხსნის ამ გვერდს
editor-status-col-guide = გზამკვლევი
editor-status-col-language = ენა
editor-status-source = ორიგინალი
editor-status-current = აქტუალური
editor-status-outdated = მოძველებული
editor-status-missing = არ არის
editor-status-outdated-days = მოძველებული, { $days ->
    [one] { $days } დღე
   *[other] { $days } დღე
}
editor-status-completeness-title = სისრულე
editor-status-completeness-caption = გზამკვლევები თითოეულ ენაზე
editor-status-col-guides-percent = გზამკვლევებიდან
editor-status-col-words-percent = სიტყვებიდან
editor-status-work-title = სამუშაო თითოეული ენისთვის
editor-status-work-intro = ჯერ ის, რაც მკითხველებმა ითხოვეს, შემდეგ გზამკვლევის პრიორიტეტი და თემა, როგორც witaj status --lang-ში.
editor-status-work-none = გასაკეთებელი არაფერია: ყველა გზამკვლევი აქტუალურია.
editor-status-words = { $count ->
    [one] { $count } სიტყვა
   *[other] { $count } სიტყვა
}
editor-status-asked = { $count ->
    [one] { $count } თხოვნა
   *[other] { $count } თხოვნა
}

editor-stale-title = მოძველებული სერვისები
editor-stale-intro = სერვისები, რომლებიც არავის დაუდასტურებია { $months ->
    [one] { $months } თვის
   *[other] { $months } თვის
} განმავლობაში, ჯერ უძველესი, როგორც witaj stale ჩამოთვლის. სთხოვეთ მათ ორგანიზაციებს შემოწმება.
editor-stale-caption = { $count ->
    [one] { $count } დაუდასტურებელი სერვისი
   *[other] { $count } დაუდასტურებელი სერვისი
}
editor-stale-col-service = სერვისი
editor-stale-col-organisation = ორგანიზაცია
editor-stale-col-verified = ბოლოს შემოწმდა
editor-stale-none = ყველა სერვისი შემოწმდა ბოლო { $months ->
    [one] { $months } თვის
   *[other] { $months } თვის
} განმავლობაში.
