//! Who is on an account page: the snapshot, the language, the instant, the session if there is a
//! live one, and the CSRF secret. Every account handler starts from a [`Visitor`] (or an
//! [`super::Account`], which holds one); a POST is read by [`super::CheckedForm`].

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use cookie::{Cookie, SameSite};
use serde::Serialize;

use super::super::AppState;
use super::super::error::PageError;
use super::super::reader::Reader;
use super::super::render::{frame, html_response, render};
use super::super::server::ClientAddr;
use super::blocking;
use super::csrf;
use crate::accounts::token::{hash_token, random_token};
use crate::site::Site;
use crate::state::{SessionLimits, SessionRow};
use crate::urls;

/// A form's fields, read from an `application/x-www-form-urlencoded` body whose CSRF token was
/// checked (by [`super::CheckedForm`]).
#[derive(Debug, Clone, Default)]
pub struct FormData(Vec<(String, String)>);

impl FormData {
    /// The fields of a form body, in the order sent.
    pub(super) fn parse(body: &[u8]) -> FormData {
        FormData(form_urlencoded::parse(body).into_owned().collect())
    }

    /// The first value of `name`, trimmed of nothing (passwords keep their spaces).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every field, in the order sent (what the service form hands to `ServiceDraft::from_form`).
    pub fn pairs(&self) -> &[(String, String)] {
        &self.0
    }

    /// Every value of `name` (a multi-valued field), in order.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

pub struct Visitor {
    pub state: AppState,
    /// The snapshot for the whole request.
    pub site: Arc<Site>,
    pub lang: String,
    pub now: DateTime<Utc>,
    /// The live session, if the request carries one.
    pub session: Option<SessionRow>,
    /// The session cookie's token as sent (live or not), for logout and rotation.
    pub(super) session_token: Option<String>,
    /// The pre-session CSRF cookie: as sent, or new (then `fresh`) and set with the page.
    pub(super) pre_csrf: String,
    pub(super) pre_csrf_fresh: bool,
    pub(super) csrf_key: Vec<u8>,
    /// Who is asking, for the login limits: a hash of the peer's address (never stored in clear).
    pub(super) client: String,
    path: String,
}

/// Cookie names: over https with the `__Host-` prefix, which browsers accept only with `Secure`,
/// `Path=/` and no `Domain`, so no other site or subdomain can set them.
pub(super) fn cookie_name(site: &Site, base: &'static str) -> String {
    if https(site) {
        format!("__Host-{base}")
    } else {
        base.to_string()
    }
}

pub(super) fn https(site: &Site) -> bool {
    site.config.base_url.starts_with("https://")
}

pub(super) const SESSION_COOKIE: &str = "witaj-session";
pub(super) const CSRF_COOKIE: &str = "witaj-csrf";

/// A `Set-Cookie` value with the attributes every account cookie has. `None` as value deletes it.
pub(super) fn set_cookie(site: &Site, base: &'static str, value: Option<&str>) -> HeaderValue {
    let mut c = Cookie::build((cookie_name(site, base), value.unwrap_or("").to_string()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(https(site))
        .build();
    if value.is_none() {
        c.make_removal();
    }
    HeaderValue::from_str(&c.to_string()).unwrap_or_else(|_| HeaderValue::from_static(""))
}

fn cookie_value(parts: &Parts, name: &str) -> Option<String> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_string())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

pub(super) fn session_limits(site: &Site) -> SessionLimits {
    let a = &site.config.accounts;
    SessionLimits {
        idle: chrono::Duration::from_std(a.session_idle).unwrap_or_default(),
        absolute: chrono::Duration::from_std(a.session_absolute).unwrap_or_default(),
    }
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let reader = Reader::from_request_parts(parts, state).await?;
        let wanted = form_urlencoded::parse(parts.uri.query().unwrap_or("").as_bytes())
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.into_owned());
        let lang = match wanted {
            Some(l) if reader.site.config.language(&l).is_some() => l,
            _ => reader.lang.clone(),
        };
        let site = reader.site.clone();
        let session_token = cookie_value(parts, &cookie_name(&site, SESSION_COOKIE));
        let (pre_csrf, pre_csrf_fresh) = match cookie_value(parts, &cookie_name(&site, CSRF_COOKIE))
        {
            Some(v) => (v, false),
            None => (
                random_token().map_err(|e| PageError::Internal(e.into()))?,
                true,
            ),
        };
        let client = parts
            .extensions
            .get::<ClientAddr>()
            .map_or_else(|| "unknown".to_string(), |ClientAddr(ip)| ip.to_string());
        let now = state.now();
        let limits = session_limits(&site);
        let hashed = session_token.as_deref().map(hash_token);
        let (session, csrf_key) = blocking(state.store_handle(), move |s| {
            let session = match hashed {
                Some(h) => s.session(&h, now, limits)?,
                None => None,
            };
            let key = s.secret("csrf", || {
                crate::accounts::token::random_bytes()
                    .map(|b| b.to_vec())
                    .unwrap_or_default()
            })?;
            Ok::<_, crate::state::StoreError>((session, key))
        })
        .await?;
        if csrf_key.len() < 32 {
            return Err(PageError::Internal(anyhow::anyhow!(
                "the CSRF secret could not be made"
            )));
        }
        Ok(Visitor {
            state: state.clone(),
            site,
            lang,
            now,
            session,
            session_token,
            pre_csrf,
            pre_csrf_fresh,
            csrf_key,
            client: format!("client:{}", hash_token(&client)),
            path: parts.uri.path().to_string(),
        })
    }
}

/// What every account template gets besides its page.
#[derive(Serialize)]
struct Chrome<'a, P: Serialize> {
    #[serde(flatten)]
    page: &'a P,
    /// The CSRF token every POST form of the page carries (`<input name="csrf">`).
    csrf: String,
    /// `?lang=…`, appended to the page's links and form actions so the language stays.
    q: String,
    signed_in: Option<SignedIn>,
}

#[derive(Serialize)]
struct SignedIn {
    email: String,
    editor: bool,
    /// The account navigation (`nav.rs`), the current page marked.
    nav: Vec<super::nav::NavItem>,
}

impl Visitor {
    /// The token forms on this page carry: the session's, or the pre-session one.
    pub fn csrf_token(&self) -> String {
        match &self.session {
            Some(s) => s.csrf.clone(),
            None => csrf::pre_session_token(&self.csrf_key, &self.pre_csrf),
        }
    }

    /// `/account/{page}?lang=…`: an account page in this visitor's language.
    pub fn url(&self, page: &str) -> String {
        format!("{}?lang={}", urls::account(page), self.lang)
    }

    /// An account page: `template` under `templates/account/` with `page`, the frame, the CSRF
    /// token and who is signed in; sets the pre-session CSRF cookie when it is new.
    pub fn page(&self, template: &str, page: &impl Serialize) -> Result<Response, PageError> {
        self.render(StatusCode::OK, template, page)
    }

    pub fn render(
        &self,
        status: StatusCode,
        template: &str,
        page: &impl Serialize,
    ) -> Result<Response, PageError> {
        let mut f = frame(&self.site, &self.lang, "", &self.lang, &[]);
        f.canonical = urls::absolute(&self.site.config.base_url, &self.path);
        for switch in &mut f.languages {
            switch.href = format!("{}?lang={}", self.path, switch.code);
        }
        let chrome = Chrome {
            page,
            csrf: self.csrf_token(),
            q: format!("?lang={}", self.lang),
            signed_in: self.session.as_ref().map(|s| SignedIn {
                email: s.account.email.clone(),
                editor: s.account.role == crate::accounts::Role::Editor,
                nav: super::nav::items(&s.account.role, &self.path, &self.lang),
            }),
        };
        let html =
            render(&self.site, &format!("account/{template}"), &f, &chrome).map_err(|e| {
                PageError::Internal(anyhow::anyhow!(
                    "template account/{template} failed: {e} ({:?})",
                    e.detail()
                ))
            })?;
        let mut r = html_response(html, status);
        if self.pre_csrf_fresh && self.session.is_none() {
            r.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(&self.site, CSRF_COOKIE, Some(&self.pre_csrf)),
            );
        }
        Ok(r)
    }

    /// A page that only says something (refused, expired, too many attempts), with `status`.
    pub fn message(&self, status: StatusCode, title_id: &str, text_id: &str) -> Response {
        #[derive(Serialize)]
        struct Message<'a> {
            title_id: &'a str,
            text_id: &'a str,
        }
        self.render(status, "message.html", &Message { title_id, text_id })
            .unwrap_or_else(IntoResponse::into_response)
    }

    /// A `303 See Other` to `to` (after a POST, so a reload does not post again).
    pub fn see_other(&self, to: &str) -> Response {
        let mut r = StatusCode::SEE_OTHER.into_response();
        if let Ok(v) = HeaderValue::from_str(to) {
            r.headers_mut().insert(header::LOCATION, v);
        }
        r
    }
}
