//! [`CheckedForm`]: the one way an account page reads a POST. Every account form (sign in, set a
//! password, sign out, the service form, "still correct", a review decision, "mark handled", an
//! invitation, disabling an account) needs the same steps in the same order, so they are done
//! here once, before the handler runs:
//!
//! 1. who is asking: the [`Visitor`] (the forms shown before a session exists, and sign out), a
//!    signed-in [`Account`], or an editor ([`RequireEditor`]): see [`Sender`];
//! 2. the body is an HTML form's (`application/x-www-form-urlencoded`);
//! 3. it fits the server's body limit (`[server] max_body_bytes`, the router's `DefaultBodyLimit`);
//! 4. its `csrf` field is the session's token, or before a session the token of the visitor's
//!    pre-session cookie (`csrf.rs`).
//!
//! Each refusal is a [`Refusal`]; `refusal.rs` is the one place it becomes an answer.

use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, FailedToBufferBody};
use axum::extract::{FromRequest, FromRequestParts, Request};

use super::super::AppState;
use super::csrf;
use super::refusal::{Refusal, Refused};
use super::session::{Account, RequireEditor};
use super::visitor::{FormData, Visitor};

/// Who may send a form, as the handler receives them. Each holds the [`Visitor`] it was made
/// from, which answers a refusal in the visitor's language.
pub trait Sender: Sized + Send {
    /// The sender this visitor is, or why not.
    fn of(v: Visitor) -> Result<Self, Refused>;
    fn visitor(&self) -> &Visitor;
    /// The visitor back, to answer a refusal found after the sender was known.
    fn into_visitor(self) -> Visitor;
}

/// Anyone: the forms shown before a session exists (sign in, set a password), and sign out.
impl Sender for Visitor {
    fn of(v: Visitor) -> Result<Self, Refused> {
        Ok(v)
    }

    fn visitor(&self) -> &Visitor {
        self
    }

    fn into_visitor(self) -> Visitor {
        self
    }
}

impl Sender for Account {
    fn of(v: Visitor) -> Result<Self, Refused> {
        Account::of(v)
    }

    fn visitor(&self) -> &Visitor {
        &self.visitor
    }

    fn into_visitor(self) -> Visitor {
        self.visitor
    }
}

impl Sender for RequireEditor {
    fn of(v: Visitor) -> Result<Self, Refused> {
        RequireEditor::of(v)
    }

    fn visitor(&self) -> &Visitor {
        &self.0.visitor
    }

    fn into_visitor(self) -> Visitor {
        self.0.visitor
    }
}

/// A POST of an account page whose sender, body and CSRF token were checked. It reads the body,
/// so it is the handler's last argument.
pub struct CheckedForm<S> {
    pub sender: S,
    pub form: FormData,
}

/// Whether `form` carries this visitor's CSRF token: the session's when signed in, else the
/// token of the pre-session cookie the visitor already had (a cookie made for this very request
/// cannot have been on the page the form came from).
fn token_matches(v: &Visitor, form: &FormData) -> bool {
    let sent = form.get("csrf").unwrap_or("");
    match &v.session {
        Some(s) if csrf::matches(&s.csrf, sent) => true,
        _ => {
            !v.pre_csrf_fresh
                && csrf::matches(&csrf::pre_session_token(&v.csrf_key, &v.pre_csrf), sent)
        }
    }
}

impl<S: Sender> FromRequest<AppState> for CheckedForm<S> {
    type Rejection = Refused;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Refused> {
        let (mut parts, body) = req.into_parts();
        let sender = S::of(Visitor::from_request_parts(&mut parts, state).await?)?;
        let refuse = |sender: S, why: Refusal| -> Result<Self, Refused> {
            Err(Refused::by(Box::new(sender.into_visitor()), why))
        };
        if !super::super::feedback::is_form(&parts.headers) {
            return refuse(sender, Refusal::NotAForm);
        }
        // The `Bytes` extractor applies the router's `DefaultBodyLimit`.
        let bytes = match Bytes::from_request(Request::from_parts(parts, body), state).await {
            Ok(b) => b,
            Err(BytesRejection::FailedToBufferBody(FailedToBufferBody::LengthLimitError(_))) => {
                return refuse(sender, Refusal::TooLarge);
            }
            Err(e) => return refuse(sender, Refusal::Unreadable(e.body_text())),
        };
        let form = FormData::parse(&bytes);
        if !token_matches(sender.visitor(), &form) {
            return refuse(sender, Refusal::BadToken);
        }
        Ok(CheckedForm { sender, form })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use axum::Router;
    use axum::body::Body;
    use axum::extract::DefaultBodyLimit;
    use axum::http::{StatusCode, header};
    use axum::response::Response;
    use axum::routing::post;
    use chrono::{DateTime, Duration, TimeZone, Utc};
    use tower::ServiceExt;

    use super::*;
    use crate::accounts::Role;
    use crate::accounts::token::{hash_token, random_token};
    use crate::state::NewInvitation;
    use crate::web::account::visitor::{CSRF_COOKIE, SESSION_COOKIE, cookie_name};
    use crate::web::error::ErrorPageWanted;

    /// The largest body the test router takes (the real one: `[server] max_body_bytes`).
    const LIMIT: usize = 1024;
    const FORM: &str = "application/x-www-form-urlencoded";

    /// What the extractor made of a request: `ok <field x>` or the refusal's name.
    fn outcome<S: Sender>(r: Result<CheckedForm<S>, Refused>) -> String {
        match r {
            Ok(f) => format!("ok {}", f.form.get("x").unwrap_or("")),
            Err(e) => format!("{:?}", e.why),
        }
    }

    struct Portal {
        _dir: tempfile::TempDir,
        state: AppState,
        now: Arc<Mutex<DateTime<Utc>>>,
        /// `/why/…` says what the extractor made of a request; `/answer/…` answers as a handler.
        app: Router,
    }

    impl Portal {
        fn new() -> Portal {
            let dir = crate::reload::tests::fixture();
            let site = crate::Site::load(dir.path()).expect("the fixture loads");
            let now = Arc::new(Mutex::new(
                Utc.with_ymd_and_hms(2026, 12, 2, 10, 0, 0).unwrap(),
            ));
            let clock = now.clone();
            let state = AppState::new(site).with_clock(move || *clock.lock().unwrap());
            let app = Router::new()
                .route(
                    "/why/anyone",
                    post(|r: Result<CheckedForm<Visitor>, Refused>| async { outcome(r) }),
                )
                .route(
                    "/why/account",
                    post(|r: Result<CheckedForm<Account>, Refused>| async { outcome(r) }),
                )
                .route(
                    "/why/editor",
                    post(|r: Result<CheckedForm<RequireEditor>, Refused>| async { outcome(r) }),
                )
                .route(
                    "/answer/editor",
                    post(|_: CheckedForm<RequireEditor>| async { "ok" }),
                )
                .layer(DefaultBodyLimit::max(LIMIT))
                .with_state(state.clone());
            Portal {
                _dir: dir,
                state,
                now,
                app,
            }
        }

        /// A signed-in account with `role`: its session cookie's `name=value` and its CSRF token.
        fn signed_in(&self, email: &str, role: Role) -> (String, String) {
            let (store, now) = (self.state.store(), *self.now.lock().unwrap());
            let invitation = hash_token(&random_token().unwrap());
            store
                .create_invitation(&NewInvitation {
                    token_hash: &invitation,
                    email,
                    role: &role,
                    invited_by: None,
                    now,
                    expires_at: now + Duration::days(1),
                })
                .unwrap();
            let account = store
                .accept_invitation(&invitation, "no password needed here", now)
                .unwrap()
                .unwrap();
            let (token, csrf) = (random_token().unwrap(), random_token().unwrap());
            store
                .create_session(&hash_token(&token), account.id, &csrf, now)
                .unwrap();
            let name = cookie_name(&self.state.site(), SESSION_COOKIE);
            (format!("{name}={token}"), csrf)
        }

        async fn send(
            &self,
            path: &str,
            cookie: &str,
            content_type: Option<&str>,
            body: String,
        ) -> Response {
            let mut req = axum::http::Request::post(path);
            if !cookie.is_empty() {
                req = req.header(header::COOKIE, cookie);
            }
            if let Some(c) = content_type {
                req = req.header(header::CONTENT_TYPE, c);
            }
            self.app
                .clone()
                .oneshot(req.body(Body::from(body)).unwrap())
                .await
                .unwrap()
        }

        /// What the extractor made of a form post with `cookie` and `body`.
        async fn why(&self, who: &str, cookie: &str, body: &str) -> String {
            self.why_as(who, cookie, Some(FORM), body.to_string()).await
        }

        async fn why_as(
            &self,
            who: &str,
            cookie: &str,
            content_type: Option<&str>,
            body: String,
        ) -> String {
            let r = self
                .send(&format!("/why/{who}"), cookie, content_type, body)
                .await;
            let bytes = axum::body::to_bytes(r.into_body(), usize::MAX)
                .await
                .unwrap();
            String::from_utf8(bytes.to_vec()).unwrap()
        }
    }

    #[tokio::test]
    async fn a_good_form_is_read_with_its_sender() {
        let p = Portal::new();
        let (editor, csrf) = p.signed_in("red@example.org", Role::Editor);
        let body = format!("csrf={csrf}&x=tak");
        assert_eq!(p.why("editor", &editor, &body).await, "ok tak");
        assert_eq!(p.why("account", &editor, &body).await, "ok tak");
        // Parameters of the content type do not matter.
        let with_charset = Some("application/x-www-form-urlencoded; charset=UTF-8");
        assert_eq!(
            p.why_as("editor", &editor, with_charset, body).await,
            "ok tak"
        );
    }

    #[tokio::test]
    async fn no_session_and_an_expired_session_are_not_signed_in() {
        let p = Portal::new();
        assert_eq!(p.why("account", "", "csrf=x").await, "NotSignedIn");
        assert_eq!(p.why("editor", "", "csrf=x").await, "NotSignedIn");
        // A cookie no session has.
        let name = cookie_name(&p.state.site(), SESSION_COOKIE);
        let forged = format!("{name}={}", "a".repeat(64));
        assert_eq!(p.why("account", &forged, "csrf=x").await, "NotSignedIn");
        let (cookie, csrf) = p.signed_in("red@example.org", Role::Editor);
        let body = format!("csrf={csrf}");
        assert_eq!(p.why("account", &cookie, &body).await, "ok ");
        // Idle for longer than `[accounts]` allows (30 minutes by default).
        *p.now.lock().unwrap() += Duration::minutes(31);
        assert_eq!(p.why("account", &cookie, &body).await, "NotSignedIn");
        // The answer: the sign-in page, in the language asked for.
        let r = p.send("/answer/editor?lang=uk", "", Some(FORM), body).await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        assert_eq!(r.headers()[header::LOCATION], "/account/login?lang=uk");
    }

    #[tokio::test]
    async fn an_organisation_may_not_send_an_editors_form() {
        let p = Portal::new();
        let (ngo, csrf) = p.signed_in("a@ngo.example", Role::Organisation("ngo".into()));
        let body = format!("csrf={csrf}");
        assert_eq!(p.why("account", &ngo, &body).await, "ok ");
        assert_eq!(p.why("editor", &ngo, &body).await, "Forbidden");
        let r = p
            .send("/answer/editor?lang=uk", &ngo, Some(FORM), body)
            .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
        assert!(r.extensions().get::<ErrorPageWanted>().is_none());
        let html = axum::body::to_bytes(r.into_body(), usize::MAX)
            .await
            .unwrap();
        assert!(String::from_utf8_lossy(&html).contains("<html lang=\"uk\""));
    }

    #[tokio::test]
    async fn a_missing_or_wrong_csrf_token_is_refused() {
        let p = Portal::new();
        let (editor, csrf) = p.signed_in("red@example.org", Role::Editor);
        let (_, other) = p.signed_in("blue@example.org", Role::Editor);
        for body in [
            "x=1".to_string(),
            "csrf=&x=1".to_string(),
            format!("csrf={other}"),
            format!("csrf={}", "0".repeat(64)),
            // The token under another name is not the form's token.
            format!("token={csrf}"),
        ] {
            assert_eq!(p.why("editor", &editor, &body).await, "BadToken", "{body}");
        }
        let r = p
            .send("/answer/editor?lang=uk", &editor, Some(FORM), "x=1".into())
            .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
        assert!(
            r.headers()[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
    }

    #[tokio::test]
    async fn before_a_session_the_token_is_bound_to_the_cookie() {
        let p = Portal::new();
        let key = p.state.store().secret("csrf", || vec![7; 32]).unwrap();
        let cookie = random_token().unwrap();
        let name = cookie_name(&p.state.site(), CSRF_COOKIE);
        let with_cookie = format!("{name}={cookie}");
        let token = csrf::pre_session_token(&key, &cookie);
        let body = format!("csrf={token}&x=1");
        assert_eq!(p.why("anyone", &with_cookie, &body).await, "ok 1");
        // Without the cookie (a new one is made for this request) or with another one.
        assert_eq!(p.why("anyone", "", &body).await, "BadToken");
        let other = format!("{name}={}", random_token().unwrap());
        assert_eq!(p.why("anyone", &other, &body).await, "BadToken");
    }

    #[tokio::test]
    async fn a_body_that_is_not_a_form_is_refused_with_415() {
        let p = Portal::new();
        let (editor, csrf) = p.signed_in("red@example.org", Role::Editor);
        let body = format!("csrf={csrf}");
        for content_type in [
            None,
            Some("application/json"),
            Some("text/plain"),
            Some("multipart/form-data; boundary=x"),
        ] {
            assert_eq!(
                p.why_as("editor", &editor, content_type, body.clone())
                    .await,
                "NotAForm",
                "{content_type:?}"
            );
        }
        let r = p
            .send("/answer/editor", &editor, Some("application/json"), body)
            .await;
        assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
        // Left for the error boundary, which renders the page in the reader's language.
        assert_eq!(
            r.extensions().get::<ErrorPageWanted>().map(|w| w.0),
            Some(StatusCode::UNSUPPORTED_MEDIA_TYPE)
        );
    }

    #[tokio::test]
    async fn a_body_over_the_limit_is_refused_with_413() {
        let p = Portal::new();
        let (editor, csrf) = p.signed_in("red@example.org", Role::Editor);
        let fits = format!("csrf={csrf}&x={}", "a".repeat(LIMIT - 100));
        assert!(p.why("editor", &editor, &fits).await.starts_with("ok "));
        let large = format!("csrf={csrf}&x={}", "a".repeat(LIMIT));
        assert_eq!(p.why("editor", &editor, &large).await, "TooLarge");
        let r = p.send("/answer/editor", &editor, Some(FORM), large).await;
        assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(
            r.extensions().get::<ErrorPageWanted>().map(|w| w.0),
            Some(StatusCode::PAYLOAD_TOO_LARGE)
        );
    }
}
