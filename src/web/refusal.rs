//! The page of a public form's refusal: what went wrong and what to do, in the reader's language,
//! with a link back. The feedback forms (`feedback.rs`) and "my municipality" (`my_place.rs`) use
//! it, so a visitor whose post is refused (another site's form, a body that is not a form or too
//! large, a value the portal does not know, too many posts) reads why in their language instead of
//! a generic error page, and is never handed a cookie or a 5xx. Each caller names its own words
//! (Fluent ids in its own `.ftl` file); the template is `templates/refused.html`.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::render::{frame, html_response, render};
use crate::site::Site;

/// What a refusal page says, and with which status.
#[derive(Debug, Clone)]
pub(super) struct Refusal {
    pub status: StatusCode,
    /// The page's heading (a Fluent id): what did not happen ("your answer was not sent").
    pub title_id: &'static str,
    /// Why, and what to do (a Fluent id); it may use `$max`.
    pub text_id: &'static str,
    /// The `$max` of the text, when it names a limit.
    pub max: usize,
    /// The link back: where to, and its words (a Fluent id); without one, the home page.
    pub back: Option<(String, &'static str)>,
    /// Seconds for `Retry-After` (a 429).
    pub retry_after: Option<u64>,
}

impl Refusal {
    pub fn new(status: StatusCode, title_id: &'static str, text_id: &'static str) -> Self {
        Refusal {
            status,
            title_id,
            text_id,
            max: 0,
            back: None,
            retry_after: None,
        }
    }

    /// Links back to `to` (a path of this site) with the words of `label_id`.
    pub fn back(mut self, to: String, label_id: &'static str) -> Self {
        self.back = Some((to, label_id));
        self
    }

    /// The page in `lang`: never stored by a cache (it answers one post), and never with a cookie.
    /// Should the template fail, the bare status is left for the localising layer, which answers
    /// the error page of that status instead.
    pub fn page(self, site: &Site, lang: &str) -> Response {
        #[derive(Serialize)]
        struct RefusedPage<'a> {
            title_id: &'static str,
            text_id: &'static str,
            max: usize,
            back: Option<&'a str>,
            back_id: Option<&'static str>,
        }
        let f = frame(site, lang, "", lang, &[]);
        let p = RefusedPage {
            title_id: self.title_id,
            text_id: self.text_id,
            max: self.max,
            back: self.back.as_ref().map(|(to, _)| to.as_str()),
            back_id: self.back.as_ref().map(|(_, id)| *id),
        };
        let mut r = match render(site, "refused.html", &f, &p) {
            Ok(html) => html_response(html, self.status),
            Err(e) => {
                tracing::error!(error = %e, "the refused template failed");
                self.status.into_response()
            }
        };
        let h = r.headers_mut();
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if let Some(secs) = self.retry_after {
            h.insert(header::RETRY_AFTER, HeaderValue::from(secs.max(1)));
        }
        r
    }
}
