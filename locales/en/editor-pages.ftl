# The editors' pages under /account/: translation status, stale services, visitors' insight.
editor-nav-review = Review queue
editor-percent = { $percent }%

editor-insight-title = What visitors tell us
editor-insight-intro = Answers to "Was this page useful?", comments, searches that found nothing and requests for translations. Nothing here identifies a visitor.
editor-insight-period-title = Period
editor-insight-month = Month
editor-insight-month-hint = As YYYY-MM, e.g. 2026-11.
editor-insight-show = Show
editor-insight-between = Or from one day to another (either may stay empty)
editor-insight-since = From (YYYY-MM-DD)
editor-insight-until = To (YYYY-MM-DD)
editor-insight-period-between = Shown: { $since } to { $until }.
editor-insight-period-since = Shown: from { $since }.
editor-insight-period-until = Shown: up to { $until }.
editor-insight-period-all = Shown: all the time recorded.
editor-insight-csv = Download as CSV (the same as witaj insight --format csv)
editor-insight-problem-month = "{ $value }" is not a month. Write it as YYYY-MM, e.g. 2026-11.
editor-insight-problem-day = "{ $value }" is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-30.
editor-insight-problem-reversed = The period starts ({ $since }) after it ends ({ $until }).
editor-insight-problem-both = Choose either a month or the days from and to, not both.
editor-insight-none = Nothing in this period.
editor-insight-pages-title = Was this page useful?
editor-insight-pages-caption = Answers per page and language, least useful first
editor-insight-pages-caption-answers = Answers per page and language, most answers first
editor-insight-sort = Order of the pages
editor-insight-sort-useful = least useful first
editor-insight-sort-answers = most answers first
editor-insight-col-page = Page
editor-insight-col-lang = Language
editor-insight-col-yes = Yes
editor-insight-col-no = No
editor-insight-col-share = Useful
editor-insight-comments-title = Comments
editor-insight-comments-intro = What visitors wrote after "no", newest first. E-mail addresses and long numbers were removed before saving.
editor-insight-comments-none = No open comments in this period.
editor-insight-mark-handled = Mark handled
editor-insight-mark-handled-label = Mark handled: the comment of { $day } on { $page }
editor-insight-handled-title = Handled
editor-insight-handled-by = Handled by { $who }, { $when }
editor-insight-gaps-title = Searches that found nothing
editor-insight-gaps-caption = Searches without results: { $lang }
editor-insight-col-query = Search
editor-insight-col-count = Times
editor-insight-col-first = First
editor-insight-col-last = Last
editor-insight-demand-title = Translations asked for
editor-insight-demand-caption = "I need this in my language", per guide and language, most wanted first
editor-insight-col-guide = Guide
editor-insight-col-asked = Asked for
editor-insight-trend-title = Per month
editor-insight-trend-caption = Answers, comments and translation requests per month
editor-insight-col-month = Month
editor-insight-col-comments = Comments

editor-status-title = Translation status
editor-status-intro = Every guide in every language, as witaj status shows it. Ages are counted to { $today }.
editor-status-matrix-title = Guides and languages
editor-status-matrix-caption = Each guide's translation in each language; a link opens that page
editor-status-col-guide = Guide
editor-status-col-language = Language
editor-status-source = original
editor-status-current = current
editor-status-outdated = outdated
editor-status-missing = missing
editor-status-outdated-days = outdated, { $days ->
    [one] { $days } day
   *[other] { $days } days
}
editor-status-completeness-title = Completeness
editor-status-completeness-caption = Guides per language
editor-status-col-guides-percent = Of the guides
editor-status-col-words-percent = Of the words
editor-status-work-title = Work per language
editor-status-work-intro = What readers asked for comes first, then the guide's priority and its topic, as in witaj status --lang.
editor-status-work-none = Nothing to do: every guide is current.
editor-status-words = { $count ->
    [one] { $count } word
   *[other] { $count } words
}
editor-status-asked = { $count ->
    [one] asked for once
   *[other] asked for { $count } times
}

editor-stale-title = Stale services
editor-stale-intro = Services nobody has confirmed for { $months ->
    [one] { $months } month
   *[other] { $months } months
}, oldest first, as witaj stale lists them. Ask their organisation to check them.
editor-stale-caption = { $count ->
    [one] { $count } service not verified
   *[other] { $count } services not verified
}
editor-stale-col-service = Service
editor-stale-col-organisation = Organisation
editor-stale-col-verified = Last verified
editor-stale-none = Every service was verified within { $months ->
    [one] the last month
   *[other] the last { $months } months
}.
