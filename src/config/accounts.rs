//! `[accounts]` and `[smtp]` in `portal.toml`: how long a session lives, how many failed logins
//! are allowed, and the mail server invitations are sent through. Both tables are optional;
//! docs/security.md and the README explain each key.

use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostics::Reporter;
use crate::validate;

/// Sessions and login limits, checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccountSettings {
    /// A session unused this long ends.
    pub session_idle: Duration,
    /// A session this old ends, however busy.
    pub session_absolute: Duration,
    /// Failed logins allowed for one account within `login_window`.
    pub login_failures_per_account: u32,
    /// Failed logins allowed from one client address within `login_window`.
    pub login_failures_per_client: u32,
    pub login_window: Duration,
}

impl Default for AccountSettings {
    fn default() -> Self {
        AccountSettings {
            session_idle: Duration::from_secs(30 * 60),
            session_absolute: Duration::from_secs(12 * 3600),
            login_failures_per_account: 5,
            login_failures_per_client: 20,
            login_window: Duration::from_secs(15 * 60),
        }
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAccounts {
    session_idle_minutes: Option<Spanned<u64>>,
    session_absolute_hours: Option<Spanned<u64>>,
    login_failures_per_account: Option<Spanned<u64>>,
    login_failures_per_client: Option<Spanned<u64>>,
    login_window_minutes: Option<Spanned<u64>>,
}

impl RawAccounts {
    pub(super) fn check(&self, r: &mut Reporter) -> AccountSettings {
        let d = AccountSettings::default();
        let mut value = |v: &Option<Spanned<u64>>, name: &str, min: u64, max: u64, default: u64| {
            let Some(v) = v else { return default };
            let n = *v.get_ref();
            if (min..=max).contains(&n) {
                n
            } else {
                r.error(
                    v,
                    format_args!("[accounts] {name} = {n} is out of range: write a number from {min} to {max}, or leave it out for {default}"),
                );
                default
            }
        };
        let idle = value(
            &self.session_idle_minutes,
            "session_idle_minutes",
            1,
            24 * 60,
            d.session_idle.as_secs() / 60,
        );
        let absolute = value(
            &self.session_absolute_hours,
            "session_absolute_hours",
            1,
            24 * 30,
            d.session_absolute.as_secs() / 3600,
        );
        let per_account = value(
            &self.login_failures_per_account,
            "login_failures_per_account",
            1,
            1000,
            u64::from(d.login_failures_per_account),
        );
        let per_client = value(
            &self.login_failures_per_client,
            "login_failures_per_client",
            1,
            100_000,
            u64::from(d.login_failures_per_client),
        );
        let window = value(
            &self.login_window_minutes,
            "login_window_minutes",
            1,
            24 * 60,
            d.login_window.as_secs() / 60,
        );
        AccountSettings {
            session_idle: Duration::from_secs(idle * 60),
            session_absolute: Duration::from_secs(absolute * 3600),
            login_failures_per_account: per_account as u32,
            login_failures_per_client: per_client as u32,
            login_window: Duration::from_secs(window * 60),
        }
    }
}

/// How the connection to the mail server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpTls {
    /// TLS from the first byte (port 465).
    Tls,
    /// Plain, upgraded with STARTTLS, which is required (port 587).
    Starttls,
    /// No encryption: only for a relay on the same machine (`localhost`, port 25).
    None,
}

/// The mail server invitations are sent through (`[smtp]`), checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Smtp {
    pub host: String,
    pub port: u16,
    pub tls: SmtpTls,
    /// The sender, `portal@example.org` or `Portal <portal@example.org>`.
    pub from: String,
    pub username: Option<String>,
    /// The name of the environment variable holding the password: never the password itself,
    /// since `portal.toml` is in git.
    pub password_env: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSmtp {
    host: Spanned<String>,
    port: Option<Spanned<u64>>,
    tls: Option<Spanned<SmtpTls>>,
    from: Spanned<String>,
    username: Option<String>,
    password_env: Option<Spanned<String>>,
}

impl RawSmtp {
    pub(super) fn check(&self, r: &mut Reporter) -> Option<Smtp> {
        let mut ok = true;
        let host = self.host.get_ref().trim();
        if host.is_empty() || host.contains(char::is_whitespace) {
            r.error(
                &self.host,
                "[smtp] host is not a host name: write one such as `smtp.example.org`",
            );
            ok = false;
        }
        let tls = self
            .tls
            .as_ref()
            .map_or(SmtpTls::Starttls, |t| *t.get_ref());
        let default_port = match tls {
            SmtpTls::Tls => 465,
            SmtpTls::Starttls => 587,
            SmtpTls::None => 25,
        };
        let port = match &self.port {
            None => default_port,
            Some(p) if (1..=65535).contains(p.get_ref()) => *p.get_ref() as u16,
            Some(p) => {
                r.error(p, format_args!("[smtp] port = {} is not a port: write 1 to 65535, or leave it out for {default_port}", p.get_ref()));
                ok = false;
                default_port
            }
        };
        let from = self.from.get_ref().trim();
        let address = from
            .rsplit_once('<')
            .map_or(from, |(_, a)| a.trim_end_matches('>'));
        if let Err(e) = validate::email(address) {
            r.error(
                &self.from,
                format_args!("[smtp] from = \"{from}\" is not an e-mail address: {e}; write the sender's address, e.g. `portal@example.org`"),
            );
            ok = false;
        }
        if let Some(env) = &self.password_env {
            let name = env.get_ref();
            let valid = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
            if !valid {
                r.error(env, format_args!("[smtp] password_env = \"{name}\" is not the name of an environment variable: write one (capital letters, digits, `_`), such as `WITAJ_SMTP_PASSWORD`, and never the password itself"));
                ok = false;
            }
        }
        if self.username.is_some() != self.password_env.is_some() {
            r.error(
                &self.host,
                "[smtp] username and password_env go together: write both or neither",
            );
            ok = false;
        }
        ok.then(|| Smtp {
            host: host.to_string(),
            port,
            tls,
            from: from.to_string(),
            username: self.username.clone(),
            password_env: self.password_env.as_ref().map(|e| e.get_ref().clone()),
        })
    }
}
