//! The editors' pages (issues 10 point 5 and 11 point 4): translation status, stale services and
//! visitors' insight with "mark handled" and its CSV, each for an editor with content seeded
//! through the public feedback form and the store; refused to organisations and anonymous
//! visitors; the CSV equal to `witaj insight`'s; CSRF, script in a comment, bad periods.

use time::macros::date;
use witaj::accounts::Role;

use crate::common::TestSite;
use crate::{Browser, Portal, csrf_of};

const EDITOR: &str = "red@example.org";
const XSS: &str = "<script>alert(1)</script><img src=x onerror=alert(2)> brak mapy";

/// Feedback as visitors leave it, through the public `POST /feedback`, plus a search that found
/// nothing and "I need this in my language" presses (the store's own calls, as the search page
/// and the demand button make them).
async fn seed(p: &Portal, b: &mut Browser) {
    for (page, useful, comment) in [
        ("/pl/guides/help", "yes", ""),
        ("/pl/guides/help", "yes", ""),
        ("/pl/guides/help", "no", ""),
        ("/uk/services/night-line", "no", XSS),
    ] {
        let r = b
            .post(
                "/feedback",
                &[("page", page), ("useful", useful), ("comment", comment)],
            )
            .await;
        r.assert_status(303);
    }
    let today = date!(2026 - 12 - 02);
    let store = p.state.store();
    assert!(
        store
            .record_search_gap("uk", "karta pobytu", today, None)
            .unwrap()
    );
    store.record_demand("help", "ar", today).unwrap();
    store.record_demand("help", "ar", today).unwrap();
}

#[tokio::test]
async fn insight_shows_answers_comments_gaps_demand_and_the_trend() {
    let p = Portal::fixture();
    let mut b = p.signed_in(EDITOR, Role::Editor).await;
    seed(&p, &mut b).await;
    let r = b.get("/account/insight?lang=pl").await;
    r.assert_status(200)
        .assert_contains(r#"<input id="period-month" name="month" type="month" value="2026-12""#)
        // Least useful first: the service page with one "no", then the guide at 67 %.
        .assert_contains(
            r#"<tr><th scope="row"><a href="/uk/services/night-line">services/night-line</a></th><td>uk</td><td>0</td><td>1</td><td>0%</td></tr>"#,
        )
        .assert_contains(
            r#"<tr><th scope="row"><a href="/pl/guides/help">guides/help</a></th><td>pl</td><td>2</td><td>1</td><td>67%</td></tr>"#,
        )
        .assert_contains(r#"<blockquote lang="uk" dir="ltr"><p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; brak mapy</p>"#)
        .assert_not_contains("<script>alert(1)")
        .assert_not_contains("<img src=x")
        .assert_contains(r#"<th scope="row" lang="uk" dir="ltr">karta pobytu</th><td>1</td>"#)
        .assert_contains(
            r#"<tr><th scope="row"><a href="/ar/guides/help">help</a></th><td>ar</td><td>2</td></tr>"#,
        )
        .assert_contains(
            "<tr><th scope=\"row\">2026-12</th><td>2</td><td>2</td><td>50%</td><td>1</td><td>2</td></tr>",
        )
        .assert_contains(r#"href="/account/insight.csv?lang=pl&amp;month=2026-12""#);
    let text = r.text();
    assert!(
        text.find("services/night-line").unwrap() < text.find("guides/help").unwrap(),
        "least useful first"
    );
    r.assert_contains(
        r#"<a href="/account/insight?lang=pl&amp;month=2026-12&amp;sort=useful#pages" aria-current="true">"#,
    );
    // Most answered first, on request; the period stays.
    let r = b
        .get("/account/insight?lang=pl&month=2026-12&sort=answers")
        .await;
    r.assert_status(200).assert_contains(
        r#"<a href="/account/insight?lang=pl&amp;month=2026-12&amp;sort=answers#pages" aria-current="true">"#,
    );
    let text = r.text();
    assert!(
        text.find("guides/help").unwrap() < text.find("services/night-line").unwrap(),
        "most answers first"
    );
    // Another month has nothing; a period that ends before December has nothing either.
    b.get("/account/insight?lang=pl&month=2026-11")
        .await
        .assert_status(200)
        .assert_not_contains("karta pobytu")
        .assert_not_contains("night-line");
    b.get("/account/insight?lang=pl&since=2026-12-01")
        .await
        .assert_status(200)
        .assert_contains("night-line");
}

#[tokio::test]
async fn the_csv_is_the_command_lines_for_the_same_period() {
    let p = Portal::fixture();
    let mut b = p.signed_in(EDITOR, Role::Editor).await;
    seed(&p, &mut b).await;
    let r = b.get("/account/insight.csv?lang=pl&month=2026-12").await;
    r.assert_status(200)
        .assert_content_type("text/csv; charset=utf-8");
    assert_eq!(
        r.header("content-disposition"),
        Some("attachment; filename=\"witaj-insight-2026-12.csv\"")
    );
    assert_eq!(r.header("cache-control"), Some("no-store"));
    let csv = r.text();
    let cli = p
        .site
        .cli(["insight", "--format", "csv", "--month", "2026-12"]);
    cli.assert_success();
    assert_eq!(csv, cli.stdout);
    assert!(csv.ends_with("\r\n"));
    // The comment's script is a text cell; a formula would have been guarded.
    insta::assert_snapshot!(csv.replace("\r\n", "\n"), @r"
        section,when,page,lang,yes,no,share_useful,comments,demand,count,id,text,handled_by,handled_at
        page,,services/night-line,uk,0,1,0,,,,,,,
        page,,guides/help,pl,2,1,0.667,,,,,,,
        comment,2026-12-02,services/night-line,uk,,,,,,,1,<script>alert(1)</script><img src=x onerror=alert(2)> brak mapy,,
        search_gap,2026-12-02,,uk,,,,,,1,,karta pobytu,,
        demand,,guides/help,ar,,,,,2,,,,,
        month,2026-12,,,2,2,0.5,1,2,,,,,
        ");
    // Since/until: the same as the CLI's too.
    let r = b
        .get("/account/insight.csv?since=2026-12-02&until=2026-12-31")
        .await;
    r.assert_status(200);
    assert_eq!(
        r.header("content-disposition"),
        Some("attachment; filename=\"witaj-insight-2026-12-02_2026-12-31.csv\"")
    );
    let cli = p.site.cli([
        "insight",
        "--format",
        "csv",
        "--since",
        "2026-12-02",
        "--until",
        "2026-12-31",
    ]);
    assert_eq!(r.text(), cli.stdout);
}

// A formula typed into a comment is not run by the spreadsheet that opens the download.
#[tokio::test]
async fn a_formula_in_a_comment_is_guarded_in_the_csv() {
    let p = Portal::fixture();
    let mut b = p.signed_in(EDITOR, Role::Editor).await;
    b.post(
        "/feedback",
        &[
            ("page", "/pl/guides/help"),
            ("useful", "no"),
            ("comment", "=HYPERLINK(\"http://evil.example\",\"x\")"),
        ],
    )
    .await
    .assert_status(303);
    let csv = b.get("/account/insight.csv").await.text();
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""),
        "{csv}"
    );
}

#[tokio::test]
async fn marking_a_comment_handled_needs_the_token_and_records_who_and_when() {
    let p = Portal::fixture();
    let mut b = p.signed_in(EDITOR, Role::Editor).await;
    seed(&p, &mut b).await;
    let store = p.state.store();
    let id = store
        .insight(Default::default())
        .unwrap()
        .comments
        .first()
        .unwrap()
        .id;
    let action = format!("/account/insight/comments/{id}/handled?lang=pl");
    let page = b.get("/account/insight?lang=pl&month=2026-12").await;
    page.assert_contains(&format!(r#"<form method="post" action="{action}">"#));
    let csrf = csrf_of(&page);
    // Without a token, and with a wrong one: refused, nothing recorded.
    b.post(&action, &[("month", "2026-12")])
        .await
        .assert_status(403);
    b.post(&action, &[("csrf", &"0".repeat(64)), ("month", "2026-12")])
        .await
        .assert_status(403);
    assert_eq!(store.comment(id).unwrap().unwrap().handled_by, None);
    // An organisation, even with its own valid token: refused.
    let mut org = p
        .signed_in(
            "a@fundacja.example",
            Role::Organisation("fundacja-przyklad".into()),
        )
        .await;
    let org_csrf = csrf_of(&org.get("/account/").await);
    org.post(&action, &[("csrf", &org_csrf)])
        .await
        .assert_status(403);
    assert_eq!(store.comment(id).unwrap().unwrap().handled_by, None);
    // With the token: recorded, and back to the same period.
    p.clock.advance(chrono::Duration::minutes(5));
    b.post(&action, &[("csrf", &csrf), ("month", "2026-12")])
        .await
        .assert_redirect("/account/insight?lang=pl&month=2026-12#comments");
    let c = store.comment(id).unwrap().unwrap();
    assert_eq!(c.handled_by.as_deref(), Some(EDITOR));
    assert_eq!(c.handled_at.as_deref(), Some("2026-12-02T10:05:00Z"));
    let audit = store.audit_log(10).unwrap();
    assert!(
        audit.iter().any(|e| e.action == "comment-handled"
            && e.actor.as_deref() == Some(EDITOR)
            && e.subject == format!("comment {id}")),
        "{audit:?}"
    );
    // Shown as handled, with who and when, and no button any more.
    b.get("/account/insight?lang=pl")
        .await
        .assert_contains(&format!("Załatwił(a) {EDITOR}, 2026-12-02 10:05 UTC"))
        .assert_not_contains(&action);
    // Twice is once: the first editor and time stay; an unknown id is 404.
    p.clock.advance(chrono::Duration::minutes(5));
    b.post(&action, &[("csrf", &csrf)]).await.assert_status(303);
    assert_eq!(store.comment(id).unwrap().unwrap(), c);
    b.post("/account/insight/comments/9999/handled", &[("csrf", &csrf)])
        .await
        .assert_status(404);
    b.post("/account/insight/comments/x/handled", &[("csrf", &csrf)])
        .await
        .assert_status(404);
}

#[tokio::test]
async fn a_period_that_cannot_be_read_gives_the_form_back_with_400() {
    let p = Portal::fixture();
    let mut b = p.signed_in(EDITOR, Role::Editor).await;
    for (query, says) in [
        (
            "month=2026-13",
            "\u{201e}2026-13\u{201d} nie jest miesiącem",
        ),
        (
            "month=listopad",
            "\u{201e}listopad\u{201d} nie jest miesiącem",
        ),
        (
            "since=2026-11-31",
            "\u{201e}2026-11-31\u{201d} nie jest datą",
        ),
        ("since=2026-11-05&until=2026-11-01", "Okres zaczyna się"),
        ("month=2026-11&until=2026-11-30", "Wybierz miesiąc albo dni"),
    ] {
        for path in ["/account/insight", "/account/insight.csv"] {
            let r = b.get(&format!("{path}?lang=pl&{query}")).await;
            r.assert_status(400)
                .assert_contains(r#"<p class="form-error" id="period-error" role="alert">"#)
                .assert_contains(says)
                .assert_contains(r#"<input id="period-month""#);
        }
    }
    // Script in a period is shown back as text.
    b.get("/account/insight?lang=pl&month=%3Cscript%3Ealert(1)%3C/script%3E")
        .await
        .assert_status(400)
        .assert_not_contains("<script>alert(1)")
        .assert_contains("&lt;script&gt;");
}

#[tokio::test]
async fn status_shows_the_matrix_with_ages_and_the_work_ordered_by_demand() {
    let site = TestSite::fixture("directory-site");
    // A second guide, in a topic listed before the first's, so that without demand it comes
    // first; and a Ukrainian translation of `help` never stamped, so outdated.
    site.write(
        "content/guides/aaa-first/pl.md",
        "+++\ntitle = \"Pierwszy poradnik\"\nsummary = \"Krótko.\"\ntopics = [\"documents\"]\nupdated = 2026-11-01\nsources = [\"https://np.ms.gov.pl\"]\n+++\n\nTekst poradnika.\n",
    );
    let help = site.read("content/guides/help/pl.md");
    let front = help.split("+++").nth(1).unwrap();
    site.write(
        "content/guides/help/uk.md",
        &format!("+++{front}+++\n\n## Поради\n\nБезкоштовні поради.\n"),
    );
    let p = Portal::over(site);
    p.state
        .store()
        .record_demand("help", "uk", date!(2026 - 12 - 01))
        .unwrap();
    let mut b = p.signed_in(EDITOR, Role::Editor).await;
    let r = b.get("/account/status?lang=pl").await;
    r.assert_status(200)
        .assert_contains("<caption>")
        .assert_contains(
            r#"<th scope="col"><abbr title="Українська" lang="uk" dir="ltr">uk</abbr></th>"#,
        )
        .assert_contains(r#"<td class="status-source"><a href="/pl/guides/help">oryginał</a></td>"#)
        // The source was updated 2026-11-20: 12 days before the clock's 2 December.
        .assert_contains(
            r#"<td class="status-outdated"><a href="/uk/guides/help">nieaktualne, 12 dni</a></td>"#,
        )
        .assert_contains(
            r#"<td class="status-missing"><a href="/ar/guides/aaa-first">brak</a></td>"#,
        )
        .assert_contains("<code>witaj translate aaa-first uk</code>")
        .assert_contains("<strong>1 prośba</strong>");
    // Per language, the order of `witaj status --lang`: demand first in Ukrainian, topic order
    // in Arabic.
    let text = r.text();
    let section = |lang: &str| {
        let start = text.find(&format!("id=\"work-{lang}\"")).unwrap();
        text[start..].split("</ol>").next().unwrap().to_string()
    };
    let (uk, ar) = (section("uk"), section("ar"));
    assert!(
        uk.find("help").unwrap() < uk.find("aaa-first").unwrap(),
        "{uk}"
    );
    assert!(
        ar.find("aaa-first").unwrap() < ar.find("help").unwrap(),
        "{ar}"
    );
    let cli = p.site.cli([
        "status",
        "--lang",
        "uk",
        "--format",
        "json",
        "--today",
        "2026-12-02",
    ]);
    cli.assert_success();
    let slugs: Vec<String> = serde_json::from_str::<serde_json::Value>(&cli.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["slug"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(slugs, ["help", "aaa-first"]);
}

#[tokio::test]
async fn stale_lists_services_not_verified_for_six_months_with_their_organisation() {
    let site = TestSite::fixture("directory-site");
    let rel = "content/directory/night-line.toml";
    site.write(
        rel,
        &site
            .read(rel)
            .replace("verified = 2026-11-20", "verified = 2026-03-01"),
    );
    let p = Portal::over(site);
    let expected = witaj::directory::edit::stale::stale(
        &p.state.site().directory,
        "pl",
        date!(2026 - 12 - 02),
        6,
    );
    assert_eq!(expected.len(), 1);
    let s = &expected[0];
    let mut b = p.signed_in(EDITOR, Role::Editor).await;
    b.get("/account/stale?lang=uk")
        .await
        .assert_status(200)
        .assert_contains(&format!(
            r#"<a href="/uk/services/night-line" lang="pl">{}</a>"#,
            s.name
        ))
        .assert_contains(&format!(
            r#"<span lang="pl">{}</span> (<code>{}</code>)"#,
            s.organization, s.organization_id
        ))
        .assert_contains("scope=\"row\"")
        .assert_not_contains("/uk/services/always-open");
    // With every service fresh, the page says so.
    let fresh = Portal::fixture();
    let mut b = fresh.signed_in(EDITOR, Role::Editor).await;
    b.get("/account/stale?lang=pl")
        .await
        .assert_status(200)
        .assert_contains("Każdą usługę sprawdzono w ciągu ostatnich 6 miesięcy.");
}

#[tokio::test]
async fn organisations_get_403_and_anonymous_visitors_the_login() {
    let p = Portal::fixture();
    let mut org = p
        .signed_in(
            "a@fundacja.example",
            Role::Organisation("fundacja-przyklad".into()),
        )
        .await;
    let mut anonymous = p.browser();
    for path in [
        "/account/status",
        "/account/stale",
        "/account/insight",
        "/account/insight.csv",
        "/account/insight?month=2026-12",
    ] {
        let r = org.get(path).await;
        r.assert_status(403);
        assert_eq!(r.header("cache-control"), Some("no-store"), "{path}");
        anonymous
            .get(&format!(
                "{path}{}lang=pl",
                if path.contains('?') { '&' } else { '?' }
            ))
            .await
            .assert_redirect("/account/login?lang=pl");
    }
    // Their navigation shows only what they may use.
    org.get("/account/?lang=pl")
        .await
        .assert_contains(r#"<a href="/account/?lang=pl" aria-current="page">"#)
        .assert_not_contains("/account/status")
        .assert_not_contains("/account/insight")
        .assert_not_contains("/account/review");
}

#[tokio::test]
async fn every_editor_page_has_the_navigation_with_the_current_page_marked() {
    let p = Portal::fixture();
    let mut b = p.signed_in(EDITOR, Role::Editor).await;
    let links = [
        "/account/",
        "/account/review",
        "/account/status",
        "/account/stale",
        "/account/insight",
        "/account/accounts",
        "/account/audit",
    ];
    for page in [
        "/account/",
        "/account/status",
        "/account/stale",
        "/account/insight",
        "/account/accounts",
        "/account/audit",
    ] {
        let r = b.get(&format!("{page}?lang=uk")).await;
        r.assert_status(200);
        assert_eq!(r.header("cache-control"), Some("no-store"), "{page}");
        assert!(
            r.header("content-security-policy")
                .is_some_and(|c| c.contains("script-src 'self'")),
            "{page}"
        );
        for link in links {
            let marked = format!(r#"<a href="{link}?lang=uk" aria-current="page">"#);
            if link == page {
                r.assert_contains(&marked);
            } else {
                r.assert_contains(&format!(r#"<a href="{link}?lang=uk">"#));
            }
        }
        assert_eq!(
            r.text().matches("aria-current=\"page\"").count(),
            1,
            "{page}"
        );
    }
}

// Every editor page in every language of the fixture, right to left too, with no message left
// unknown (a message missing in every language would show its id; one missing in a single
// language is a warning of `witaj check`, clean on the bundled site).
#[tokio::test]
async fn the_editors_pages_speak_every_language() {
    let p = Portal::fixture();
    let mut b = p.signed_in(EDITOR, Role::Editor).await;
    seed(&p, &mut b).await;
    for (lang, dir) in [("pl", "ltr"), ("uk", "ltr"), ("ar", "rtl")] {
        for page in [
            "/account/status",
            "/account/stale",
            "/account/insight",
            "/account/insight?month=2026-13",
        ] {
            let sep = if page.contains('?') { '&' } else { '?' };
            let r = b.get(&format!("{page}{sep}lang={lang}")).await;
            r.assert_contains(&format!(r#"<html lang="{lang}" dir="{dir}">"#))
                .assert_not_contains("editor-")
                .assert_not_contains("account-nav-label");
        }
    }
}
