//! Accounts without HTTP: roles, passwords, tokens, invitations and the e-mail that carries them.
//! The store (`crate::state`) keeps them; `web::account` serves the pages; `main.rs` has
//! `witaj invite`. Docs: docs/security.md.

pub mod invite;
pub mod mail;
pub mod password;
pub mod role;
pub mod token;

pub use invite::{Invitation, InviteError, Inviter, invite, normalise_email, organisations};
pub use role::Role;
