//! Which links a guide may use: an allow-list, so that anything unforeseen (`javascript:`,
//! `data:`, a portal address that bypasses `guide:`) is refused with a message that names the link
//! and says what to write instead. Phone and e-mail links follow the rules of
//! [`crate::validate`], like phone numbers and addresses everywhere else.

use pulldown_cmark::LinkType;

use crate::municipalities::Step;

/// What guides may link to, for the messages that refuse everything else.
const ALLOWED_LINKS: &str = "link only to `guide:<slug>`, `service:<id>`, `local:<step>`, \
    `#<anchor>`, https:// or http:// addresses, `tel:<number>` and `mailto:<address>`";

/// A link a guide may not use. Each message names the link and says what to write instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("a link has no target: write `guide:<slug>`, `service:<id>` or an https:// address")]
    Empty,
    #[error("link `{0}` names no target: write `guide:<slug>` or `service:<id>`")]
    NoTarget(String),
    #[error(
        "link `{link}` uses `{scheme}:`, which can run code or show content the portal has not checked: link to an https:// address, `guide:<slug>` or `service:<id>` instead"
    )]
    Unsafe { link: String, scheme: String },
    #[error("link `{link}`: `{scheme}:` links are not allowed; {ALLOWED_LINKS}")]
    Scheme { link: String, scheme: String },
    #[error(
        "link `{0}` is not a phone number: write `tel:` and the digits, with an optional leading + and spaces or hyphens, e.g. `tel:+48-22-490-20-44` (the same rule as phone numbers in services)"
    )]
    Phone(String),
    #[error(
        "link `{0}` has no e-mail address: write `mailto:` and the address, e.g. `mailto:info@example.org`"
    )]
    Email(String),
    #[error(
        "link `{0}` has no address after the scheme: write the full address, e.g. `https://www.gov.pl/...`"
    )]
    NoHost(String),
    /// Refused by the rule every web address of the site follows ([`crate::validate::http_url`]).
    #[error("link {0}")]
    Url(crate::validate::UrlError),
    #[error("link `{link}` has no scheme: write `https:{link}` instead")]
    SchemeRelative { link: String },
    #[error(
        "link `{link}` is a portal address, which breaks when the portal's addresses change: write `{instead}` instead"
    )]
    Internal { link: String, instead: String },
    #[error(
        "link `{0}` is a portal address, which breaks when the portal's addresses change: link guides with `guide:<slug>`, services with `service:<id>`, or write the full https:// address"
    )]
    InternalOther(String),
    #[error(
        "link `{link}` has no scheme: write `https://{link}` for an outside page; {ALLOWED_LINKS}"
    )]
    LooksLikeHost { link: String },
    #[error("link `{0}` is not an address a guide can use; {ALLOWED_LINKS}")]
    Relative(String),
    /// `local:` names a step the municipalities data does not have.
    #[error("link `{link}` names no local step: write one of {}", step_list())]
    UnknownStep { link: String },
}

/// The steps `local:` links may name, as the message lists them.
fn step_list() -> String {
    Step::ALL
        .iter()
        .map(|s| format!("`local:{}`", s.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A link that passed [`check_link`].
pub(super) enum Checked<'a> {
    Guide {
        slug: &'a str,
        anchor: Option<&'a str>,
    },
    Service(&'a str),
    /// `local:<step>`: the office of the reader's municipality for that step, filled in per
    /// request (see `web/local_steps.rs`).
    Local(Step),
    /// https://, http://
    External,
    /// mailto:, #anchor: kept as written.
    Plain,
    /// tel:, written in the form phones dial: digits and a leading `+`.
    Tel(String),
    /// An e-mail autolink (`<info@example.org>`), whose destination has no `mailto:` yet.
    EmailAutolink,
}

/// Decides whether a guide may link to `dest`: an allow-list, so that anything unforeseen
/// (`javascript:`, `data:`, a portal address that bypasses `guide:`) is refused with a message.
pub(super) fn check_link(dest: &str, link_type: LinkType) -> Result<Checked<'_>, LinkError> {
    if link_type == LinkType::Email {
        // `<info@example.org>`: CommonMark only makes this an e-mail link when it is one.
        return Ok(Checked::EmailAutolink);
    }
    if dest.is_empty() {
        return Err(LinkError::Empty);
    }
    if let Some(rest) = dest.strip_prefix("guide:") {
        let (slug, anchor) = match rest.split_once('#') {
            Some((s, a)) => (s, Some(a)),
            None => (rest, None),
        };
        if slug.is_empty() {
            return Err(LinkError::NoTarget(dest.to_string()));
        }
        return Ok(Checked::Guide { slug, anchor });
    }
    if let Some(id) = dest.strip_prefix("service:") {
        if id.is_empty() {
            return Err(LinkError::NoTarget(dest.to_string()));
        }
        return Ok(Checked::Service(id));
    }
    if let Some(step) = dest.strip_prefix("local:") {
        return Step::parse(step)
            .map(Checked::Local)
            .ok_or_else(|| LinkError::UnknownStep {
                link: dest.to_string(),
            });
    }
    if dest.starts_with('#') {
        return Ok(Checked::Plain);
    }
    if let Some(rest) = dest.strip_prefix("//") {
        return Err(LinkError::SchemeRelative {
            link: format!("//{rest}"),
        });
    }
    if dest.starts_with('/') {
        return Err(portal_address(dest));
    }
    let Some((scheme, rest)) = split_scheme(dest) else {
        let host = dest.split(['/', '?', '#']).next().unwrap_or_default();
        if host.contains('.') && !host.starts_with('.') && !host.contains(' ') {
            return Err(LinkError::LooksLikeHost {
                link: dest.to_string(),
            });
        }
        return Err(LinkError::Relative(dest.to_string()));
    };
    match scheme.to_ascii_lowercase().as_str() {
        "https" | "http" => match crate::validate::http_url(dest) {
            Ok(_) => Ok(Checked::External),
            Err(e @ crate::validate::UrlError::WhiteSpace(_)) => Err(LinkError::Url(e)),
            Err(_) => Err(LinkError::NoHost(dest.to_string())),
        },
        "tel" => match crate::validate::phone(rest) {
            Ok(phone) => Ok(Checked::Tel(phone.tel)),
            Err(_) => Err(LinkError::Phone(dest.to_string())),
        },
        "mailto" => {
            // The address ends where the `?subject=...` part starts.
            let address = rest.split('?').next().unwrap_or_default();
            match crate::validate::email(address) {
                Ok(_) if address == address.trim() => Ok(Checked::Plain),
                _ => Err(LinkError::Email(dest.to_string())),
            }
        }
        "javascript" | "vbscript" | "data" | "file" | "blob" => Err(LinkError::Unsafe {
            link: dest.to_string(),
            scheme: scheme.to_string(),
        }),
        _ => Err(LinkError::Scheme {
            link: dest.to_string(),
            scheme: scheme.to_string(),
        }),
    }
}

/// `scheme:rest` when `dest` starts with a URL scheme (a letter, then letters, digits, `+-.`).
fn split_scheme(dest: &str) -> Option<(&str, &str)> {
    let (scheme, rest) = dest.split_once(':')?;
    let mut chars = scheme.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then_some((scheme, rest))
}

/// The message for a link written as a portal address (`/pl/guides/pesel`), with the `guide:` or
/// `service:` link to write instead where there is one.
fn portal_address(dest: &str) -> LinkError {
    let (path, anchor) = match dest.split_once('#') {
        Some((p, a)) => (p, Some(a)),
        None => (dest, None),
    };
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    let target = match parts.as_slice() {
        [_, "guides", slug] | ["g", slug] if !slug.is_empty() => Some(format!("guide:{slug}")),
        [_, "services", id] | ["s", id] if !id.is_empty() => Some(format!("service:{id}")),
        _ => None,
    };
    match target {
        Some(t) => LinkError::Internal {
            link: dest.to_string(),
            instead: match anchor {
                Some(a) if t.starts_with("guide:") => format!("{t}#{a}"),
                _ => t,
            },
        },
        None => LinkError::InternalOther(dest.to_string()),
    }
}
