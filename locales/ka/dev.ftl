## serve --watch: the banner shown while the last change could not be loaded
dev-banner-title = ბოლო ცვლილება ვერ ჩაიტვირთა
dev-banner-text = პორტალი კვლავ წინა ვერსიას აჩვენებს. გაასწორეთ ქვემოთ ჩამოთვლილი შეცდომები და ფაილი ხელახლა შეინახეთ; ეს გვერდი თავისით განახლდება.
dev-banner-errors =
    { $count ->
        [one] { $count } შეცდომა
       *[other] { $count } შეცდომა
    }
