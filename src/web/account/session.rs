//! The signed-in account, as extractors: [`Account`] for any account page, [`RequireEditor`] for
//! the editors' pages. A request without a live session is sent to the login page; an
//! organisation account on an editors' page gets the localised 403 (both are [`Refused`]).

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::Response;

use super::super::AppState;
use super::refusal::{Refusal, Refused, forbidden};
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
    /// The account of this visitor's live session, or [`Refusal::NotSignedIn`].
    pub fn of(visitor: Visitor) -> Result<Account, Refused> {
        let Some(session) = &visitor.session else {
            return Err(Refused::by(Box::new(visitor), Refusal::NotSignedIn));
        };
        Ok(Account {
            id: session.account.id,
            email: session.account.email.clone(),
            role: session.account.role.clone(),
            visitor,
        })
    }

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
        forbidden(&self.visitor)
    }
}

impl FromRequestParts<AppState> for Account {
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Refused> {
        Account::of(Visitor::from_request_parts(parts, state).await?)
    }
}

/// An editor's account: the guard of the editors' pages.
pub struct RequireEditor(pub Account);

impl RequireEditor {
    /// The editor's account of this visitor, or [`Refusal::NotSignedIn`] / [`Refusal::Forbidden`].
    pub fn of(visitor: Visitor) -> Result<RequireEditor, Refused> {
        let account = Account::of(visitor)?;
        if !account.is_editor() {
            return Err(Refused::by(Box::new(account.visitor), Refusal::Forbidden));
        }
        Ok(RequireEditor(account))
    }
}

impl FromRequestParts<AppState> for RequireEditor {
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Refused> {
        RequireEditor::of(Visitor::from_request_parts(parts, state).await?)
    }
}
