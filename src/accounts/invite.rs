//! Invitations: the only way an account comes to be. The command line (`witaj invite`) and the
//! editors' page call the same function; the token is shown once (printed, e-mailed) and only its
//! hash kept.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};

use super::role::Role;
use super::token::{RandomError, hash_token, random_token};
use crate::directory::Directory;
use crate::state::{NewInvitation, Store, StoreError};
use crate::validate;

/// How long an invitation link works.
pub const VALID_DAYS: i64 = 7;

#[derive(Debug, thiserror::Error)]
pub enum InviteError {
    #[error("{0}")]
    Email(#[from] validate::EmailError),
    #[error("no service of the directory has `[organization] id = \"{org}\"`; known: {known}")]
    UnknownOrganisation { org: String, known: String },
    #[error(transparent)]
    Random(#[from] RandomError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A new invitation, with its token: give `path` to the invited person, once.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub token: String,
    pub email: String,
    pub role: Role,
    pub expires_at: DateTime<Utc>,
}

impl Invitation {
    /// The link's path; the caller puts `base_url` in front.
    pub fn path(&self) -> String {
        crate::urls::account_invitation(&self.token)
    }
}

/// Who invites: an editor (id and address) or the command line on the server.
#[derive(Debug, Clone, Copy)]
pub enum Inviter<'a> {
    Editor { id: i64, email: &'a str },
    CommandLine,
}

/// An address as accounts keep it: trimmed, lower case, checked.
pub fn normalise_email(email: &str) -> Result<String, validate::EmailError> {
    validate::email(email).map(|e| e.trim().to_lowercase())
}

/// Every organisation of the directory, by id, with one of its services' names for it (the
/// organisation's name in the source language).
pub fn organisations(directory: &Directory, lang: &str) -> BTreeMap<String, String> {
    directory
        .services
        .values()
        .map(|s| {
            let name = s
                .organization
                .name
                .get(lang)
                .unwrap_or(&s.organization.id)
                .to_string();
            (s.organization.id.clone(), name)
        })
        .collect()
}

/// Records an invitation of `email` as `role`, valid [`VALID_DAYS`] from `now`, after checking
/// the address and, for an organisation, that the directory has it.
pub fn invite(
    store: &Store,
    directory: &Directory,
    email: &str,
    role: Role,
    by: Inviter,
    now: DateTime<Utc>,
) -> Result<Invitation, InviteError> {
    let email = normalise_email(email)?;
    if let Role::Organisation(org) = &role {
        let known = organisations(directory, "");
        if !known.contains_key(org) {
            return Err(InviteError::UnknownOrganisation {
                org: org.clone(),
                known: known.keys().cloned().collect::<Vec<_>>().join(", "),
            });
        }
    }
    let token = random_token()?;
    let expires_at = now + Duration::days(VALID_DAYS);
    let (invited_by, actor) = match by {
        Inviter::Editor { id, email } => (Some(id), Some(email)),
        Inviter::CommandLine => (None, None),
    };
    store.create_invitation(&NewInvitation {
        token_hash: &hash_token(&token),
        email: &email,
        role: &role,
        invited_by,
        now,
        expires_at,
    })?;
    let what = match &role {
        Role::Editor => "editor".to_string(),
        Role::Organisation(org) => format!("organisation {org}"),
    };
    store.record_audit(actor, "invite", &email, &what, now)?;
    Ok(Invitation {
        token,
        email,
        role,
        expires_at,
    })
}

/// An invitation made, its link, and what became of its e-mail.
#[derive(Debug)]
pub struct Sent {
    /// The absolute link to give the invited person.
    pub link: String,
    pub email: String,
    pub expires_at: DateTime<Utc>,
    /// `None` without `[smtp]`; else whether the e-mail went.
    pub mailed: Option<Result<(), super::mail::MailError>>,
}

/// [`invite`], then e-mails the link when `portal.toml` has `[smtp]`. Blocking (the mail server
/// may be slow): call it off the async runtime.
pub fn invite_and_mail(
    store: &Store,
    site: &crate::site::Site,
    email: &str,
    role: Role,
    by: Inviter,
    now: DateTime<Utc>,
) -> Result<Sent, InviteError> {
    let invitation = invite(store, &site.directory, email, role, by, now)?;
    let link = crate::urls::absolute(&site.config.base_url, &invitation.path());
    let mailed = site.config.smtp.as_ref().map(|smtp| {
        let (subject, text) = invitation_mail(site, &site.config.source_language, &link);
        super::mail::send(smtp, &invitation.email, &subject, &text)
    });
    Ok(Sent {
        link,
        email: invitation.email,
        expires_at: invitation.expires_at,
        mailed,
    })
}

/// The subject and text of an invitation e-mail in `lang`, from `account.ftl`.
pub fn invitation_mail(site: &crate::site::Site, lang: &str, link: &str) -> (String, String) {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("link", link.to_string());
    args.set("days", VALID_DAYS);
    args.set("site", site.locales.format(lang, "site-name", None));
    (
        site.locales
            .format(lang, "account-mail-invite-subject", Some(&args)),
        site.locales
            .format(lang, "account-mail-invite-text", Some(&args)),
    )
}
