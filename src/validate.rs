//! The rules for values editors write by hand: e-mail addresses, phone numbers, web addresses,
//! postal codes, slugs and dates.
//!
//! Every file that takes such a value (`portal.toml`, a guide's front matter and links, a service,
//! the accessibility statement) asks this module, so the same value is accepted or refused the
//! same way wherever it is written: an editor who copies a phone number from a service into the
//! statement must not meet a second rule. As in crates.io's `crates_io_validation`, there is one
//! error type per kind of value, and each message names the bad value and says what is allowed.
//! Callers add where the value is (file, line, field), which they know and this module does not.
//!
//! Web addresses are checked by hand rather than with the `url` crate: the rules editors need are
//! few (a scheme, a host, no white space), `url` would pull in the whole IDNA/ICU stack, and it
//! normalises what it parses, while the portal publishes each address exactly as written.

use thiserror::Error;
use time::Date;

/// An e-mail address the portal can publish as a `mailto:` link.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EmailError {
    #[error("`{0}` is not an e-mail address: write it like `info@example.org`")]
    NoAt(String),
    #[error("`{0}` is not an e-mail address: remove the spaces; an address has none")]
    WhiteSpace(String),
    #[error(
        "`{0}` is not an e-mail address: write the name before the `@`, e.g. `info@example.org`"
    )]
    NoUser(String),
    #[error(
        "`{0}` is not an e-mail address: after the `@` write a domain with a dot, e.g. `info@example.org`"
    )]
    BadDomain(String),
}

/// Checks an e-mail address and returns it without surrounding white space.
pub fn email(value: &str) -> Result<&str, EmailError> {
    let v = value.trim();
    if v.contains(char::is_whitespace) {
        return Err(EmailError::WhiteSpace(v.to_string()));
    }
    let Some((user, domain)) = v.split_once('@') else {
        return Err(EmailError::NoAt(v.to_string()));
    };
    if user.is_empty() {
        return Err(EmailError::NoUser(v.to_string()));
    }
    let labels_ok = domain.split('.').all(|l| !l.is_empty());
    if !domain.contains('.') || !labels_ok || domain.contains('@') {
        return Err(EmailError::BadDomain(v.to_string()));
    }
    Ok(v)
}

/// A phone number as people write it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PhoneError {
    #[error(
        "`{0}` is not a phone number: write digits and spaces, e.g. `+48 58 123 45 67` or `116 123` (hyphens and parentheses are allowed too)"
    )]
    Characters(String),
    #[error("`{0}` is not a phone number: write at least three digits, e.g. `112`")]
    TooShort(String),
    #[error("`{0}` is not a phone number: put the `+` only at the start, e.g. `+48 58 123 45 67`")]
    Plus(String),
}

/// A checked phone number: as written for people, and in the form a `tel:` link takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// Trimmed, otherwise as written (`+48 (58) 123-45-67`).
    pub number: String,
    /// Digits, with the leading `+` when there is one (`+48581234567`).
    pub tel: String,
}

/// Checks a phone number: digits, spaces, hyphens and parentheses, an optional leading `+`, and at
/// least three digits (`112` is the shortest number anyone needs).
pub fn phone(value: &str) -> Result<Phone, PhoneError> {
    let number = value.trim();
    let allowed = |c: char| c.is_ascii_digit() || " +-()".contains(c);
    if !number.chars().all(allowed) {
        return Err(PhoneError::Characters(number.to_string()));
    }
    if number.chars().skip(1).any(|c| c == '+') {
        return Err(PhoneError::Plus(number.to_string()));
    }
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 3 {
        return Err(PhoneError::TooShort(number.to_string()));
    }
    let tel = if number.starts_with('+') {
        format!("+{digits}")
    } else {
        digits
    };
    Ok(Phone {
        number: number.to_string(),
        tel,
    })
}

/// A web address a reader can follow.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum UrlError {
    #[error("`{0}` is not a full web address: write it with https://, e.g. `https://{0}`")]
    NoScheme(String),
    #[error(
        "`{0}` is not a full web address: write the site after the scheme, e.g. `https://www.gov.pl/...`"
    )]
    NoHost(String),
    #[error(
        "`{0}` is not a web address: it contains white space; write a space in an address as `%20`"
    )]
    WhiteSpace(String),
}

impl UrlError {
    /// What to change, for messages that already name the field and the value.
    pub fn hint(&self) -> String {
        match self {
            UrlError::NoScheme(v) => format!("write `https://{v}`"),
            UrlError::NoHost(_) => {
                "write the site after the scheme, e.g. `https://www.gov.pl/...`".to_string()
            }
            UrlError::WhiteSpace(_) => {
                "it contains white space (write a space as `%20`)".to_string()
            }
        }
    }
}

/// Checks an `https://` or `http://` address (scheme in any case) and returns it trimmed.
pub fn http_url(value: &str) -> Result<&str, UrlError> {
    let v = value.trim();
    let rest = ["https://", "http://"].iter().find_map(|scheme| {
        v.get(..scheme.len())
            .filter(|s| s.eq_ignore_ascii_case(scheme))
            .map(|_| &v[scheme.len()..])
    });
    let Some(rest) = rest else {
        return Err(UrlError::NoScheme(v.to_string()));
    };
    if v.contains(char::is_whitespace) {
        return Err(UrlError::WhiteSpace(v.to_string()));
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() {
        return Err(UrlError::NoHost(v.to_string()));
    }
    Ok(v)
}

/// A Polish postal code.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("postal code `{0}` is not written like `80-810`: write two digits, a hyphen, three digits")]
pub struct PostalCodeError(pub String);

pub fn postal_code(value: &str) -> Result<&str, PostalCodeError> {
    let b = value.as_bytes();
    let valid = b.len() == 6
        && b[2] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit());
    if valid {
        Ok(value)
    } else {
        Err(PostalCodeError(value.to_string()))
    }
}

/// A slug: a guide's folder, a service's file name, a topic or organisation id. It is part of
/// addresses and the same in every language, so it is kept to what needs no escaping anywhere.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error(
    "{what} `{value}` is not a slug: use lower-case ASCII letters, digits and hyphens, not starting or ending with a hyphen, e.g. `legal-aid`"
)]
pub struct SlugError {
    /// What the value is (`topic id`), for the message.
    pub what: &'static str,
    pub value: String,
}

pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Checks a slug; `what` names it in the message.
pub fn slug<'a>(what: &'static str, value: &'a str) -> Result<&'a str, SlugError> {
    if is_slug(value) {
        Ok(value)
    } else {
        Err(SlugError {
            what,
            value: value.to_string(),
        })
    }
}

/// A TOML date where a calendar day is meant (`updated`, `verified`, `published`).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DateError {
    #[error("`{field}` is not a plain date: write it like 2026-11-23, without a time")]
    NotADate { field: String },
    #[error("`{field}` = {value} is not a calendar date: check the day and the month")]
    NoSuchDay { field: String, value: String },
}

/// Turns a TOML date into a calendar date; a time or an offset is refused, since a guide or a
/// service is checked on a day, not at an instant. `field` names it in the message.
pub fn toml_date(field: &str, value: &toml::value::Datetime) -> Result<Date, DateError> {
    let (Some(d), None, None) = (value.date, value.time, value.offset) else {
        return Err(DateError::NotADate {
            field: field.to_string(),
        });
    };
    time::Month::try_from(d.month)
        .ok()
        .and_then(|m| Date::from_calendar_date(i32::from(d.year), m, d.day).ok())
        .ok_or_else(|| DateError::NoSuchDay {
            field: field.to_string(),
            value: value.to_string(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e_mail_addresses_need_a_user_and_a_dotted_domain() {
        for ok in ["info@example.org", " a.b+c@sub.example.pl ", "x@y.z"] {
            assert!(email(ok).is_ok(), "{ok}");
        }
        for (bad, kind) in [
            ("nobody", "write it like"),
            ("a@b", "domain with a dot"),
            ("@example.org", "name before"),
            ("a b@example.org", "spaces"),
            ("a@.org", "domain with a dot"),
            ("a@example.", "domain with a dot"),
            ("a@@example.org", "domain with a dot"),
        ] {
            let e = email(bad).unwrap_err().to_string();
            assert!(e.contains(kind) && e.contains(bad.trim()), "{bad}: {e}");
        }
    }

    #[test]
    fn phones_allow_parentheses_and_give_the_tel_form() {
        let p = phone(" +48 (58) 123-45-67 ").unwrap();
        assert_eq!(p.number, "+48 (58) 123-45-67");
        assert_eq!(p.tel, "+48581234567");
        assert_eq!(phone("116 123").unwrap().tel, "116123");
        assert_eq!(phone("112").unwrap().tel, "112");
        assert!(matches!(phone("call us"), Err(PhoneError::Characters(_))));
        assert!(matches!(phone("+"), Err(PhoneError::TooShort(_))));
        assert!(matches!(phone(""), Err(PhoneError::TooShort(_))));
        assert!(matches!(phone("12"), Err(PhoneError::TooShort(_))));
        assert!(matches!(phone("48+58 123"), Err(PhoneError::Plus(_))));
        assert!(
            PhoneError::Characters("call us".into())
                .to_string()
                .starts_with("`call us` is not a phone number")
        );
    }

    #[test]
    fn web_addresses_need_a_scheme_a_host_and_no_spaces() {
        for ok in [
            "https://www.gov.pl",
            "http://example.org/a?b#c",
            "HTTPS://X.PL",
        ] {
            assert!(http_url(ok).is_ok(), "{ok}");
        }
        assert_eq!(http_url(" https://a.pl ").unwrap(), "https://a.pl");
        assert!(matches!(http_url("www.gov.pl"), Err(UrlError::NoScheme(_))));
        assert!(matches!(http_url("ftp://x.pl"), Err(UrlError::NoScheme(_))));
        assert!(matches!(http_url("https://"), Err(UrlError::NoHost(_))));
        assert!(matches!(http_url("https:///x"), Err(UrlError::NoHost(_))));
        assert!(matches!(
            http_url("https://a.pl/x y"),
            Err(UrlError::WhiteSpace(_))
        ));
        assert!(
            UrlError::NoScheme("www.gov.pl".into())
                .to_string()
                .contains("`https://www.gov.pl`")
        );
    }

    #[test]
    fn postal_codes_and_slugs() {
        assert!(postal_code("80-810").is_ok());
        for bad in ["80810", "8-0810", "80-81a", "80-8100"] {
            assert_eq!(
                postal_code(bad).unwrap_err().to_string(),
                format!(
                    "postal code `{bad}` is not written like `80-810`: write two digits, a hyphen, three digits"
                )
            );
        }
        assert!(slug("topic id", "legal-aid").is_ok());
        for bad in ["", "-a", "a-", "A", "a b", "ą"] {
            let e = slug("topic id", bad).unwrap_err().to_string();
            assert!(
                e.starts_with(&format!("topic id `{bad}` is not a slug: use lower-case")),
                "{e}"
            );
        }
    }

    #[test]
    fn dates_are_calendar_days_without_a_time() {
        let parse = |s: &str| -> toml::value::Datetime { s.parse().unwrap() };
        assert_eq!(
            toml_date("updated", &parse("2026-02-28")).unwrap(),
            time::macros::date!(2026 - 02 - 28)
        );
        for bad in ["2026-02-28T10:00:00", "10:00:00", "2026-02-28T10:00:00Z"] {
            assert_eq!(
                toml_date("updated", &parse(bad)).unwrap_err().to_string(),
                "`updated` is not a plain date: write it like 2026-11-23, without a time"
            );
        }
    }
}
