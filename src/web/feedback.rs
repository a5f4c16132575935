//! `POST /feedback` ("was this page useful?", then an optional comment) and `POST /feedback/demand`
//! ("I need this in my language"), and the box the guide, service and search pages show.
//!
//! Plain HTML forms, no JavaScript, no cookie: a post answers `303` back to the page with
//! `?feedback=no` (show the comment box), `?feedback=thanks` or `?feedback=demanded`, so the state
//! lives in the URL and a page cached per snapshot stays right for everybody. Nothing about the
//! visitor is stored: only the page, its language, the answer, the scrubbed comment and the day
//! (`state/feedback.rs`).
//!
//! Abuse must cost nothing, so every post goes through, in order: a per-client rate limit held in
//! memory ([`Guard`], keyed by the `ClientAddr` the server puts on each request; `429` with
//! `Retry-After`), an Origin/Referer check (`403`; see [`same_origin`] for a request with
//! neither), a body limit (`413`), then the form: an unknown page, a missing answer or a comment
//! over [`MAX_COMMENT_CHARS`] is `400`, each with a page in the reader's language. A filled
//! honeypot field is answered like a success and stored nowhere. docs/security.md has the table.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::body::{Body, to_bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use serde::Serialize;

use super::AppState;
use super::query::QueryPairs;
use super::reader::negotiated;
use super::refusal::Refusal;
use super::server::ClientAddr;
use crate::content::Status;
use crate::feedback::{MAX_COMMENT_CHARS, Scrubbed, Useful};
use crate::site::Site;
use crate::state::Answer;
use crate::urls;

/// Posts one client may make in a burst, and per minute after it: a visitor answers, comments
/// and asks for a language in three; ten leaves room for a family behind one address.
const POSTS_PER_MINUTE: u32 = 10;
/// How often clients whose quota is full again are forgotten.
const SWEEP_EVERY: Duration = Duration::from_secs(60);
/// Clients tracked before the ones not seen recently are forgotten.
const MAX_TRACKED_CLIENTS: usize = 100_000;
/// The largest form body read: a comment of 1000 Georgian letters is 3000 bytes of UTF-8 and
/// 9000 percent-encoded; anything far beyond that is not our form.
pub const FORM_BODY_BYTES: usize = 16 * 1024;
/// The field a person leaves empty (it is hidden from them) and a form-filling robot fills.
pub const HONEYPOT: &str = "website";

/// The per-client rate limit of the feedback forms, in memory only: addresses are never written
/// anywhere, and the limiter forgets them once their quota is full again.
pub struct Guard {
    limiter: DefaultKeyedRateLimiter<IpAddr>,
    /// When clients whose quota is full again were last forgotten.
    swept: Mutex<Instant>,
}

impl Default for Guard {
    fn default() -> Self {
        Self::new(POSTS_PER_MINUTE)
    }
}

impl Guard {
    pub fn new(per_minute: u32) -> Self {
        let n = NonZeroU32::new(per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
        Guard {
            limiter: RateLimiter::keyed(Quota::per_minute(n)),
            swept: Mutex::new(Instant::now()),
        }
    }

    /// `Err(seconds to wait)` when `client` has used its share.
    fn check(&self, client: IpAddr) -> Result<(), u64> {
        // A client's quota is full again a minute after its last post; from then on its address
        // tells the limiter nothing, so it is dropped (the privacy notice promises minutes).
        let sweep = {
            let mut swept = self.swept.lock().unwrap_or_else(|e| e.into_inner());
            let due = swept.elapsed() >= SWEEP_EVERY || self.limiter.len() > MAX_TRACKED_CLIENTS;
            if due {
                *swept = Instant::now();
            }
            due
        };
        if sweep {
            self.limiter.retain_recent();
            self.limiter.shrink_to_fit();
        }
        self.limiter
            .check_key(&client_key(client))
            .map_err(|not_until| {
                let wait = not_until.wait_time_from(DefaultClock::default().now());
                wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
            })
    }
}

/// An IPv6 client holds a whole /64 and can pick any address in it: the limit counts the /64.
fn client_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => {
            let mut o = v6.octets();
            o[8..].fill(0);
            IpAddr::from(o)
        }
    }
}

/// What the feedback box shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
enum BoxState {
    /// "Was this page useful?" with yes and no.
    Ask,
    /// After "no": the optional comment.
    No,
    Thanks,
}

/// The feedback box of a page, and on a fallback guide the "I need this in my language" button.
#[derive(Debug, Serialize)]
pub(super) struct FeedbackBox {
    action: String,
    /// The page, as the form posts it back (`/uk/guides/pesel`, `/uk/search?q=…`).
    page: String,
    state: BoxState,
    max_comment: usize,
    demand: Option<DemandButton>,
}

#[derive(Debug, Serialize)]
struct DemandButton {
    action: String,
    guide: String,
    lang: String,
    /// The reader pressed it: say thank you instead.
    done: bool,
}

impl FeedbackBox {
    /// The box of the page at `path` (with its query for a search), in the state the URL's
    /// `?feedback=` says.
    pub(super) fn new(query: &QueryPairs, path: String) -> FeedbackBox {
        let state = match query.first("feedback") {
            Some("no") => BoxState::No,
            Some("thanks") => BoxState::Thanks,
            _ => BoxState::Ask,
        };
        FeedbackBox {
            action: urls::feedback(),
            page: path,
            state,
            max_comment: MAX_COMMENT_CHARS,
            demand: None,
        }
    }

    /// Adds the demand button of a guide shown in a fallback language.
    pub(super) fn with_demand(mut self, query: &QueryPairs, guide: &str, lang: &str) -> Self {
        self.demand = Some(DemandButton {
            action: urls::feedback_demand(),
            guide: guide.to_string(),
            lang: lang.to_string(),
            done: query.first("feedback") == Some("demanded"),
        });
        self
    }
}

/// A page of the site that feedback can be about, read from the form's `page`.
#[derive(Debug, PartialEq, Eq)]
struct PageRef {
    lang: String,
    /// The page inside its language, as counted: `guides/pesel`, `services/<id>`, `search`.
    inner: String,
    /// The search's query, kept only to send the reader back to the same results.
    q: Option<String>,
}

impl PageRef {
    /// `/{lang}/guides/{slug}`, `/{lang}/services/{id}` or `/{lang}/search[?q=…]` of a guide,
    /// service and language of the current snapshot; anything else is `None`.
    fn parse(site: &Site, page: &str) -> Option<PageRef> {
        let (path, query) = page.split_once('?').unwrap_or((page, ""));
        let parts: Vec<&str> = path.strip_prefix('/')?.split('/').collect();
        let lang = *parts.first()?;
        site.config.language(lang)?;
        let known = match parts[1..] {
            ["guides", slug] => site.content.guide(slug).is_some(),
            ["services", id] => site.directory.service(id).is_some(),
            ["search"] => true,
            _ => false,
        };
        if !known {
            return None;
        }
        let q = (parts[1] == "search")
            .then(|| QueryPairs::parse(query).text("q").map(str::to_string))
            .flatten();
        Some(PageRef {
            lang: lang.to_string(),
            inner: parts[1..].join("/"),
            q,
        })
    }

    /// The page again; with `feedback`, in the state it names and scrolled to the box.
    fn back(&self, feedback: Option<&str>) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        if let Some(q) = &self.q {
            query.append_pair("q", q);
        }
        if let Some(f) = feedback {
            query.append_pair("feedback", f);
        }
        let (query, path) = (query.finish(), urls::within(&self.lang, &self.inner));
        match (query.is_empty(), feedback.is_some()) {
            (true, _) => path,
            (false, false) => format!("{path}?{query}"),
            (false, true) => format!("{path}?{query}#feedback"),
        }
    }
}

/// Why a post is refused; each has a message in the reader's language (`feedback.ftl`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refused {
    TooMany { retry_after: u64 },
    OtherOrigin,
    TooLarge,
    NotAForm,
    UnknownPage,
    NoAnswer,
    CommentTooLong,
    NotMissing,
}

impl Refused {
    fn status(self) -> StatusCode {
        match self {
            Refused::TooMany { .. } => StatusCode::TOO_MANY_REQUESTS,
            Refused::OtherOrigin => StatusCode::FORBIDDEN,
            Refused::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            _ => StatusCode::BAD_REQUEST,
        }
    }

    fn message_id(self) -> &'static str {
        match self {
            Refused::TooMany { .. } => "feedback-refused-too-many",
            Refused::OtherOrigin => "feedback-refused-origin",
            Refused::TooLarge => "feedback-refused-too-large",
            Refused::NotAForm => "feedback-refused-not-a-form",
            Refused::UnknownPage => "feedback-refused-unknown-page",
            Refused::NoAnswer => "feedback-refused-no-answer",
            Refused::CommentTooLong => "feedback-refused-too-long",
            Refused::NotMissing => "feedback-refused-not-missing",
        }
    }
}

/// A refusal as a page in `lang`, with a way back to `back` when the page is known.
fn refused(site: &Site, lang: &str, back: Option<String>, why: Refused) -> Response {
    let mut page = Refusal::new(why.status(), "feedback-refused-title", why.message_id());
    page.max = MAX_COMMENT_CHARS;
    if let Refused::TooMany { retry_after } = why {
        page.retry_after = Some(retry_after);
    }
    if let Some(back) = back {
        page = page.back(back, "feedback-refused-back");
    }
    page.page(site, lang)
}

/// A form post, read after the checks every post shares; `Err` is the refusal page.
struct Posted {
    site: std::sync::Arc<Site>,
    fields: QueryPairs,
    /// The reader's language before the form says better: from their headers.
    lang: String,
}

async fn read_post(
    state: &AppState,
    headers: &HeaderMap,
    client: Option<ClientAddr>,
    body: Body,
) -> Result<Posted, Response> {
    let site = state.site();
    let lang = negotiated(&site, headers);
    let refuse = |why| refused(&site, &lang, None, why);
    if let Some(ClientAddr(ip)) = client
        && let Err(retry_after) = state.feedback_guard().check(ip)
    {
        return Err(refuse(Refused::TooMany { retry_after }));
    }
    if !same_origin(&site, headers) {
        return Err(refuse(Refused::OtherOrigin));
    }
    if !is_form(headers) {
        return Err(refuse(Refused::NotAForm));
    }
    let Ok(bytes) = to_bytes(body, FORM_BODY_BYTES).await else {
        return Err(refuse(Refused::TooLarge));
    };
    let fields = QueryPairs(form_urlencoded::parse(&bytes).into_owned().collect());
    Ok(Posted {
        lang: fields
            .first("lang")
            .filter(|l| site.config.language(l).is_some())
            .map_or(lang, str::to_string),
        site,
        fields,
    })
}

/// Whether the body is an HTML form's (`application/x-www-form-urlencoded`, any parameters), the
/// only body the public forms read.
pub(super) fn is_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| {
            v.trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
}

/// Whether the post comes from a page of this site. The browser says where a form was sent from
/// in `Origin` (every current browser sends it on a POST) or else `Referer`; either must name this
/// host (the request's `Host`) or `base_url`. `Origin: null` (a sandboxed or privacy-stripped
/// page) is refused. A request with neither header is accepted: browsers always send one of them
/// on a cross-site POST, so it cannot be another site's page posting through a visitor's browser,
/// and a script posting directly can write any header it likes anyway; the rate limit is what
/// holds scripts.
pub(super) fn same_origin(site: &Site, headers: &HeaderMap) -> bool {
    let get = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    let claimed = match (get(header::ORIGIN), get(header::REFERER)) {
        (Some(origin), _) => origin,
        (None, Some(referer)) => referer,
        (None, None) => return true,
    };
    let Some(from) = authority(claimed) else {
        return false;
    };
    let host = get(header::HOST);
    let base = authority(&site.config.base_url);
    host.is_some_and(|h| h.eq_ignore_ascii_case(from))
        || base.is_some_and(|b| b.eq_ignore_ascii_case(from))
}

/// `host[:port]` of an http(s) URL or origin.
fn authority(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some(&rest[..end]).filter(|a| !a.is_empty())
}

/// The day of `now`, as the store counts it.
fn today(state: &AppState) -> Option<time::Date> {
    let now = state.now().date_naive();
    time::Date::from_ordinal_date(
        chrono::Datelike::year(&now),
        chrono::Datelike::ordinal(&now) as u16,
    )
    .ok()
}

/// `POST /feedback`: `page`, `useful=yes|no`, optional `comment`; `step=comment` for the comment
/// that follows a "no" already counted.
pub async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    client: Option<axum::Extension<ClientAddr>>,
    body: Body,
) -> Response {
    let Posted { site, fields, lang } =
        match read_post(&state, &headers, client.map(|c| c.0), body).await {
            Ok(p) => p,
            Err(r) => return r,
        };
    let Some(page) = fields.first("page").and_then(|p| PageRef::parse(&site, p)) else {
        return refused(&site, &lang, None, Refused::UnknownPage);
    };
    let refuse = |why| refused(&site, &page.lang, Some(page.back(None)), why);
    let follow_up = fields.first("step") == Some("comment");
    let useful = fields.first("useful").and_then(Useful::parse);
    // The comment step follows a "no": a "yes" there is not an answer the form can send.
    let (Some(useful), false) = (useful, follow_up && useful == Some(Useful::Yes)) else {
        return refuse(Refused::NoAnswer);
    };
    let comment = match Scrubbed::new(fields.first("comment").unwrap_or("")) {
        Ok(c) => c,
        Err(_) => return refuse(Refused::CommentTooLong),
    };
    let next = if useful == Useful::No && comment.is_none() && !follow_up {
        "no"
    } else {
        "thanks"
    };
    let back = page.back(Some(next));
    if fields.text(HONEYPOT).is_some() {
        return see_other(&back);
    }
    let Some(today) = today(&state) else {
        return see_other(&back);
    };
    let retention = site.config.feedback.comment_retention_months;
    let store = state.store_handle();
    // SQLite blocks: write on the blocking pool, and wait there, not on the runtime.
    let written = tokio::task::spawn_blocking(move || {
        let answer = Answer {
            page: &page.inner,
            lang: &page.lang,
            useful: (!follow_up).then_some(useful),
            comment: comment.as_ref(),
        };
        store.record_answer(&answer, today, retention)
    })
    .await;
    match written {
        Ok(Ok(_)) => {}
        // The reader cannot fix our disk: thank them anyway, and tell the operator.
        Ok(Err(e)) => tracing::warn!(error = %e, "feedback not recorded"),
        Err(e) => tracing::warn!(error = %e, "feedback task failed"),
    }
    see_other(&back)
}

/// `POST /feedback/demand`: `guide` and `lang`, from a guide shown in a fallback language.
pub async fn demand(
    State(state): State<AppState>,
    headers: HeaderMap,
    client: Option<axum::Extension<ClientAddr>>,
    body: Body,
) -> Response {
    let Posted { site, fields, lang } =
        match read_post(&state, &headers, client.map(|c| c.0), body).await {
            Ok(p) => p,
            Err(r) => return r,
        };
    let Some(guide) = fields.first("guide").and_then(|g| site.content.guide(g)) else {
        return refused(&site, &lang, None, Refused::UnknownPage);
    };
    let back = format!(
        "{}?feedback=demanded#feedback-demand",
        urls::guide(&lang, &guide.slug)
    );
    // Only a language the guide is missing in: that is the page that offers the button.
    if fields.first("lang") != Some(lang.as_str()) || guide.status(&lang) != Status::Missing {
        let page = Some(urls::guide(&lang, &guide.slug));
        return refused(&site, &lang, page, Refused::NotMissing);
    }
    if fields.text(HONEYPOT).is_some() {
        return see_other(&back);
    }
    let Some(today) = today(&state) else {
        return see_other(&back);
    };
    let (store, slug, code) = (state.store_handle(), guide.slug.clone(), lang.clone());
    let written =
        tokio::task::spawn_blocking(move || store.record_demand(&slug, &code, today)).await;
    match written {
        Ok(Ok(())) => {}
        Ok(Err(e)) => tracing::warn!(error = %e, "translation demand not recorded"),
        Err(e) => tracing::warn!(error = %e, "translation demand task failed"),
    }
    see_other(&back)
}

fn see_other(to: &str) -> Response {
    let mut r = Redirect::to(to).into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authorities() {
        assert_eq!(authority("https://portal.example"), Some("portal.example"));
        assert_eq!(
            authority("http://127.0.0.1:8080/uk/guides/x?a=1"),
            Some("127.0.0.1:8080")
        );
        assert_eq!(authority("null"), None);
        assert_eq!(authority("https://"), None);
        assert_eq!(authority("ftp://portal.example"), None);
    }

    #[test]
    fn ipv6_clients_count_by_their_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        assert_eq!(client_key(a), client_key(b));
        let v4: IpAddr = "192.0.2.7".parse().unwrap();
        assert_eq!(client_key(v4), v4);
    }

    #[test]
    fn one_client_is_held_and_another_is_not() {
        let g = Guard::new(3);
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        for _ in 0..3 {
            assert!(g.check(a).is_ok());
        }
        let wait = g.check(a).unwrap_err();
        assert!((1..=20).contains(&wait), "{wait}");
        assert!(g.check(b).is_ok());
    }
}
