//! The signed-in account, as extractors: [`Account`] for any account page, [`RequireEditor`] for
//! the editors' pages. A request without a live session is sent to the login page; an
//! organisation account on an editors' page gets the localised 403.

use axum::extract::FromRequestParts;
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};

use super::super::AppState;
use super::visitor::Visitor;
use crate::accounts::Role;

/// The signed-in account, with the [`Visitor`] it came with (for pages, forms and the audit log).
pub struct Account {
    pub id: i64,
    /// Lower case.
    pub email: String,
    pub role: Role,
    pub visitor: Visitor,
}

impl Account {
    pub fn is_editor(&self) -> bool {
        self.role == Role::Editor
    }

    /// The organisation an organisation account speaks for; `None` for an editor.
    pub fn organisation(&self) -> Option<&str> {
        self.role.organisation()
    }

    /// Whether this account may see and change the data of organisation `org`: an editor any,
    /// an organisation account only its own. Every handler that takes an organisation's or a
    /// service's id from the request must ask this before reading anything.
    pub fn may_act_for(&self, org: &str) -> bool {
        match &self.role {
            Role::Editor => true,
            Role::Organisation(own) => own == org,
        }
    }

    /// The localised 403 page, for a request this account may not make.
    pub fn forbidden(&self) -> Response {
        self.visitor.message(
            StatusCode::FORBIDDEN,
            "account-forbidden-title",
            "account-forbidden-text",
        )
    }
}

impl FromRequestParts<AppState> for Account {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let visitor = Visitor::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let Some(session) = &visitor.session else {
            return Err(visitor.see_other(&visitor.url("login")));
        };
        Ok(Account {
            id: session.account.id,
            email: session.account.email.clone(),
            role: session.account.role.clone(),
            visitor,
        })
    }
}

/// An editor's account: the guard of the editors' pages.
pub struct RequireEditor(pub Account);

impl FromRequestParts<AppState> for RequireEditor {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let account = Account::from_request_parts(parts, state).await?;
        if !account.is_editor() {
            return Err(account.forbidden());
        }
        Ok(RequireEditor(account))
    }
}
