# The week editor of the service form (templates/partials/week-editor.html).
week-editor-legend = Гадзіны працы
week-editor-hint = Для кожнага дня ўкажыце час адкрыцця і закрыцця або адзначце «зачынена». Другі прамежак — для дня з перапынкам.
week-editor-closed = Зачынена
week-editor-opens = Адчыняецца а
week-editor-closes = Зачыняецца а
week-editor-opens-again = Зноў адчыняецца а
week-editor-closes-again = Зноў зачыняецца а
week-editor-holidays-legend = Дзяржаўныя святы
week-editor-holidays-closed = Зачынена ў святы
week-editor-holidays-open = Адчынена, як у іншыя дні
week-editor-raw-kept = Гэтыя гадзіны ўтрымліваюць больш, чым могуць паказаць радкі дзён, таму яны захаваны як ёсць. Змяніце іх як тэкст.
week-editor-raw-label = Гадзіны працы (фармат OpenStreetMap)
week-editor-raw-help = Напрыклад: Mo-Fr 08:00-16:00; PH off. Не пішыце тут заўваг: для гэтага ёсць поле заўвагі да гадзін працы.
