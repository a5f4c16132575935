//! Sending a message through the `[smtp]` server with `lettre`. Blocking: call it off the async
//! runtime. What the message says is the caller's (in the reader's language, from Fluent).

use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

use crate::config::{Smtp, SmtpTls};

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("`{0}` is not a mailbox: {1}")]
    Address(String, String),
    #[error("the message could not be built: {0}")]
    Build(String),
    #[error("[smtp] password_env names `{0}`, which is not set in the environment")]
    NoPassword(String),
    #[error("the mail server {host}:{port} refused or failed: {reason}")]
    Send {
        host: String,
        port: u16,
        reason: String,
    },
}

/// Sends a plain-text message to `to`.
pub fn send(smtp: &Smtp, to: &str, subject: &str, body: &str) -> Result<(), MailError> {
    let mailbox = |s: &str| -> Result<Mailbox, MailError> {
        s.parse()
            .map_err(|e: lettre::address::AddressError| MailError::Address(s.into(), e.to_string()))
    };
    let message = Message::builder()
        .from(mailbox(&smtp.from)?)
        .to(mailbox(to)?)
        .subject(subject)
        .header(ContentType::TEXT_PLAIN)
        // Quoted-printable keeps the link readable in the raw message (and in tests).
        .body(
            Body::new_with_encoding(body.to_string(), ContentTransferEncoding::QuotedPrintable)
                .map_err(|_| MailError::Build("the text is not UTF-8".into()))?,
        )
        .map_err(|e| MailError::Build(e.to_string()))?;
    let failed = |e: lettre::transport::smtp::Error| MailError::Send {
        host: smtp.host.clone(),
        port: smtp.port,
        reason: e.to_string(),
    };
    let mut builder = match smtp.tls {
        SmtpTls::Tls => SmtpTransport::relay(&smtp.host).map_err(failed)?,
        SmtpTls::Starttls => SmtpTransport::starttls_relay(&smtp.host).map_err(failed)?,
        SmtpTls::None => SmtpTransport::builder_dangerous(&smtp.host),
    }
    .port(smtp.port)
    .timeout(Some(std::time::Duration::from_secs(20)));
    if let (Some(user), Some(env)) = (&smtp.username, &smtp.password_env) {
        let password = std::env::var(env).map_err(|_| MailError::NoPassword(env.clone()))?;
        builder = builder.credentials(Credentials::new(user.clone(), password));
    }
    builder.build().send(&message).map_err(failed)?;
    Ok(())
}
