//! Every refusal is the portal's own (issue 13, point 7), checked exactly: an error answer must
//! carry the mark (`witaj::web::OwnAnswer`) that only the portal's error pages, refusal pages,
//! forms shown again and JSON errors set, and be a page in a language or the documented JSON
//! error — where the suite used to accept any HTML or JSON `Content-Type` as ours. The bad inputs a
//! client can send are thrown at every route of the router: bad percent-encoding in the path and
//! the query, repeated parameters, every method, huge and malformed headers, bad cookies, bodies of
//! the wrong type, JSON syntax errors. All failures are collected, so one run lists them all.
//!
//! hyper's own refusals while it parses (a request line of 64 KB, headers over its limits, broken
//! framing) come before there is a request to route: docs/security.md says so.

use axum::body::Body;
use axum::http::{HeaderName, HeaderValue, Method, Request};
use http_body_util::BodyExt;
use tower::ServiceExt;
use witaj::web::{OwnAnswer, router};

use crate::common::TestSite;

/// One address of every route of `web::router` (with the fixture's ids), and one of none.
const ROUTES: &[&str] = &[
    "/",
    "/healthz",
    "/robots.txt",
    "/sitemap.xml",
    "/static/style.css",
    "/set-lang/uk",
    "/__dev/reload",
    "/feedback",
    "/feedback/demand",
    "/my-municipality",
    "/g/alpha",
    "/s/x",
    "/m/x",
    "/g/alpha/uk",
    "/s/x/uk",
    "/qr/g/alpha/uk",
    "/qr/s/x/uk",
    "/api/services",
    "/api/services/x",
    "/api/hsds",
    "/api/hsds/",
    "/api/hsds/services",
    "/api/hsds/services/x",
    "/api/search",
    "/api/suggest",
    "/pl",
    "/pl/",
    "/uk/guides/alpha",
    "/uk/topics/documents",
    "/ar/accessibility",
    "/pl/privacy",
    "/uk/search",
    "/pl/services",
    "/pl/services/x",
    "/pl/municipalities",
    "/pl/municipalities/x",
    "/pl/desk",
    "/pl/desk/handout",
    "/pl/desk/sheet",
    "/account",
    "/account/",
    "/account/login",
    "/account/logout",
    "/account/invite/abc",
    "/account/accounts",
    "/account/accounts/1/disable",
    "/account/audit",
    "/account/status",
    "/account/stale",
    "/account/insight",
    "/account/insight.csv",
    "/account/insight/comments/1/handled",
    "/account/services/new",
    "/account/services/x/edit",
    "/account/services/x/verified",
    "/account/review",
    "/account/review/1",
    "/nothing-here",
];

struct Probe {
    what: &'static str,
    method: Method,
    uri: String,
    headers: Vec<(HeaderName, HeaderValue)>,
    body: Vec<u8>,
}

impl Probe {
    fn get(what: &'static str, uri: String) -> Probe {
        Probe {
            what,
            method: Method::GET,
            uri,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    fn header(mut self, name: &'static str, value: HeaderValue) -> Probe {
        self.headers.push((HeaderName::from_static(name), value));
        self
    }

    fn post(what: &'static str, uri: &str, content_type: Option<&str>, body: Vec<u8>) -> Probe {
        let mut p = Probe {
            what,
            method: Method::POST,
            uri: uri.to_string(),
            headers: vec![(
                HeaderName::from_static("origin"),
                HeaderValue::from_static("https://portal.example"),
            )],
            body,
        };
        if let Some(c) = content_type {
            p.headers.push((
                HeaderName::from_static("content-type"),
                HeaderValue::from_str(c).unwrap(),
            ));
        }
        p
    }
}

/// The route with its last segment replaced by `segment`.
fn last_segment(route: &str, segment: &str) -> String {
    let trimmed = route.trim_end_matches('/');
    match trimmed.rsplit_once('/') {
        Some((head, _)) => format!("{head}/{segment}"),
        None => format!("/{segment}"),
    }
}

/// Everything a client can send wrong, at `route`.
fn probes(route: &str) -> Vec<Probe> {
    let mut all = Vec::new();
    let form = || b"a=1&next=//evil.example".to_vec();
    // Every method, with a form body where one may be read.
    for method in [
        "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND",
    ] {
        let mut p = Probe::post(
            "method",
            route,
            Some("application/x-www-form-urlencoded"),
            form(),
        );
        p.method = Method::from_bytes(method.as_bytes()).unwrap();
        all.push(p);
    }
    // Bad percent-encoding in the path: bytes that are not UTF-8, a lone `%`, no hex digits,
    // an overlong dot, an encoded slash.
    for segment in [
        "%FF",
        "%",
        "%ZZ",
        "%C0%AE%C0%AE",
        "..%2F..%2Fportal.toml",
        "%00",
    ] {
        all.push(Probe::get("path", last_segment(route, segment)));
        all.push(Probe::get(
            "path",
            format!("{}/{segment}", route.trim_end_matches('/')),
        ));
        all.push(Probe::post(
            "path",
            &last_segment(route, segment),
            Some("application/x-www-form-urlencoded"),
            form(),
        ));
    }
    // Bad percent-encoding and repeated keys in the query.
    for query in [
        "q=%FF%FE&q=%&lang=%00&lang=xx&next=//evil.example&next=%2F%2Fevil.example",
        "page=-1&page=99999999999999999999&per_page=NaN&month=13&since=x&until=%FF",
        "for=%FF&g=%FF&g=&s=..&in=xx&in=&pl=2&open=%&speaks=%ZZ&county=%C0",
        "%=%&&==&q",
    ] {
        all.push(Probe::get("query", format!("{route}?{query}")));
    }
    // Huge headers, and headers that are not what they claim.
    let junk = |n: usize| HeaderValue::from_str(&"uk;q=0.5,".repeat(n / 9)).unwrap();
    all.push(
        Probe::get("huge accept-language", route.to_string())
            .header("accept-language", junk(100_000)),
    );
    all.push(Probe::get("huge cookie", route.to_string()).header(
        "cookie",
        HeaderValue::from_str(&format!("lang={}", "a".repeat(60_000))).unwrap(),
    ));
    let mut many = Probe::get("many headers", route.to_string());
    for i in 0..99 {
        many.headers.push((
            HeaderName::from_bytes(format!("x-junk-{i}").as_bytes()).unwrap(),
            HeaderValue::from_str(&"x".repeat(1000)).unwrap(),
        ));
    }
    all.push(many);
    for cookie in [
        HeaderValue::from_bytes(b"lang=\xff\xfe; municipality=\xc0\xae").unwrap(),
        HeaderValue::from_static(
            "lang=%FF; municipality=../../etc/passwd; witaj-session=junk; __Host-witaj-session=; witaj-csrf=; lang=ar",
        ),
        HeaderValue::from_static(";;;=;==; lang; municipality"),
    ] {
        all.push(Probe::get("bad cookie", route.to_string()).header("cookie", cookie.clone()));
        all.push(
            Probe::post(
                "bad cookie",
                route,
                Some("application/x-www-form-urlencoded"),
                form(),
            )
            .header("cookie", cookie),
        );
    }
    for (name, value) in [
        (
            "accept-language",
            HeaderValue::from_bytes(b"\xff\xfe;q=x").unwrap(),
        ),
        (
            "accept-encoding",
            HeaderValue::from_static("br;q=abc, *;q=-1, gzip;q=2"),
        ),
        ("if-none-match", HeaderValue::from_static("W/\"")),
        (
            "range",
            HeaderValue::from_static("bytes=99999999999999999999-"),
        ),
        ("host", HeaderValue::from_static("evil.example")),
    ] {
        all.push(Probe::get("bad header", route.to_string()).header(name, value));
    }
    // Bodies of the wrong type, broken, repeated or too large; a JSON syntax error.
    for (content_type, body) in [
        (Some("application/json"), b"{\"place\": ".to_vec()),
        (Some("application/json"), b"[1, 2,".to_vec()),
        (
            Some("multipart/form-data; boundary=x"),
            b"--x\r\njunk".to_vec(),
        ),
        (Some("text/plain"), vec![0xff, 0xfe, 0x00]),
        (None, form()),
        (
            Some("application/x-www-form-urlencoded"),
            b"%ZZ&%FF=%FF&csrf=x&csrf=y&place=a&place=b&page=/pl/x&page=%00".to_vec(),
        ),
        (
            Some("application/x-www-form-urlencoded; charset=koi8-r"),
            vec![0xc1; 100],
        ),
        (
            Some("application/x-www-form-urlencoded"),
            vec![b'a'; 200 * 1024],
        ),
    ] {
        all.push(Probe::post("body", route, content_type, body));
    }
    all
}

/// The body as it was before compression (an `Accept-Encoding` probe gets it compressed).
fn decoded(headers: &axum::http::HeaderMap, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    match headers
        .get("content-encoding")
        .and_then(|v| v.to_str().ok())
    {
        Some("gzip") => {
            std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(body), &mut out).unwrap();
        }
        Some("br") => {
            std::io::Read::read_to_end(&mut brotli::Decompressor::new(body, 4096), &mut out)
                .unwrap();
        }
        _ => out = body.to_vec(),
    }
    out
}

/// What is wrong with the answer to `probe`, if anything.
async fn judge(app: &axum::Router, probe: Probe) -> Option<String> {
    let mut req = Request::builder()
        .method(probe.method.clone())
        .uri(probe.uri.as_str());
    for (name, value) in &probe.headers {
        req = req.header(name, value);
    }
    // A URI no client could send (a raw `%` is fine for `http`, a space is not): nothing to ask.
    let req = req.body(Body::from(probe.body)).ok()?;
    let path = req.uri().path().to_string();
    let response = app.clone().oneshot(req).await.unwrap();
    let status = response.status();
    let own = response.extensions().get::<OwnAnswer>().is_some();
    let headers = response.headers().clone();
    let body = decoded(
        &headers,
        &response.into_body().collect().await.unwrap().to_bytes(),
    );
    let text = String::from_utf8_lossy(&body);
    let named = format!(
        "{} {} {:.80} ({})",
        probe.what, probe.method, probe.uri, status
    );
    if status.is_server_error() {
        return Some(format!("{named}: a server error: {text:.200}"));
    }
    if !(status.is_client_error() || status.is_server_error()) {
        return None;
    }
    if !own {
        return Some(format!("{named}: not the portal's own answer: {text:.200}"));
    }
    if !headers.contains_key("content-security-policy") {
        return Some(format!("{named}: no Content-Security-Policy"));
    }
    if probe.method == Method::HEAD {
        return None;
    }
    let api = path == "/api" || path.starts_with("/api/");
    let shaped = if api {
        serde_json::from_slice::<serde_json::Value>(&body)
            .ok()
            .is_some_and(|v| v["error"].is_string())
    } else {
        text.starts_with("<!doctype html>") && text.contains("<html lang=\"")
    };
    (!shaped).then(|| format!("{named}: not our page or JSON error: {text:.200}"))
}

#[tokio::test]
async fn every_route_refuses_every_bad_input_with_its_own_answer() {
    let app = router(TestSite::fixture("site").app().state);
    let mut wrong = Vec::new();
    let mut asked = 0;
    for route in ROUTES {
        for probe in probes(route) {
            asked += 1;
            if let Some(w) = judge(&app, probe).await {
                wrong.push(w);
            }
        }
    }
    // Request targets that are not a path: `OPTIONS *`, a `CONNECT` to another host, the absolute
    // form naming another host or ours.
    for (method, uri) in [
        (Method::OPTIONS, "*"),
        (Method::CONNECT, "evil.example:443"),
        (Method::GET, "http://evil.example/uk/guides/alpha"),
        (Method::GET, "https://portal.example/uk/%FF"),
        (Method::POST, "http://evil.example/my-municipality"),
    ] {
        let mut p = Probe::post(
            "target",
            uri,
            Some("application/x-www-form-urlencoded"),
            Vec::new(),
        );
        p.method = method;
        asked += 1;
        if let Some(w) = judge(&app, p).await {
            wrong.push(w);
        }
    }
    assert!(asked > 2500, "{asked} requests");
    assert!(
        wrong.is_empty(),
        "{} of {asked} answers are not the portal's own:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// The mark is what decides, not the `Content-Type`: a page of ours says so, and an error
/// answer that is HTML or JSON but not ours is replaced (`src/web/middleware.rs` tests that
/// half with routes of its own).
#[tokio::test]
async fn our_error_pages_and_json_errors_carry_the_mark() {
    let app = TestSite::fixture("site").app();
    for path in [
        "/uk/guides/nothing",
        "/api/services/nothing",
        "/api/nothing",
    ] {
        app.get(path).await.assert_status(404).assert_own_error();
    }
    // Twice: the second answer comes from the page cache's copy of the error page.
    for _ in 0..2 {
        app.get("/pl/nothing")
            .await
            .assert_status(404)
            .assert_own_error();
    }
    let ok = app.get("/pl/").await;
    ok.assert_status(200);
    assert!(!ok.own, "a success needs no mark");
}
