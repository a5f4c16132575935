//! Why an account request was refused, as a type, and the one place each reason becomes an
//! answer. The extractors of the account pages ([`super::Account`], [`super::RequireEditor`],
//! [`super::CheckedForm`]) reject with [`Refused`]; no handler maps a refusal by hand.
//!
//! The answers: the sign-in page (303) for a missing or ended session; the account pages'
//! localised 403 page for another role or a bad CSRF token (in the visitor's `?lang=`); and for a
//! body that is not a form, too large or unreadable, the marker the error boundary
//! (`web/middleware.rs`) turns into the 415, 413 or 400 page in the reader's language, as it does
//! for every framework refusal.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::super::error::{ErrorPageWanted, PageError};
use super::visitor::Visitor;

/// Why an account request was not served, in the order the checks run.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// The page needs a signed-in account and the request has no live session (none, expired,
    /// ended by logout or a disabled account).
    #[error("no live session: sign in first")]
    NotSignedIn,
    /// Signed in, but this role may not use the page (an organisation on an editors' page).
    #[error("this account may not use this page")]
    Forbidden,
    /// A form's body is not `application/x-www-form-urlencoded`.
    #[error("the body is not an HTML form")]
    NotAForm,
    /// A form's body is larger than the server's limit (`[server] max_body_bytes`).
    #[error("the body is larger than the server accepts")]
    TooLarge,
    /// A form's body could not be read (the client went away mid-body).
    #[error("the body could not be read: {0}")]
    Unreadable(String),
    /// A form's `csrf` field is missing or is not this visitor's token.
    #[error("the form's CSRF token is missing or wrong")]
    BadToken,
    /// Who is asking could not be read at all (the store failed): our failure, the 500 page.
    #[error(transparent)]
    Page(#[from] PageError),
}

/// A refusal with the visitor to answer in whose language; none only for [`Refusal::Page`],
/// when the visitor itself could not be read.
pub struct Refused {
    pub why: Refusal,
    visitor: Option<Box<Visitor>>,
}

impl Refused {
    pub fn by(visitor: Box<Visitor>, why: Refusal) -> Refused {
        Refused {
            why,
            visitor: Some(visitor),
        }
    }
}

impl From<PageError> for Refused {
    fn from(e: PageError) -> Self {
        Refused {
            why: Refusal::Page(e),
            visitor: None,
        }
    }
}

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        match (self.why, self.visitor) {
            (Refusal::Page(e), _) => e.into_response(),
            (why, None) => PageError::Internal(anyhow::anyhow!("{why}")).into_response(),
            (Refusal::NotSignedIn, Some(v)) => v.see_other(&v.url("login")),
            (Refusal::Forbidden, Some(v)) => forbidden(&v),
            (Refusal::BadToken, Some(v)) => v.message(
                StatusCode::FORBIDDEN,
                "account-csrf-title",
                "account-csrf-text",
            ),
            (Refusal::NotAForm, Some(_)) => status_page(StatusCode::UNSUPPORTED_MEDIA_TYPE),
            (Refusal::TooLarge, Some(_)) => status_page(StatusCode::PAYLOAD_TOO_LARGE),
            (Refusal::Unreadable(_), Some(_)) => status_page(StatusCode::BAD_REQUEST),
        }
    }
}

/// The localised 403 page, for a request this account may not make.
pub fn forbidden(v: &Visitor) -> Response {
    v.message(
        StatusCode::FORBIDDEN,
        "account-forbidden-title",
        "account-forbidden-text",
    )
}

/// An answer the error boundary replaces with the page of `status` in the reader's language.
fn status_page(status: StatusCode) -> Response {
    let mut r = status.into_response();
    r.extensions_mut().insert(ErrorPageWanted(status));
    r
}
