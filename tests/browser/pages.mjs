// The page types every browser check runs on. Adding a page type is adding one line.
//
//   type     what the report calls it
//   path     the URL path; `{lang}` is replaced by each language in `langs`
//   langs    default: pl (source, left to right), uk (Cyrillic translation), ar (right to left)
//   status   the expected HTTP status (default 200)
//   kb       the page-weight budget in KB, compressed, document plus everything it loads
//            (default 50; guides 30)
//   has      CSS selectors that must be present in <main>, with or without JavaScript: they pin
//            the page to its type, so if the bundled content changes (a fallback gets
//            translated, say), the test says so instead of quietly checking another kind of page
//   form     for pages whose point is a form (in <main>): the text to type into text fields
//            (every GET form on every page is submitted with JavaScript off and must lead to a
//            working page; without `form`, the text is "pesel")
//   negotiated  the page's language is not in its path but chosen from Accept-Language: the
//            browser asks for `{lang}` that way
//   post     a POST form to go through with JavaScript off: 'feedback' ("Was this page useful?":
//            No, then a comment, then the thank-you) or 'demand' ("I need this in my language")
//
// Some page types exist only in some languages of the bundled content: Polish is the source
// language, so nothing falls back in `pl`, and `uk` has every guide, current. Those page types
// are checked in the languages where the bundled content has them.

export const DEFAULT_LANGS = ['pl', 'uk', 'ar'];

export const PAGES = [
  { type: 'home', path: '/{lang}/', has: ['h1', '#topics', '.guide-list'] },
  { type: 'guide', path: '/{lang}/guides/residence-permits', kb: 30, has: ['article.guide h1', '#feedback form'], post: 'feedback' },
  { type: 'guide, feedback comment box', path: '/{lang}/guides/residence-permits?feedback=no', kb: 30, has: ['#feedback textarea'] },
  { type: 'guide, long', path: '/{lang}/guides/pesel', langs: ['pl', 'uk'], kb: 30, has: ['.toc'] },
  { type: 'fallback guide', path: '/{lang}/guides/bank-account', langs: ['ar', 'ka'], kb: 30, has: ['.notice-fallback', '#feedback-demand form'], post: 'demand' },
  { type: 'outdated guide', path: '/{lang}/guides/pesel', langs: ['ru'], kb: 30, has: ['.notice-outdated'] },
  { type: 'topic', path: '/{lang}/topics/documents', has: ['h1', '.guide-list'] },
  { type: '404', path: '/{lang}/no-such-page', status: 404, has: ['h1'] },
  { type: '404, unknown language', path: '/xx/guides/pesel', negotiated: true, status: 404, has: ['h1'] },
  { type: 'search, results', path: '/{lang}/search?q=pesel', form: 'pesel', has: ['form[role=search]', '.results li'] },
  { type: 'search, no results', path: '/{lang}/search?q=zzzqqx', form: 'zzzqqx', has: ['form[role=search]', '[role=status]'] },
  { type: 'services, filtered', path: '/{lang}/services?topic=legal-aid&free=1', has: ['form.filters', '.service-cards li'] },
  { type: 'service', path: '/{lang}/services/legal-aid-gdansk', has: ['article.service h1'] },
  { type: 'municipalities', path: '/{lang}/municipalities', has: ['form.search-big', '.municipality-group li'] },
  { type: 'municipalities, search', path: '/{lang}/municipalities?q=rumia', form: 'rumia', has: ['[role=status]', '.municipality-group li'] },
  { type: 'municipality', path: '/{lang}/municipalities/kosakowo', has: ['article.municipality h1', 'section.step', 'section.my-place form'] },
  { type: 'municipality, chosen', path: '/{lang}/municipalities/gdynia', cookie: 'municipality=gdynia', has: ['section.my-place button[name=forget]'] },
  { type: 'guide, local step chosen', path: '/{lang}/guides/legal-aid', cookie: 'municipality=gdynia', kb: 30, has: ['.local-office a[href*="/services/"]'] },
  { type: 'accessibility statement', path: '/{lang}/accessibility', has: ['h1'] },
  // The desk (issue 14): the clerk's interface in {lang}, the visitor reading Arabic (right to
  // left beside Polish) or Ukrainian; its form is the Polish search.
  { type: 'desk', path: '/{lang}/desk?q=pesel&for=ar&g=pesel&s=legal-aid-gdansk', form: 'pesel', kb: 60, has: ['form.desk-form', '.desk-columns .desk-col[lang=pl]', '.desk-columns .desk-col[lang=ar][dir=rtl]', 'img[src^="/qr/g/pesel/ar"]'] },
  { type: 'desk, empty', path: '/{lang}/desk', has: ['form.desk-form'] },
  { type: 'desk handout', path: '/pl/desk/handout?for={lang}&g=residence-permits&s=legal-aid-gdansk', langs: ['uk', 'ar'], kb: 60, has: ['.handout .checklist', 'img.handout-qr'] },
  { type: 'desk sheet', path: '/{lang}/desk/sheet?g=pesel&g=residence-permits&in=uk&in=ar&in=ka', has: ['.qr-sheet .qr-card img'] },
  { type: 'privacy notice', path: '/{lang}/privacy', has: ['h1', '#privacy-contact'] },
  { type: 'account, sign in', path: '/account/login?lang={lang}', has: ['h1', 'form[method=post] input[name=csrf]', 'input[type=password]'] },
  { type: 'account, invalid invitation', path: '/account/invite/0000?lang={lang}', status: 404, has: ['h1'] },
];

/// The handouts printed to PDF (run.mjs, "print"): a Ukrainian and an Arabic one, with the Polish
/// text too. `expect` and `forbid` get `message(lang, file, id)`, a message as the locales spell
/// it; titles are the guides' own (content/guides/<slug>/<lang>.md).
const handout = (lang, pesel, permits) => ({
  name: lang,
  lang,
  path: `/pl/desk/handout?for=${lang}&g=pesel&g=residence-permits&s=legal-aid-gdansk&pl=1`,
  expect: (m) => [
    pesel,
    permits,
    'Numer PESEL',
    'Zezwolenia na pobyt',
    m(lang, 'desk.ftl', 'desk-bring-heading'),
    m('pl', 'desk.ftl', 'desk-bring-heading'),
    '/g/pesel/' + lang,
    '/s/legal-aid-gdansk/' + lang,
  ],
  // What only the screen shows: the footer, and the clerk's (Polish) way back to the desk.
  forbid: (m) => [m(lang, 'portal.ftl', 'footer-accessibility'), m('pl', 'desk.ftl', 'desk-back'), m('pl', 'desk.ftl', 'desk-print-hint')],
});

export const PRINTS = [
  handout('uk', 'Номер PESEL', 'Дозволи на проживання'),
  // pdftotext spells the lam-alef ligature of "الإقامة" in visual order: the first word is enough.
  handout('ar', 'رقم PESEL', 'تصاريح'),
];

/// Every (page type, language) pair, with defaults filled in.
export function expandPages(pages = PAGES) {
  const out = [];
  for (const p of pages) {
    for (const lang of p.langs ?? DEFAULT_LANGS) {
      out.push({
        type: p.type,
        lang,
        path: p.path.replaceAll('{lang}', lang),
        status: p.status ?? 200,
        kb: p.kb ?? 50,
        has: p.has ?? [],
        form: p.form ?? null,
        post: p.post ?? null,
        acceptLanguage: p.negotiated ? lang : null,
        cookie: p.cookie ?? null,
      });
    }
  }
  return out;
}

/// Signed-in pages (issue 10): each is opened in Chromium by an account of `role` (`editor` or
/// `organisation`, seeded by tests/browser.rs through `witaj invite` and the set-password form) and
/// checked with axe-core, in `langs` (default: pl and ar, left to right and right to left).
/// `{service}` is the organisation's service, `{lang}` the language. Adding a page is adding one
/// line. The moderation flow itself (edit with errors, edit, approve, public page) is run.mjs's
/// "account" section, which checks its pages on the way.
export const SIGNED_IN_LANGS = ['pl', 'ar'];
export const SIGNED_IN_PAGES = [
  { type: 'dashboard (organisation)', role: 'organisation', path: '/account/?lang={lang}', has: ['ul.account-services'] },
  { type: 'service form', role: 'organisation', path: '/account/services/{service}/edit?lang={lang}', has: ['form.service-form', 'fieldset.week-editor'] },
  { type: 'propose a service', role: 'organisation', path: '/account/services/new?lang={lang}', has: ['form.service-form'] },
  { type: 'dashboard (editor)', role: 'editor', path: '/account/?lang={lang}', has: ['h1'] },
  { type: 'review queue', role: 'editor', path: '/account/review?lang={lang}', has: ['h1'] },
  { type: 'translation status', role: 'editor', path: '/account/status?lang={lang}', has: ['table.status-matrix'] },
  { type: 'stale services', role: 'editor', path: '/account/stale?lang={lang}', has: ['h1'] },
  { type: 'insight', role: 'editor', path: '/account/insight?lang={lang}', has: ['h1', 'form'] },
];
