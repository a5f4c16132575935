# The week editor of the service form (templates/partials/week-editor.html).
week-editor-legend = Часы работы
week-editor-hint = Для каждого дня укажите время открытия и закрытия или отметьте «закрыто». Второй промежуток — для дня с перерывом.
week-editor-closed = Закрыто
week-editor-opens = Открывается в
week-editor-closes = Закрывается в
week-editor-opens-again = Снова открывается в
week-editor-closes-again = Снова закрывается в
week-editor-holidays-legend = Государственные праздники
week-editor-holidays-closed = Закрыто в праздники
week-editor-holidays-open = Открыто, как в другие дни
week-editor-raw-kept = Эти часы содержат больше, чем могут показать строки дней, поэтому они сохранены как есть. Измените их как текст.
week-editor-raw-label = Часы работы (формат OpenStreetMap)
week-editor-raw-help = Например: Mo-Fr 08:00-16:00; PH off. Не пишите здесь примечаний: для этого есть поле примечания к часам работы.
