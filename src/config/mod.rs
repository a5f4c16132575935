//! `portal.toml`: the languages the portal publishes, their fallback chains, and its topics.
//!
//! Unknown keys are rejected (`deny_unknown_fields`) so that a typo in a city's configuration is an
//! error naming the key rather than a setting silently ignored.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;
use unic_langid::LanguageIdentifier;

use crate::diagnostics::{Diagnostics, Reporter, read_site_text};
use crate::validate;

mod accounts;
mod feedback;
mod limits;
mod server;

pub use accounts::{AccountSettings, Smtp, SmtpTls};
pub use feedback::{DEFAULT_COMMENT_RETENTION_MONTHS, Feedback};
pub use limits::Limits;
use limits::RawLimits;
pub use server::ServerLimits;

pub const CONFIG_FILE: &str = "portal.toml";

/// Which way a language's script runs; drives `<html dir>` and nothing else, since the CSS uses
/// logical properties.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    source_language: Spanned<String>,
    #[serde(default)]
    base_url: Option<Spanned<String>>,
    #[serde(default = "default_bind")]
    bind: String,
    languages: Vec<RawLanguage>,
    #[serde(default)]
    topics: Vec<RawTopic>,
    #[serde(default)]
    municipalities: Vec<RawMunicipality>,
    #[serde(default)]
    region: Option<String>,
    #[serde(default)]
    server: server::RawServer,
    #[serde(default)]
    limits: RawLimits,
    #[serde(default)]
    feedback: feedback::RawFeedback,
    #[serde(default)]
    accounts: accounts::RawAccounts,
    #[serde(default)]
    smtp: Option<accounts::RawSmtp>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    code: Spanned<String>,
    name: String,
    #[serde(default)]
    dir: Direction,
    #[serde(default)]
    fallback: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopic {
    id: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMunicipality {
    id: Spanned<String>,
    county: Spanned<String>,
}

fn default_bind() -> String {
    "127.0.0.1:8080".to_string()
}

/// `http://` and a listening address (`127.0.0.1:8099`, `[::1]:8080`).
fn own_address(bind: &str) -> String {
    format!("http://{bind}")
}

fn local_form(addr: std::net::SocketAddr) -> std::net::SocketAddr {
    use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
    match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => (Ipv4Addr::LOCALHOST, addr.port()).into(),
        IpAddr::V6(ip) if ip.is_unspecified() => (Ipv6Addr::LOCALHOST, addr.port()).into(),
        _ => addr,
    }
}

/// Whether a `bind` address (`host:port`) is reachable only from this machine. A deployment is
/// recognised by the opposite: a server others can reach needs its public address written down.
pub fn is_loopback_bind(bind: &str) -> bool {
    let host = bind.rsplit_once(':').map_or(bind, |(h, _)| h);
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Whether a public address points at this machine only (`http://127.0.0.1:8080`, `localhost`).
fn is_loopback_url(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split('/').next().unwrap_or(rest);
    let host = if authority.starts_with('[') {
        authority
            .split(']')
            .next()
            .unwrap_or(authority)
            .trim_start_matches('[')
    } else {
        authority.split(':').next().unwrap_or(authority)
    };
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// A published language.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Language {
    /// The BCP 47 code used in URLs and file names (`uk`).
    pub code: String,
    /// The language's name in itself (`Українська`), so a reader finds it whatever the page's
    /// language.
    pub name: String,
    pub dir: Direction,
    /// Languages to try, in order, when a page is missing: the configured chain followed by the
    /// source language, without the language itself.
    pub fallback: Vec<String>,
    #[serde(skip)]
    pub id: LanguageIdentifier,
}

#[derive(Debug, Clone)]
pub struct Config {
    /// `portal.toml`, relative to the site folder as diagnostics name it.
    pub path: PathBuf,
    pub source_language: String,
    /// Where the source language is in `languages`: checked once at load, so [`Config::source`]
    /// cannot fail.
    source_index: usize,
    /// The public address links, QR codes and the sitemap start with. Without `base_url` in
    /// `portal.toml` it is the server's own address (`http://<bind>`, then the address `serve`
    /// really listens on: see [`Config::serve_at`]), so a local run on any port prints links that
    /// open.
    pub base_url: String,
    /// Whether `base_url` was written in `portal.toml` (false: derived from the address).
    pub base_url_set: bool,
    pub bind: String,
    pub languages: Vec<Language>,
    pub topics: Vec<String>,
    /// Where services can be: the directory's locations name one of these, and the services page
    /// filters by them. Names are in the locales as `municipality-<id>` and `county-<county>`.
    pub municipalities: Vec<Municipality>,
    /// The region (voivodeship) the municipalities are in, as written in addresses (`pomorskie`);
    /// the HSDS export's `state_province`.
    pub region: Option<String>,
    /// How much of the server one client may hold (`[server]`).
    pub server: ServerLimits,
    pub limits: Limits,
    /// How long visitors' comments are kept (`[feedback]`).
    pub feedback: Feedback,
    /// Sessions and login limits (`[accounts]`).
    pub accounts: AccountSettings,
    /// The mail server for invitations (`[smtp]`); without it invitations are only printed.
    pub smtp: Option<Smtp>,
}

/// A municipality (gmina) and the county (powiat) it belongs to; a city with county rights is its
/// own county.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Municipality {
    pub id: String,
    pub county: String,
}

impl Config {
    /// Reads and validates `portal.toml` under `root`; every problem goes into `diags`.
    pub fn load(root: &Path, diags: &mut Diagnostics) -> Option<Config> {
        let text = read_site_text(root, &root.join(CONFIG_FILE), diags)?;
        Self::parse(Path::new(CONFIG_FILE), &text, diags)
    }

    pub fn parse(path: &Path, text: &str, diags: &mut Diagnostics) -> Option<Config> {
        let mut r = Reader(Reporter::new(path, text, 1, diags));
        let raw: RawConfig = r.0.parse("")?;
        let accepted = r.languages(&raw.languages);
        let source = raw.source_language.get_ref().clone();
        if !accepted.iter().any(|(l, _)| l.code == source) {
            r.0.error(
                &raw.source_language,
                format_args!("the source language `{source}` is not among the [[languages]]: add a [[languages]] entry for it, or change `source_language`"),
            );
        }
        let languages = r.fallbacks(accepted, &source);
        let topics = r.topics(&raw.topics);
        let municipalities = r.municipalities(&raw.municipalities);
        let base_url = match &raw.base_url {
            Some(b) => r.base_url(b),
            None => Some(own_address(&raw.bind)),
        };
        r.deployment_without_base_url(raw.base_url.as_ref(), &raw.bind);
        let server = raw.server.check(&mut r.0);
        let limits = raw.limits.check(&mut r.0);
        let feedback = raw.feedback.check(&mut r.0);
        let accounts = raw.accounts.check(&mut r.0);
        let smtp = raw.smtp.as_ref().and_then(|s| s.check(&mut r.0));
        let source_index = languages.iter().position(|l| l.code == source);
        let (true, Some(source_index), Some(base_url)) = (r.0.ok(), source_index, base_url) else {
            return None;
        };
        Some(Config {
            path: path.to_path_buf(),
            source_language: source,
            source_index,
            base_url,
            base_url_set: raw.base_url.is_some(),
            bind: raw.bind,
            languages,
            topics,
            municipalities,
            region: raw.region,
            server,
            limits,
            feedback,
            accounts,
            smtp,
        })
    }

    /// Adopts the address the server really listens on as the public address, unless `base_url`
    /// is written in `portal.toml`. An unspecified address (`0.0.0.0`) becomes loopback on the
    /// same port: the only form of it a browser on this machine opens.
    pub fn serve_at(&mut self, addr: std::net::SocketAddr) {
        if !self.base_url_set {
            self.base_url = own_address(&local_form(addr).to_string());
        }
    }

    /// Every language's chain (itself, then its fallbacks), by code.
    pub fn chains(&self) -> std::collections::HashMap<String, Vec<String>> {
        self.languages
            .iter()
            .map(|l| {
                (
                    l.code.clone(),
                    self.chain(&l.code).into_iter().map(String::from).collect(),
                )
            })
            .collect()
    }

    /// Every language's code, in the configured order.
    pub fn codes(&self) -> Vec<&str> {
        self.languages.iter().map(|l| l.code.as_str()).collect()
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub fn source(&self) -> &Language {
        &self.languages[self.source_index]
    }

    /// The language itself followed by its fallbacks: the order in which to look for a page.
    pub fn chain<'a>(&'a self, code: &'a str) -> Vec<&'a str> {
        let mut chain = vec![code];
        if let Some(lang) = self.language(code) {
            chain.extend(lang.fallback.iter().map(String::as_str));
        }
        chain
    }

    /// The topics a guide or service lists, each once and in the order written; `written` is
    /// `None` when the field is absent. Guides and services share this rule and its messages.
    /// Errors come with the value they are about, when there is one, for its line.
    pub fn check_topics<'a>(
        &self,
        written: Option<&'a [Spanned<String>]>,
    ) -> (Vec<String>, Vec<TopicProblem<'a>>) {
        let known = self.topics.join(", ");
        let mut errors = Vec::new();
        match written {
            None => errors.push((
                None,
                TopicError::Missing {
                    known: known.clone(),
                },
            )),
            Some([]) => errors.push((
                None,
                TopicError::Empty {
                    known: known.clone(),
                },
            )),
            Some(_) => {}
        }
        let mut out: Vec<String> = Vec::new();
        for t in written.unwrap_or_default() {
            let topic = t.get_ref();
            if !self.topics.contains(topic) {
                errors.push((
                    Some(t),
                    TopicError::Unknown {
                        topic: topic.clone(),
                        known: known.clone(),
                    },
                ));
            } else if !out.contains(topic) {
                out.push(topic.clone());
            }
        }
        (out, errors)
    }
}

/// A topic error with the value it is about, when there is one (for its line).
pub type TopicProblem<'a> = (Option<&'a Spanned<String>>, TopicError);

/// A guide's or service's `topics` that the portal does not have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TopicError {
    #[error("`topics` is missing: list at least one of: {known}")]
    Missing { known: String },
    #[error("`topics` is empty: list at least one of: {known}")]
    Empty { known: String },
    #[error("unknown topic `{topic}`: use one of {known}")]
    Unknown { topic: String, known: String },
}

/// `portal.toml`'s fields, checked one method each.
struct Reader<'a>(Reporter<'a>);

impl Reader<'_> {
    /// The well-formed, distinct languages, each with its fallback list as written.
    fn languages<'r>(&mut self, raw: &'r [RawLanguage]) -> Vec<(Language, &'r [Spanned<String>])> {
        let mut accepted: Vec<(Language, &[Spanned<String>])> = Vec::new();
        for lang in raw {
            let code = lang.code.get_ref();
            let id = match code.parse::<LanguageIdentifier>() {
                Ok(id) if !code.is_empty() => id,
                _ => {
                    self.0.error(
                        &lang.code,
                        format_args!("`{code}` is not a language tag: use a BCP 47 code such as `uk` or `pt-BR`"),
                    );
                    continue;
                }
            };
            if id.to_string() != *code {
                self.0.error(
                    &lang.code,
                    format_args!("the language code `{code}` is not written the standard way: write it as `{id}`"),
                );
            }
            if accepted.iter().any(|(l, _)| l.code == *code) {
                self.0.error(
                    &lang.code,
                    format_args!(
                        "language `{code}` is listed twice: remove one of its [[languages]] entries"
                    ),
                );
                continue;
            }
            if lang.name.trim().is_empty() {
                self.0.error(
                    &lang.code,
                    format_args!("language `{code}` has no `name`: give its name in itself, e.g. `name = \"Українська\"` for `uk`"),
                );
            }
            let language = Language {
                code: code.clone(),
                name: lang.name.clone(),
                dir: lang.dir,
                fallback: Vec::new(),
                id,
            };
            accepted.push((language, &lang.fallback));
        }
        accepted
    }

    /// Each language's chain: its configured fallbacks, then the source language.
    fn fallbacks(
        &mut self,
        accepted: Vec<(Language, &[Spanned<String>])>,
        source: &str,
    ) -> Vec<Language> {
        let codes: HashSet<String> = accepted.iter().map(|(l, _)| l.code.clone()).collect();
        let mut languages = Vec::new();
        for (mut lang, fallback) in accepted {
            let mut chain: Vec<String> = Vec::new();
            for fb in fallback {
                let code = fb.get_ref();
                if !codes.contains(code) {
                    self.0.error(
                        fb,
                        format_args!(
                            "fallback `{code}` of `{}` is not a configured language: use a code of the [[languages]] above, or remove it",
                            lang.code
                        ),
                    );
                } else if *code == lang.code {
                    self.0.error(
                        fb,
                        format_args!(
                            "`{}` cannot fall back to itself: remove `{}` from its `fallback`",
                            lang.code, lang.code
                        ),
                    );
                } else if chain.contains(code) {
                    self.0.error(
                        fb,
                        format_args!("fallback `{code}` is listed twice: remove the second one"),
                    );
                } else {
                    chain.push(code.clone());
                }
            }
            if lang.code == source {
                chain.clear();
            } else if !chain.iter().any(|c| c == source) {
                chain.push(source.to_string());
            }
            lang.fallback = chain;
            languages.push(lang);
        }
        languages
    }

    fn topics(&mut self, raw: &[RawTopic]) -> Vec<String> {
        let mut topics: Vec<String> = Vec::new();
        for topic in raw {
            let id = topic.id.get_ref();
            if let Err(e) = validate::slug("topic id", id) {
                self.0.error(&topic.id, e);
            } else if topics.contains(id) {
                self.0.error(
                    &topic.id,
                    format_args!(
                        "topic `{id}` is listed twice: remove one of its [[topics]] entries"
                    ),
                );
            } else {
                topics.push(id.clone());
            }
        }
        topics
    }

    fn municipalities(&mut self, raw: &[RawMunicipality]) -> Vec<Municipality> {
        let mut municipalities: Vec<Municipality> = Vec::new();
        for m in raw {
            let (id, county) = (m.id.get_ref(), m.county.get_ref());
            let checked = validate::slug("municipality id", id)
                .and_then(|_| validate::slug("county id", county));
            if let Err(e) = checked {
                self.0.error(&m.id, e);
            } else if municipalities.iter().any(|x| x.id == *id) {
                self.0.error(
                    &m.id,
                    format_args!("municipality `{id}` is listed twice: remove one of its entries"),
                );
            } else {
                municipalities.push(Municipality {
                    id: id.clone(),
                    county: county.clone(),
                });
            }
        }
        municipalities
    }

    /// A server that listens beyond this machine (`bind` not loopback) is a deployment: its short
    /// links, QR codes and sitemap must carry the public address, which only `base_url` can say.
    fn deployment_without_base_url(&mut self, raw: Option<&Spanned<String>>, bind: &str) {
        if is_loopback_bind(bind) {
            return;
        }
        match raw {
            None => self.0.warning_on(
                None,
                format_args!("`bind = \"{bind}\"` serves other machines, but there is no `base_url`: links, QR codes and the sitemap would name this server's own address; add `base_url = \"https://...\"`, the address visitors type"),
            ),
            Some(b) if is_loopback_url(b.get_ref()) => self.0.warning_on(
                Some(self.0.line(b)),
                format_args!("`bind = \"{bind}\"` serves other machines, but `base_url` is this machine only: links and QR codes would not open elsewhere; write the address visitors type"),
            ),
            Some(_) => {}
        }
    }

    /// The address links in feeds and the sitemap start with, without a trailing slash.
    fn base_url(&mut self, raw: &Spanned<String>) -> Option<String> {
        let base_url = raw.get_ref();
        match validate::http_url(base_url) {
            Ok(u) => Some(u.trim_end_matches('/').to_string()),
            Err(e) => {
                self.0.error(
                    raw,
                    format_args!(
                        "`base_url` must start with http:// or https://, not `{base_url}`: {}",
                        e.hint()
                    ),
                );
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Option<Config>, Diagnostics) {
        let mut d = Diagnostics::default();
        let c = Config::parse(Path::new("portal.toml"), text, &mut d);
        (c, d)
    }

    const BASE: &str = "source_language = \"pl\"\nbase_url = \"https://example.org\"\n";

    #[test]
    fn source_language_ends_every_chain() {
        let (c, d) = parse(&format!(
            "{BASE}[[languages]]\ncode = \"pl\"\nname = \"Polski\"\n[[languages]]\ncode = \"be\"\nname = \"B\"\nfallback = [\"ru\"]\n[[languages]]\ncode = \"ru\"\nname = \"R\"\n"
        ));
        assert!(d.is_empty(), "{d}");
        let c = c.unwrap();
        assert_eq!(c.chain("be"), vec!["be", "ru", "pl"]);
        assert_eq!(c.chain("pl"), vec!["pl"]);
    }

    #[test]
    fn unknown_fallback_names_the_line() {
        let (c, d) = parse(&format!(
            "{BASE}[[languages]]\ncode = \"pl\"\nname = \"Polski\"\nfallback = [\"xx\"]\n"
        ));
        assert!(c.is_none());
        let e = d.errors().next().unwrap();
        assert_eq!(e.line, Some(6));
        assert!(e.message.contains("`xx`"), "{}", e.message);
    }

    #[test]
    fn typo_in_a_key_is_an_error() {
        let (c, d) = parse(&format!(
            "{BASE}[[languages]]\ncode = \"pl\"\nnmae = \"Polski\"\n"
        ));
        assert!(c.is_none());
        assert!(d.to_string().contains("nmae"), "{d}");
    }

    const PL: &str = "[[languages]]\ncode = \"pl\"\nname = \"Polski\"\n";

    #[test]
    fn without_base_url_the_server_names_its_own_address() {
        let (c, d) = parse(&format!(
            "source_language = \"pl\"\nbind = \"127.0.0.1:8099\"\n{PL}"
        ));
        assert!(d.is_empty(), "{d}");
        let mut c = c.unwrap();
        assert_eq!(c.base_url, "http://127.0.0.1:8099");
        c.serve_at("127.0.0.1:8123".parse().unwrap());
        assert_eq!(c.base_url, "http://127.0.0.1:8123");
        c.serve_at("0.0.0.0:8124".parse().unwrap());
        assert_eq!(c.base_url, "http://127.0.0.1:8124");
        c.serve_at("[::]:8125".parse().unwrap());
        assert_eq!(c.base_url, "http://[::1]:8125");
        // A written base_url is the public address whatever the server listens on.
        let (c, _) = parse(&format!("{BASE}{PL}"));
        let mut c = c.unwrap();
        c.serve_at("127.0.0.1:8123".parse().unwrap());
        assert_eq!(c.base_url, "https://example.org");
    }

    #[test]
    fn a_deployment_without_a_public_base_url_is_warned() {
        let warned = |head: &str| {
            let (c, d) = parse(&format!("source_language = \"pl\"\n{head}{PL}"));
            assert!(c.is_some(), "{d}");
            d.to_string()
        };
        assert!(warned("bind = \"0.0.0.0:8080\"\n").contains("there is no `base_url`"));
        assert!(
            warned("bind = \"0.0.0.0:8080\"\nbase_url = \"http://localhost:8080\"\n")
                .contains("portal.toml:3: warning: `bind = \"0.0.0.0:8080\"` serves other machines, but `base_url` is this machine only")
        );
        assert_eq!(
            warned("bind = \"0.0.0.0:8080\"\nbase_url = \"https://witaj.example\"\n"),
            ""
        );
        assert_eq!(warned("bind = \"[::1]:8080\"\n"), "");
        assert_eq!(warned(""), "");
    }
}
