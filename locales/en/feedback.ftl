# Feedback on pages, translation demand and the privacy notice (src/web/feedback.rs, privacy.rs).

## "Was this page useful?" at the end of guides, services and search results
feedback-heading = Was this page useful?
feedback-yes = Yes
feedback-no = No
feedback-comment-label = What was missing or wrong? (optional)
feedback-comment-hint = Do not write personal data (your name, e-mail address, phone or document numbers): nobody replies here, and we remove such data. At most { $max } characters.
feedback-send = Send
feedback-thanks = Thank you. Your answer helps us improve this site.
feedback-honeypot = Leave this field empty
feedback-demand-button = I need this in my language
feedback-demand-thanks = Thank you. We have noted that this guide is needed in your language.

## When an answer cannot be taken
feedback-refused-title = Your answer was not sent
feedback-refused-too-many = You sent many answers in a short time. Please wait a minute and try again.
feedback-refused-origin = The form was sent from another website. Please answer on this site's page.
feedback-refused-too-large = The form sent was too large.
feedback-refused-not-a-form = This address only takes the feedback form of this site's pages.
feedback-refused-unknown-page = We do not know the page this answer is about. It may have moved.
feedback-refused-no-answer = Please choose "Yes" or "No".
feedback-refused-too-long = The comment is too long: please write at most { $max } characters.
feedback-refused-not-missing = This guide is already available in this language.
feedback-refused-back = Back to the page

## The privacy notice (/privacy), linked from the footer
footer-privacy = Privacy
privacy-title = Privacy notice
privacy-intro = This site gives information without asking who you are. This page says what it records when you use it, why, and for how long.
privacy-not-collected-heading = What we do not record
privacy-not-collected = We do not store your IP address or which browser you use, and no cookie follows you. Cookies remember only your choices: the language, so that the next pages open in it, and your municipality if you choose one (below).
privacy-searches-heading = Searches that found nothing
privacy-searches =
    When a search finds nothing, we count the words searched for, with the language and the day, so that the editors know what information is missing. A search that looks like it contains personal data (an e-mail address or a long number) is not recorded. A search not repeated for { $days ->
        [one] { $days } day
       *[other] { $days } days
    } is deleted.
privacy-feedback-heading = "Was this page useful?"
privacy-feedback = When you answer, we record the page, its language, your answer and the day. From a comment, we first remove e-mail addresses, phone numbers and document numbers. We use the answers to improve the pages.
privacy-feedback-kept =
    Comments are deleted after { $months ->
        [one] { $months } month
       *[other] { $months } months
    }. The numbers of answers are kept as statistics: they say nothing about who answered.
privacy-demand-heading = "I need this in my language"
privacy-demand = When you press this button, we count the guide, the language and the day, so that the editors translate the most needed guides first. These numbers are kept as statistics.
privacy-limits-heading = Protection against abuse
privacy-limits = To hold back automated floods, the server keeps the address of your connection in memory for a short time, never on disk, and forgets it by the next day at the latest. The web server in front of this site may keep technical logs with addresses; the operator keeps them only as long as the law requires.
privacy-accounts-heading = Editors' accounts
privacy-accounts = Visitors need no account. Editors from organisations that work on the portal sign in with their e-mail address, which is kept as long as their account exists.
privacy-contact-heading = Who to contact
privacy-contact = This site is run by:
privacy-contact-missing = The operator has not published its contact details here yet.
privacy-contact-person = Contact person
privacy-contact-email = E-mail
privacy-contact-phone = Phone
