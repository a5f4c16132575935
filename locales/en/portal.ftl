# Interface strings of the portal, English.
# Plurals use the language's CLDR categories (English: one, other).

site-name = Witaj
site-tagline = Information for newcomers to Gdańsk, Gdynia, Sopot and Pomerania

## Navigation
skip-to-content = Skip to content
nav-label = Main navigation
nav-home = Home
nav-topics = Topics
language-switcher-label = Page language
breadcrumb-label = You are here

## Home page
home-title = Information for people arriving in Pomerania
home-intro = Practical guides on documents, work, learning Polish, school, health and help, in your language. Every guide lists its official sources.
home-topics-heading = Topics
home-guides-heading = All guides
home-emergency = Danger to life, health or property? Call the emergency number:

## Topics
topic-documents = Documents and residence
topic-work = Work
topic-polish-courses = Polish courses
topic-education = School and education
topic-health = Health
topic-legal-aid = Legal advice
topic-social-help = Social help
topic-housing = Housing
topic-safety = Safety and emergencies
topic-daily-life = Daily life
topic-community = Community and culture
topic-empty = There are no guides on this topic yet.

## Counts
guides-count =
    { $count ->
        [one] { $count } guide
       *[other] { $count } guides
    }
services-count =
    { $count ->
        [one] { $count } service
       *[other] { $count } services
    }

## Guide pages
guide-updated = Updated: { $date }
guide-reviewed = Checked against sources: { $date }
guide-sources-heading = Official sources
guide-toc-heading = On this page
guide-topics-label = Topics
external-link = external site

## Translation notices
notice-fallback = This guide is not available in English yet. It is shown below in another language.
notice-shown-in = Shown in:
notice-available-in = This guide is available in:
notice-outdated = The Polish original of this guide has changed since it was translated. This translation may be out of date.
notice-outdated-link = Read the current original

## Errors
error-404-title = Page not found
error-404-text = The page you are looking for does not exist or has moved.
error-home-link = Go to the home page
error-languages-heading = Choose a language
error-500-title = Server error
error-500-text = Something went wrong on our side. Please try again in a moment.

## Footer
footer-sources = The information on this site is based on the official sources listed with each guide. For your individual case, contact the office responsible.

## Dates
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-format = { $day } { $month } { $year }
