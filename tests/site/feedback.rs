//! "Was this page useful?" and "I need this in my language" (issue 11): the forms without
//! JavaScript, what is stored (and what is not), the attacks the endpoints must shrug off, the
//! counts under concurrent posts, retention, and `witaj insight`'s two shapes.

use std::net::IpAddr;

use axum::Router;
use axum::body::Body;
use axum::http::Request;
use chrono::{DateTime, TimeZone, Utc};
use insta::assert_snapshot;
use tower::ServiceExt;
use witaj::feedback::insight::{Insight, Period};
use witaj::feedback::{Scrubbed, Useful};
use witaj::state::{Answer, Store};
use witaj::web::{AppState, ClientAddr, FeedbackGuard, router};

use crate::common::{TestResponse, TestSite, repo_root};

const ORIGIN: &str = "https://portal.example";

/// A message of `locales/<lang>/feedback.ftl`, as the translators wrote it (one-line messages).
fn message(lang: &str, id: &str) -> String {
    let file = repo_root().join("locales").join(lang).join("feedback.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let prefix = format!("{id} = ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no one-line message `{id}` in {}", file.display()))
        .replace('\'', "&#39;")
        .replace('"', "&quot;")
}

/// The router over a state, for posts (the shared `TestApp` only sends GET).
struct Poster {
    router: Router,
    state: AppState,
}

impl Poster {
    fn new(state: AppState) -> Poster {
        Poster {
            router: router(state.clone()),
            state,
        }
    }

    fn site(site: &TestSite) -> Poster {
        Poster::new(AppState::new(site.site()))
    }

    fn store(&self) -> &Store {
        self.state.store()
    }

    fn insight(&self) -> Insight {
        self.store().insight(Period::default()).unwrap()
    }

    async fn send(&self, req: Request<Body>) -> TestResponse {
        let resp = self.router.clone().oneshot(req).await.unwrap();
        TestResponse::read(resp).await
    }

    async fn get(&self, path: &str) -> TestResponse {
        self.send(Request::get(path).body(Body::empty()).unwrap())
            .await
    }

    /// A form post from this site's own page.
    async fn post(&self, path: &str, form: &[(&str, &str)]) -> TestResponse {
        self.post_with(path, form, &[("origin", ORIGIN)], None)
            .await
    }

    async fn post_with(
        &self,
        path: &str,
        form: &[(&str, &str)],
        headers: &[(&str, &str)],
        client: Option<&str>,
    ) -> TestResponse {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        self.post_raw(path, body, headers, client).await
    }

    async fn post_raw(
        &self,
        path: &str,
        body: String,
        headers: &[(&str, &str)],
        client: Option<&str>,
    ) -> TestResponse {
        let mut req = Request::post(path)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        for (k, v) in headers {
            req.headers_mut().insert(
                axum::http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                v.parse().unwrap(),
            );
        }
        if let Some(ip) = client {
            req.extensions_mut()
                .insert(ClientAddr(ip.parse::<IpAddr>().unwrap()));
        }
        self.send(req).await
    }
}

#[track_caller]
fn see_other(r: &TestResponse, to: &str) {
    r.assert_status(303).assert_redirect(to);
    assert!(r.header("set-cookie").is_none(), "no cookie is ever set");
}

#[tokio::test]
async fn the_box_is_on_guides_services_and_search_results_only() {
    let site = TestSite::fixture("site");
    let app = Poster::site(&site);
    let guide = app.get("/uk/guides/alpha").await;
    guide
        .assert_status(200)
        .assert_contains(r#"<form method="post" action="/feedback" class="feedback-answer">"#)
        .assert_contains(r#"<input type="hidden" name="page" value="/uk/guides/alpha">"#)
        .assert_contains(r#"<button type="submit" name="useful" value="no">"#)
        .assert_contains(r#"name="website" type="text" tabindex="-1""#)
        .assert_contains(&message("uk", "feedback-heading"))
        // A guide in the reader's own language has nothing to ask for.
        .assert_not_contains("/feedback/demand");
    app.get("/en/search?q=alpha")
        .await
        .assert_contains(r#"name="page" value="/en/search?q=alpha""#);
    app.get("/en/search")
        .await
        .assert_not_contains(r#"action="/feedback""#);
    app.get("/en/")
        .await
        .assert_not_contains(r#"action="/feedback""#);
    let bundled = Poster::new(AppState::new(TestSite::bundled()));
    bundled
        .get("/pl/services/legal-aid-gdansk")
        .await
        .assert_status(200)
        .assert_contains(r#"name="page" value="/pl/services/legal-aid-gdansk""#);
}

#[tokio::test]
async fn yes_is_counted_and_thanked_in_the_readers_language() {
    let site = TestSite::fixture("site");
    let app = Poster::site(&site);
    let r = app
        .post(
            "/feedback",
            &[("page", "/uk/guides/alpha"), ("useful", "yes")],
        )
        .await;
    see_other(&r, "/uk/guides/alpha?feedback=thanks#feedback");
    app.get("/uk/guides/alpha?feedback=thanks")
        .await
        .assert_contains(&message("uk", "feedback-thanks"))
        .assert_not_contains(r#"action="/feedback""#);
    let pages = app.insight().pages;
    assert_eq!((pages.len(), pages[0].yes, pages[0].no), (1, 1, 0));
    assert_eq!(
        (pages[0].page.as_str(), pages[0].lang.as_str()),
        ("guides/alpha", "uk")
    );
}

// The no-JavaScript path: "no" is counted at once, then the comment box, then thanks.
#[tokio::test]
async fn no_then_an_optional_comment_counts_once_and_keeps_the_scrubbed_text() {
    let site = TestSite::fixture("site");
    let app = Poster::site(&site);
    let r = app
        .post(
            "/feedback",
            &[("page", "/ar/guides/alpha"), ("useful", "no")],
        )
        .await;
    see_other(&r, "/ar/guides/alpha?feedback=no#feedback");
    app.get("/ar/guides/alpha?feedback=no")
        .await
        .assert_contains(
            r#"<textarea id="feedback-comment" name="comment" rows="4" maxlength="1000""#,
        )
        .assert_contains(r#"<input type="hidden" name="step" value="comment">"#)
        .assert_contains(&message("ar", "feedback-comment-label"));
    let form = [
        ("page", "/ar/guides/alpha"),
        ("useful", "no"),
        ("step", "comment"),
        (
            "comment",
            "لا يوجد عنوان، اكتبوا لي a.b@example.com أو ٠٥٥١٢٣٤٥٦٧",
        ),
    ];
    see_other(
        &app.post("/feedback", &form).await,
        "/ar/guides/alpha?feedback=thanks#feedback",
    );
    // Leaving the box empty is fine too, and counts nothing more.
    let empty = [form[0], form[1], form[2], ("comment", "  ")];
    see_other(
        &app.post("/feedback", &empty).await,
        "/ar/guides/alpha?feedback=thanks#feedback",
    );
    let i = app.insight();
    assert_eq!((i.pages[0].yes, i.pages[0].no), (0, 1));
    assert_eq!(i.comments.len(), 1);
    assert_eq!(i.comments[0].text, "لا يوجد عنوان، اكتبوا لي […] أو […]");
}

#[tokio::test]
async fn no_with_a_comment_in_one_post_goes_straight_to_thanks() {
    let site = TestSite::fixture("site");
    let app = Poster::site(&site);
    let form = [
        ("page", "/en/search?q=winter tyres"),
        ("useful", "no"),
        ("comment", "Nothing about tyres. Call me: +48 600 123 456"),
    ];
    see_other(
        &app.post("/feedback", &form).await,
        "/en/search?q=winter+tyres&feedback=thanks#feedback",
    );
    let i = app.insight();
    assert_eq!((i.pages[0].page.as_str(), i.pages[0].no), ("search", 1));
    assert_eq!(i.comments[0].text, "Nothing about tyres. Call me: […]");
}

// Coming back to a search that found nothing from the feedback form is not a second gap.
#[tokio::test]
async fn returning_to_empty_results_from_the_form_is_not_another_gap() {
    let site = TestSite::fixture("site");
    let app = Poster::site(&site);
    app.get("/en/search?q=zzzqqx").await.assert_status(200);
    app.get("/en/search?q=zzzqqx&feedback=no")
        .await
        .assert_status(200);
    app.get("/en/search?q=zzzqqx&feedback=thanks")
        .await
        .assert_status(200);
    assert_eq!(app.store().search_gaps(None, 10).unwrap()[0].count, 1);
}

#[tokio::test]
async fn bad_input_is_400_with_a_message_in_the_readers_language() {
    let site = TestSite::fixture("site");
    let app = Poster::site(&site);
    let long = "я".repeat(1001);
    for (form, id) in [
        (
            vec![("page", "/uk/guides/nope"), ("useful", "yes")],
            "feedback-refused-unknown-page",
        ),
        (
            vec![("page", "/uk/topics/documents"), ("useful", "yes")],
            "feedback-refused-unknown-page",
        ),
        (
            vec![
                ("page", "https://evil.example/uk/guides/alpha"),
                ("useful", "yes"),
            ],
            "feedback-refused-unknown-page",
        ),
        (
            vec![("page", "/uk/guides/alpha/../../x"), ("useful", "yes")],
            "feedback-refused-unknown-page",
        ),
        (vec![("useful", "yes")], "feedback-refused-unknown-page"),
        (
            vec![("page", "/uk/guides/alpha")],
            "feedback-refused-no-answer",
        ),
        (
            vec![("page", "/uk/guides/alpha"), ("useful", "maybe")],
            "feedback-refused-no-answer",
        ),
        (
            vec![
                ("page", "/uk/guides/alpha"),
                ("useful", "yes"),
                ("step", "comment"),
            ],
            "feedback-refused-no-answer",
        ),
        (
            vec![
                ("page", "/uk/guides/alpha"),
                ("useful", "no"),
                ("comment", &long),
            ],
            "feedback-refused-too-long",
        ),
    ] {
        let r = app
            .post_with(
                "/feedback",
                &form,
                &[("origin", ORIGIN), ("accept-language", "uk")],
                None,
            )
            .await;
        r.assert_status(400)
            .assert_contains("<html lang=\"uk\"")
            .assert_contains(&message("uk", id).replace("{ $max }", "1000"));
    }
    // Not a form at all.
    let json = app
        .send(
            Request::post("/feedback")
                .header("content-type", "application/json")
                .header("accept-language", "uk")
                .body(Body::from("{}"))
                .unwrap(),
        )
        .await;
    json.assert_status(400)
        .assert_contains(&message("uk", "feedback-refused-not-a-form"));
    // A body far larger than the form.
    let huge = format!(
        "page=/uk/guides/alpha&useful=no&comment={}",
        "a".repeat(100_000)
    );
    app.post_raw("/feedback", huge, &[("accept-language", "uk")], None)
        .await
        .assert_status(413)
        .assert_contains(&message("uk", "feedback-refused-too-large"));
    // GET is not a way to answer.
    assert_eq!(
        app.get("/feedback?page=/uk/guides/alpha&useful=yes")
            .await
            .status,
        405
    );
    assert!(app.insight().pages.is_empty());
}

#[tokio::test]
async fn posts_from_other_origins_are_refused() {
    let site = TestSite::fixture("site");
    let app = Poster::site(&site);
    let form = [("page", "/en/guides/alpha"), ("useful", "yes")];
    for headers in [
        vec![("origin", "https://evil.example")],
        vec![("origin", "null")],
        vec![("origin", "https://portal.example.evil.example")],
        vec![("referer", "https://evil.example/en/guides/alpha")],
        // Origin wins over a Referer that would pass.
        vec![
            ("origin", "https://evil.example"),
            ("referer", "https://portal.example/en/"),
        ],
    ] {
        // Refused before the form is read: in the language of the reader's headers.
        let headers = [headers, vec![("accept-language", "en")]].concat();
        app.post_with("/feedback", &form, &headers, None)
            .await
            .assert_status(403)
            .assert_contains(&message("en", "feedback-refused-origin"));
    }
    for headers in [
        vec![("origin", "https://portal.example")],
        vec![("referer", "https://portal.example/en/guides/alpha")],
        // Served under another name than base_url: the request's own host.
        vec![
            ("origin", "http://127.0.0.1:8080"),
            ("host", "127.0.0.1:8080"),
        ],
        // Neither header: not a browser on another site (docs/security.md).
        vec![],
    ] {
        let r = app.post_with("/feedback", &form, &headers, None).await;
        see_other(&r, "/en/guides/alpha?feedback=thanks#feedback");
    }
    assert_eq!(app.insight().pages[0].yes, 4);
}

#[tokio::test]
async fn a_filled_honeypot_looks_like_success_and_stores_nothing() {
    let site = TestSite::fixture("site");
    let app = Poster::site(&site);
    let r = app
        .post(
            "/feedback",
            &[
                ("page", "/en/guides/alpha"),
                ("useful", "no"),
                ("comment", "buy pills"),
                ("website", "http://spam.example"),
            ],
        )
        .await;
    see_other(&r, "/en/guides/alpha?feedback=thanks#feedback");
    let r = app
        .post(
            "/feedback/demand",
            &[("guide", "gamma"), ("lang", "uk"), ("website", "x")],
        )
        .await;
    see_other(&r, "/uk/guides/gamma?feedback=demanded#feedback-demand");
    let i = app.insight();
    assert!(i.pages.is_empty() && i.comments.is_empty() && i.demand.is_empty());
}

#[tokio::test]
async fn one_client_is_rate_limited_with_retry_after_and_others_are_not() {
    let site = TestSite::fixture("site");
    let app = Poster::new(AppState::new(site.site()).with_feedback_guard(FeedbackGuard::new(3)));
    let form = [("page", "/en/guides/alpha"), ("useful", "yes")];
    let headers = [("origin", ORIGIN), ("accept-language", "en")];
    for _ in 0..3 {
        app.post_with("/feedback", &form, &headers, Some("192.0.2.1"))
            .await
            .assert_status(303);
    }
    let r = app
        .post_with("/feedback", &form, &headers, Some("192.0.2.1"))
        .await;
    r.assert_status(429)
        .assert_contains(&message("en", "feedback-refused-too-many"));
    let retry: u64 = r.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    // The demand button shares the limit.
    app.post_with(
        "/feedback/demand",
        &[("guide", "gamma"), ("lang", "uk")],
        &headers,
        Some("192.0.2.1"),
    )
    .await
    .assert_status(429);
    // The same /64 is the same client.
    for ip in ["2001:db8::1", "2001:db8::2", "2001:db8::3"] {
        app.post_with("/feedback", &form, &headers, Some(ip))
            .await
            .assert_status(303);
    }
    app.post_with("/feedback", &form, &headers, Some("2001:db8::ffff"))
        .await
        .assert_status(429);
    app.post_with("/feedback", &form, &headers, Some("192.0.2.2"))
        .await
        .assert_status(303);
    assert_eq!(app.insight().pages[0].yes, 7);
}

// 200 posts at once on a file database: every one counted, none twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_concurrent_posts_are_counted_exactly() {
    let site = TestSite::fixture("site");
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("state.sqlite3")).unwrap();
    let app = std::sync::Arc::new(Poster::new(AppState::new(site.site()).with_store(store)));
    let mut tasks = Vec::new();
    for i in 0..200 {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            let lang = ["pl", "en", "uk", "ar"][i % 4];
            let page = format!("/{lang}/guides/alpha");
            let useful = if i % 5 < 3 { "yes" } else { "no" };
            let comment = format!("comment {i:03}");
            let mut form = vec![("page", page.as_str()), ("useful", useful)];
            if useful == "no" && i % 2 == 0 {
                form.push(("comment", comment.as_str()));
            }
            app.post("/feedback", &form).await.status.as_u16()
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), 303);
    }
    let i = app.insight();
    assert_eq!(i.pages.len(), 4);
    for p in &i.pages {
        assert_eq!((p.yes, p.no), (30, 20), "{p:?}");
    }
    assert_eq!(i.comments.len(), 40);
    assert_eq!(i.months[0].yes + i.months[0].no, 200);
}

#[tokio::test]
async fn i_need_this_in_my_language_is_counted_per_guide_and_language() {
    let site = TestSite::fixture("site");
    let app = Poster::site(&site);
    let page = app.get("/uk/guides/gamma").await;
    page.assert_contains(r#"<form method="post" action="/feedback/demand">"#)
        .assert_contains(r#"<input type="hidden" name="lang" value="uk">"#)
        .assert_contains(&message("uk", "feedback-demand-button"));
    for _ in 0..2 {
        let r = app
            .post("/feedback/demand", &[("guide", "gamma"), ("lang", "uk")])
            .await;
        see_other(&r, "/uk/guides/gamma?feedback=demanded#feedback-demand");
    }
    app.post("/feedback/demand", &[("guide", "gamma"), ("lang", "ar")])
        .await
        .assert_status(303);
    app.get("/uk/guides/gamma?feedback=demanded")
        .await
        .assert_contains(&message("uk", "feedback-demand-thanks"))
        .assert_not_contains(r#"action="/feedback/demand""#);
    // Only for a language the guide is missing in.
    for form in [
        [("guide", "alpha"), ("lang", "uk")],
        [("guide", "gamma"), ("lang", "pl")],
        [("guide", "gamma"), ("lang", "xx")],
    ] {
        app.post("/feedback/demand", &form).await.assert_status(400);
    }
    app.post("/feedback/demand", &[("guide", "nope"), ("lang", "uk")])
        .await
        .assert_status(400);
    let uk = app.store().demand_for("uk").unwrap();
    assert_eq!(
        uk.into_iter().collect::<Vec<_>>(),
        [("gamma".to_string(), 2)]
    );
    assert_eq!(app.store().demand_for("ar").unwrap()["gamma"], 1);
    assert!(app.store().demand_for("en").unwrap().is_empty());
}

fn day(y: i32, m: u8, d: u8) -> time::Date {
    time::Date::from_calendar_date(y, time::Month::try_from(m).unwrap(), d).unwrap()
}

fn comment(store: &Store, on: time::Date, text: &str) {
    let scrubbed = Scrubbed::new(text).unwrap().unwrap();
    let answer = Answer {
        page: "guides/alpha",
        lang: "en",
        useful: Some(Useful::No),
        comment: Some(&scrubbed),
    };
    store.record_answer(&answer, on, 120).unwrap();
}

// With the clock stopped on 2027-12-15 and `comment_retention_months = 12`: a comment of
// 2026-11-01 goes when the next one comes, one of 2026-12-20 stays, and every count stays.
#[tokio::test]
async fn comments_past_the_retention_period_are_deleted_and_counts_kept() {
    let site = TestSite::fixture("site");
    let now: DateTime<Utc> = Utc.with_ymd_and_hms(2027, 12, 15, 10, 0, 0).unwrap();
    let app = Poster::new(AppState::new(site.site()).with_clock(move || now));
    comment(app.store(), day(2026, 11, 1), "old");
    comment(app.store(), day(2026, 12, 20), "recent");
    let r = app
        .post(
            "/feedback",
            &[
                ("page", "/en/guides/alpha"),
                ("useful", "no"),
                ("comment", "new"),
            ],
        )
        .await;
    r.assert_status(303);
    let i = app.insight();
    let texts: Vec<_> = i
        .comments
        .iter()
        .map(|c| (c.day.as_str(), c.text.as_str()))
        .collect();
    assert_eq!(texts, [("2027-12-15", "new"), ("2026-12-20", "recent")]);
    assert_eq!(i.pages[0].no, 3);

    // A shorter period in portal.toml is used by the server.
    let short = TestSite::fixture("site");
    short.append("portal.toml", "[feedback]\ncomment_retention_months = 1\n");
    let app = Poster::new(AppState::new(short.site()).with_clock(move || now));
    comment(app.store(), day(2027, 11, 14), "a month and a day");
    comment(app.store(), day(2027, 11, 15), "a month");
    app.post(
        "/feedback",
        &[
            ("page", "/en/guides/alpha"),
            ("useful", "no"),
            ("comment", "x"),
        ],
    )
    .await
    .assert_status(303);
    assert_eq!(app.insight().comments.len(), 2);
}

#[test]
fn the_retention_period_is_checked() {
    let site = TestSite::fixture("site");
    let toml = site.read("portal.toml");
    site.append("portal.toml", "[feedback]\ncomment_retention_months = 0\n");
    let errors = site.errors();
    let line = errors.lines().find(|l| l.contains("[feedback]")).unwrap();
    assert!(line.starts_with("portal.toml:"), "{line}");
    assert_snapshot!(line.split_once(": ").unwrap().1, @"error: [feedback] comment_retention_months = 0 is out of range: write a number of months from 1 to 120, or leave it out for 12");
    site.write(
        "portal.toml",
        &format!("{toml}\n[feedback]\ncomment_retention_month = 6\n"),
    );
    assert!(site.errors().contains("comment_retention_month"));
}

/// A state file with feedback over two months, as the server would have written it.
fn filled_state(dir: &std::path::Path) -> std::path::PathBuf {
    let file = dir.join("state.sqlite3");
    let store = Store::open(&file).unwrap();
    let vote = |page: &str, lang: &str, useful: Useful, on: time::Date| {
        let answer = Answer {
            page,
            lang,
            useful: Some(useful),
            comment: None,
        };
        store.record_answer(&answer, on, 120).unwrap();
    };
    for _ in 0..3 {
        vote("guides/pesel", "uk", Useful::Yes, day(2026, 11, 3));
    }
    vote("guides/pesel", "uk", Useful::No, day(2026, 11, 4));
    vote("search", "ar", Useful::No, day(2026, 11, 20));
    vote(
        "services/legal-aid-gdansk",
        "en",
        Useful::Yes,
        day(2026, 10, 30),
    );
    comment(
        &store,
        day(2026, 11, 5),
        "=HYPERLINK(\"x\"), \"quoted\" text",
    );
    comment(
        &store,
        day(2026, 11, 6),
        "Brak adresu, proszę o telefon 600 123 456",
    );
    let first = store.insight(Period::default()).unwrap().comments[0].id;
    assert!(
        store
            .mark_comment_handled(first, "editor@ngo.example", "2026-11-07T09:00:00Z")
            .unwrap()
    );
    assert!(
        !store
            .mark_comment_handled(first, "other@ngo.example", "2026-11-08T09:00:00Z")
            .unwrap()
    );
    store
        .record_demand("bank-account", "ka", day(2026, 11, 8))
        .unwrap();
    store
        .record_demand("bank-account", "ka", day(2026, 11, 9))
        .unwrap();
    store
        .record_demand("pesel", "ar", day(2026, 11, 9))
        .unwrap();
    store
        .record_demand("pesel", "ar", day(2026, 10, 9))
        .unwrap();
    store
        .record_search_gap("uk", "зимові шини", day(2026, 11, 10), None)
        .unwrap();
    file
}

#[test]
fn insight_prints_one_month_as_json_and_csv() {
    let site = TestSite::fixture("site");
    // Long enough that the fixed November 2026 of this test is never past retention.
    site.append(
        "portal.toml",
        "[feedback]\ncomment_retention_months = 120\n",
    );
    let dir = tempfile::tempdir().unwrap();
    let state = filled_state(dir.path());
    let run = |args: &[&str]| {
        let mut all = vec!["--state", state.to_str().unwrap(), "insight"];
        all.extend(args);
        let out = site.cli(all);
        out.assert_success();
        out.stdout
    };
    assert_snapshot!(run(&["--format", "json", "--month", "2026-11"]), @r#"
        {
          "period": {
            "since": "2026-11-01",
            "until": "2026-11-30"
          },
          "pages": [
            {
              "page": "guides/alpha",
              "lang": "en",
              "yes": 0,
              "no": 2,
              "share_useful": 0.0
            },
            {
              "page": "search",
              "lang": "ar",
              "yes": 0,
              "no": 1,
              "share_useful": 0.0
            },
            {
              "page": "guides/pesel",
              "lang": "uk",
              "yes": 3,
              "no": 1,
              "share_useful": 0.75
            }
          ],
          "comments": [
            {
              "id": 2,
              "day": "2026-11-06",
              "page": "guides/alpha",
              "lang": "en",
              "text": "Brak adresu, proszę o telefon […]",
              "handled_by": "editor@ngo.example",
              "handled_at": "2026-11-07T09:00:00Z"
            },
            {
              "id": 1,
              "day": "2026-11-05",
              "page": "guides/alpha",
              "lang": "en",
              "text": "=HYPERLINK(\"x\"), \"quoted\" text",
              "handled_by": null,
              "handled_at": null
            }
          ],
          "search_gaps": [
            {
              "lang": "uk",
              "query": "зимові шини",
              "count": 1,
              "first_seen": "2026-11-10",
              "last_seen": "2026-11-10"
            }
          ],
          "demand": [
            {
              "guide": "bank-account",
              "lang": "ka",
              "count": 2
            },
            {
              "guide": "pesel",
              "lang": "ar",
              "count": 1
            }
          ],
          "months": [
            {
              "month": "2026-11",
              "yes": 3,
              "no": 4,
              "share_useful": 0.429,
              "comments": 2,
              "demand": 3
            }
          ]
        }
        "#);
    assert_snapshot!(run(&["--format", "csv", "--month", "2026-11"]), @r#"
        section,when,page,lang,yes,no,share_useful,comments,demand,count,id,text,handled_by,handled_at
        page,,guides/alpha,en,0,2,0,,,,,,,
        page,,search,ar,0,1,0,,,,,,,
        page,,guides/pesel,uk,3,1,0.75,,,,,,,
        comment,2026-11-06,guides/alpha,en,,,,,,,2,"Brak adresu, proszę o telefon […]",editor@ngo.example,2026-11-07T09:00:00Z
        comment,2026-11-05,guides/alpha,en,,,,,,,1,"'=HYPERLINK(""x""), ""quoted"" text",,
        search_gap,2026-11-10,,uk,,,,,,1,,зимові шини,,
        demand,,guides/bank-account,ka,,,,,2,,,,,
        demand,,guides/pesel,ar,,,,,1,,,,,
        month,2026-11,,,3,4,0.429,2,3,,,,,
        "#);
    // Without a period: everything, October included.
    let all: serde_json::Value = serde_json::from_str(&run(&["--format", "json"])).unwrap();
    assert_eq!(all["months"].as_array().unwrap().len(), 2);
    assert_eq!(all["demand"][0]["count"], 2);
    let bad = site.cli([
        "--state",
        state.to_str().unwrap(),
        "insight",
        "--month",
        "2026-13",
    ]);
    bad.assert_failure();
    assert!(
        bad.stderr.contains("`2026-13` is not a month"),
        "{}",
        bad.stderr
    );
}
