//! `/account/accounts` (editors): every account and open invitation, the invitation form, and
//! disabling an account. The invitation link is shown once, here, and e-mailed when `[smtp]` is
//! configured.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Serialize;

use super::super::error::PageError;
use super::blocking;
use super::form::CheckedForm;
use super::session::RequireEditor;
use super::visitor::Visitor;
use crate::accounts::invite::invite_and_mail;
use crate::accounts::{InviteError, Inviter, Role, organisations};

#[derive(Serialize)]
struct AccountsPage {
    accounts: Vec<AccountView>,
    invitations: Vec<InvitationView>,
    organisations: Vec<(String, String)>,
    invite_action: String,
    /// The link just made, shown once.
    link: Option<String>,
    /// Whether the link was also e-mailed; `Some(false)` when sending failed.
    mailed: Option<bool>,
    /// The Fluent id of what was wrong with the invitation form.
    problem: Option<&'static str>,
}

#[derive(Serialize)]
struct AccountView {
    email: String,
    role: &'static str,
    organisation: Option<String>,
    disabled: bool,
    /// The form action to disable it; none for one's own account.
    disable_action: Option<String>,
}

#[derive(Serialize)]
struct InvitationView {
    email: String,
    role: &'static str,
    organisation: Option<String>,
    expires: String,
}

async fn page(
    v: &Visitor,
    own_id: i64,
    status: StatusCode,
    link: Option<String>,
    mailed: Option<bool>,
    problem: Option<&'static str>,
) -> Result<Response, PageError> {
    let now = v.now;
    let (accounts, pending) = blocking(v.state.store_handle(), move |s| {
        Ok::<_, crate::state::StoreError>((s.accounts()?, s.pending_invitations(now)?))
    })
    .await?;
    let accounts = accounts
        .into_iter()
        .map(|a| AccountView {
            disable_action: (a.id != own_id && !a.disabled)
                .then(|| v.url(&format!("accounts/{}/disable", a.id))),
            email: a.email,
            role: a.role.kind(),
            organisation: a.role.organisation().map(str::to_string),
            disabled: a.disabled,
        })
        .collect();
    let invitations = pending
        .into_iter()
        .map(|i| InvitationView {
            email: i.email,
            role: i.role.kind(),
            organisation: i.role.organisation().map(str::to_string),
            expires: i.expires_at.format("%Y-%m-%d").to_string(),
        })
        .collect();
    let view = AccountsPage {
        accounts,
        invitations,
        organisations: organisations(&v.site.directory, &v.lang)
            .into_iter()
            .collect(),
        invite_action: v.url("accounts"),
        link,
        mailed,
        problem,
    };
    v.render(status, "accounts.html", &view)
}

pub async fn list(RequireEditor(a): RequireEditor) -> Result<Response, PageError> {
    page(&a.visitor, a.id, StatusCode::OK, None, None, None).await
}

pub async fn invite(
    CheckedForm {
        sender: RequireEditor(a),
        form,
    }: CheckedForm<RequireEditor>,
) -> Result<Response, PageError> {
    let v = &a.visitor;
    let email = form.get("email").unwrap_or("").to_string();
    let role = match (form.get("role"), form.get("organisation")) {
        (Some("editor"), _) => Role::Editor,
        (Some("organisation"), Some(org)) if !org.is_empty() => Role::Organisation(org.into()),
        _ => {
            let problem = Some("account-invite-problem-role");
            return page(
                v,
                a.id,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                None,
                problem,
            )
            .await;
        }
    };
    let (site, now, id, by) = (v.site.clone(), v.now, a.id, a.email.clone());
    let made = blocking(v.state.store_handle(), move |s| {
        Ok::<_, anyhow::Error>(invite_and_mail(
            s,
            &site,
            &email,
            role,
            Inviter::Editor { id, email: &by },
            now,
        ))
    })
    .await?;
    let sent = match made {
        Ok(sent) => sent,
        Err(e) => {
            let problem = Some(match e {
                InviteError::Email(_) => "account-invite-problem-email",
                InviteError::UnknownOrganisation { .. } => "account-invite-problem-role",
                other => return Err(PageError::Internal(other.into())),
            });
            return page(
                v,
                a.id,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                None,
                problem,
            )
            .await;
        }
    };
    let mailed = sent.mailed.map(|m| {
        if let Err(e) = &m {
            tracing::warn!(error = %e, "invitation e-mail not sent");
        }
        m.is_ok()
    });
    page(v, a.id, StatusCode::OK, Some(sent.link), mailed, None).await
}

pub async fn disable(
    Path(id): Path<String>,
    CheckedForm {
        sender: RequireEditor(a),
        ..
    }: CheckedForm<RequireEditor>,
) -> Result<Response, PageError> {
    let v = &a.visitor;
    let Ok(id) = id.parse::<i64>() else {
        return Err(PageError::NotFound);
    };
    if id == a.id {
        return Ok(a.forbidden());
    }
    let (now, actor) = (v.now, a.email.clone());
    let found = blocking(v.state.store_handle(), move |s| {
        let Some(target) = s.account(id)? else {
            return Ok::<_, crate::state::StoreError>(false);
        };
        if s.disable_account(id, now)? {
            s.record_audit(Some(&actor), "disable", &target.email, "", now)?;
        }
        Ok(true)
    })
    .await?;
    if !found {
        return Err(PageError::NotFound);
    }
    Ok(v.see_other(&v.url("accounts")))
}
