//! Property tests of the router (issue 13, point 8): generated paths, query strings, headers
//! (`Accept-Language`, `Accept-Encoding`, `Cookie`, `If-None-Match`, `Range`), methods and form
//! bodies, thrown at the real router in-process (`oneshot`, the whole middleware stack). Whatever
//! comes in: never a 5xx, never a panic (a caught panic is a 500), never an answer slower than
//! `SLOW`, every refusal the portal's own (its `OwnAnswer` mark), and always something a browser
//! can use — a body with a `Content-Type`, a redirect with a `Location`, or a `304`.
//!
//! `proptest` rather than a fixed list: the strategies mix the portal's own words with hostile
//! bytes, so each run tries new combinations, and a failure shrinks to the smallest request that
//! shows it. The case count is kept small so the suite stays fast; run it longer with
//! `PROPTEST_CASES=5000 cargo test --test site proptests`.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderValue, Method, Request};
use http_body_util::BodyExt;
use proptest::prelude::*;
use tower::ServiceExt;
use witaj::web::{OwnAnswer, router};

use crate::common::TestSite;

/// Cases per property when `PROPTEST_CASES` is not set.
const CASES: u32 = 48;

/// The slowest answer allowed (a debug build on a busy machine).
const SLOW: Duration = Duration::from_secs(10);

/// `cases` per property unless `PROPTEST_CASES` says otherwise (the loader's tests share it).
pub(crate) fn config_with(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

fn config() -> ProptestConfig {
    config_with(CASES)
}

/// One router over the fixture site for every case, and the runtime to ask it on.
fn app() -> &'static (TestSite, Router, tokio::runtime::Runtime) {
    static APP: OnceLock<(TestSite, Router, tokio::runtime::Runtime)> = OnceLock::new();
    APP.get_or_init(|| {
        let site = TestSite::fixture("site");
        let router = router(site.app().state);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        (site, router, runtime)
    })
}

/// Words the router knows, so that generated paths reach the handlers, not only the fallback.
const WORDS: &[&str] = &[
    "pl",
    "en",
    "uk",
    "ar",
    "ru",
    "xx",
    "static",
    "api",
    "set-lang",
    "g",
    "s",
    "m",
    "guides",
    "topics",
    "services",
    "search",
    "municipalities",
    "accessibility",
    "hsds",
    "suggest",
    "alpha",
    "beta",
    "gamma",
    "documents",
    "work",
    "healthz",
    "sitemap.xml",
    "robots.txt",
    "__dev",
    "reload",
    "reload.js",
    "style.css",
    "..",
    ".",
    "",
    "%00",
    "%FF",
    "%2e%2e",
    "%2F",
    "%C0%AE",
];

/// Any bytes, percent-encoded where a URI needs it.
fn encoded(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<u8>(), 0..max).prop_map(|bytes| {
        percent_encoding::percent_encode(&bytes, percent_encoding::NON_ALPHANUMERIC).to_string()
    })
}

fn segment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(WORDS).prop_map(str::to_string),
        2 => "[a-z0-9._~-]{1,24}",
        2 => encoded(24),
        1 => "[a-z]{200,3000}",
    ]
}

fn path() -> impl Strategy<Value = String> {
    prop::collection::vec(segment(), 0..6).prop_map(|s| format!("/{}", s.join("/")))
}

fn query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        prop::sample::select(
            &[
                "q", "lang", "page", "per_page", "limit", "topic", "speaks", "place", "open",
                "next",
            ][..]
        )
        .prop_map(str::to_string),
        encoded(8),
    ];
    let value = prop_oneof![
        prop::sample::select(
            &[
                "",
                "1",
                "-1",
                "0",
                "99999999999999999999",
                "NaN",
                "uk",
                "pl",
                "alpha",
                "guides/alpha",
                "//evil.example",
                "%FF",
                "%00",
                "+",
            ][..]
        )
        .prop_map(str::to_string),
        encoded(40),
        "[ -~]{0,60}".prop_map(|v| {
            percent_encoding::utf8_percent_encode(&v, percent_encoding::NON_ALPHANUMERIC)
                .to_string()
        }),
    ];
    prop::collection::vec((key, value), 0..6).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// A header value: typical ones, their near misses, and any visible text.
fn header_value(typical: &'static [&'static str]) -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop_oneof![
        3 => prop::sample::select(typical).prop_map(str::to_string),
        2 => "[ -~]{0,120}",
        1 => "[a-zA-Z=;,* .\"/0-9-]{0,400}",
    ])
}

#[derive(Debug, Clone)]
struct Asked {
    method: Method,
    uri: String,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

fn asked() -> impl Strategy<Value = Asked> {
    let method = prop::sample::select(vec![
        Method::GET,
        Method::GET,
        Method::GET,
        Method::HEAD,
        Method::POST,
        Method::PUT,
        Method::DELETE,
        Method::OPTIONS,
        Method::PATCH,
    ]);
    let headers = (
        header_value(&[
            "uk-UA,uk;q=0.9,en;q=0.5",
            "ar",
            "*",
            "pl;q=0",
            "en;q=abc",
            "zz-ZZ",
        ]),
        header_value(&["gzip", "br", "identity", "gzip;q=0, br;q=0", "*", "deflate"]),
        header_value(&[
            "lang=uk",
            "lang=xx",
            "lang=",
            "a=b; lang=ar; lang=pl",
            "lang=%FF",
        ]),
        header_value(&["*", "W/\"0\"", "\"abc\", W/\"def\"", "W/"]),
        header_value(&[
            "bytes=0-10",
            "bytes=-5",
            "bytes=5-1",
            "bytes=0-0,1-1,2-2",
            "lines=1",
        ]),
    );
    let body = prop_oneof![
        Just(Vec::new()),
        query().prop_map(String::into_bytes),
        prop::collection::vec(any::<u8>(), 0..512)
    ];
    (method, path(), prop::option::of(query()), headers, body).prop_map(
        |(method, path, query, (al, ae, cookie, inm, range), body)| {
            let uri = match query {
                Some(q) => format!("{path}?{q}"),
                None => path,
            };
            let headers = [
                ("accept-language", al),
                ("accept-encoding", ae),
                ("cookie", cookie),
                ("if-none-match", inm),
                ("range", range),
            ]
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect();
            Asked {
                method,
                uri,
                headers,
                body,
            }
        },
    )
}

/// Sends one generated request and checks what came back.
fn check(asked: &Asked) -> Result<(), TestCaseError> {
    let (_, router, runtime) = app();
    let mut req = Request::builder()
        .method(asked.method.clone())
        .uri(&asked.uri);
    for (name, value) in &asked.headers {
        if let Ok(v) = HeaderValue::from_str(value) {
            req = req.header(*name, v);
        }
    }
    if !asked.body.is_empty() {
        req = req.header("content-type", "application/x-www-form-urlencoded");
    }
    let Ok(req) = req.body(Body::from(asked.body.clone())) else {
        // Not a URI a client could send: nothing to ask.
        return Ok(());
    };
    let started = Instant::now();
    let (status, headers, body, own) = runtime.block_on(async {
        let resp = router.clone().oneshot(req).await.unwrap();
        let (status, headers) = (resp.status(), resp.headers().clone());
        let own = resp.extensions().get::<OwnAnswer>().is_some();
        let body = resp.into_body().collect().await.unwrap().to_bytes();
        (status, headers, body, own)
    });
    let took = started.elapsed();
    prop_assert!(!status.is_server_error(), "{status} for {asked:?}");
    // Every refusal is the portal's own page or JSON error: exactly, by its mark.
    prop_assert!(
        !status.is_client_error() || own,
        "{status} without the portal's mark for {asked:?}"
    );
    prop_assert!(took < SLOW, "{took:?} for {asked:?}");
    if status.is_redirection() {
        if status.as_u16() != 304 {
            prop_assert!(headers.contains_key("location"), "no Location: {asked:?}");
        }
    } else {
        prop_assert!(
            headers.contains_key("content-type"),
            "{status} without a Content-Type for {asked:?}"
        );
        if asked.method != Method::HEAD {
            prop_assert!(
                !body.is_empty(),
                "{status} with an empty body for {asked:?}"
            );
        }
    }
    prop_assert!(headers.contains_key("content-security-policy"));
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_request_gets_a_usable_answer(asked in asked()) {
        check(&asked)?;
    }

    #[test]
    fn any_reading_path_in_a_language_gets_a_usable_answer(
        lang in prop::sample::select(&["pl", "uk", "ar", "en"][..]),
        rest in path(),
        query in query(),
    ) {
        check(&Asked {
            method: Method::GET,
            uri: format!("/{lang}{rest}?{query}"),
            headers: vec![("accept-encoding", "gzip".into())],
            body: Vec::new(),
        })?;
    }
}
