# The week editor of the service form (templates/partials/week-editor.html).
week-editor-legend = Години роботи
week-editor-hint = Для кожного дня вкажіть час відкриття і закриття або позначте «зачинено». Другий проміжок — для дня з перервою.
week-editor-closed = Зачинено
week-editor-opens = Відкривається о
week-editor-closes = Зачиняється о
week-editor-opens-again = Знову відкривається о
week-editor-closes-again = Знову зачиняється о
week-editor-holidays-legend = Державні свята
week-editor-holidays-closed = Зачинено у свята
week-editor-holidays-open = Відчинено, як в інші дні
week-editor-raw-kept = Ці години містять більше, ніж можуть показати рядки днів, тому вони збережені як є. Змініть їх як текст.
week-editor-raw-label = Години роботи (формат OpenStreetMap)
week-editor-raw-help = Наприклад: Mo-Fr 08:00-16:00; PH off. Не пишіть тут приміток: для цього є поле примітки до годин роботи.
