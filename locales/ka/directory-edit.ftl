# The week editor of the service form (templates/partials/week-editor.html).
week-editor-legend = სამუშაო საათები
week-editor-hint = თითოეული დღისთვის მიუთითეთ გახსნისა და დაკეტვის დრო, ან მონიშნეთ „დაკეტილია“. მეორე შუალედი შესვენების მქონე დღისთვისაა.
week-editor-closed = დაკეტილია
week-editor-opens = იხსნება
week-editor-closes = იკეტება
week-editor-opens-again = ხელახლა იხსნება
week-editor-closes-again = ხელახლა იკეტება
week-editor-holidays-legend = უქმე დღეები
week-editor-holidays-closed = დაკეტილია უქმე დღეებში
week-editor-holidays-open = ღიაა, როგორც სხვა დღეებში
week-editor-raw-kept = ეს საათები იმაზე მეტს ამბობს, ვიდრე დღეების სტრიქონები აჩვენებს, ამიტომ ისინი ისე ინახება, როგორც დაწერილია. შეცვალეთ ისინი ტექსტის სახით.
week-editor-raw-label = სამუშაო საათები (OpenStreetMap-ის ფორმატი)
week-editor-raw-help = მაგალითად: Mo-Fr 08:00-16:00; PH off. აქ შენიშვნებს ნუ დაწერთ: ამისთვის სამუშაო საათების შენიშვნის ველი არსებობს.
