//! The portal's URLs, one function per kind of page, so that a link is spelled in one place and a
//! route can move without a hunt through handlers, templates and exports.
//!
//! These are paths (`/uk/guides/pesel`); `absolute` puts the public address in front for links that
//! leave the site (sitemap, canonical links, exports, printed short links). Templates reach the same
//! functions through `url(kind, …)` (see `template_url`). Nothing here knows of HTTP: the router in
//! `web/mod.rs` must match these shapes, which `tests/site` pins by following the links.

/// A language's home page.
pub fn home(lang: &str) -> String {
    format!("/{lang}/")
}

/// A page inside a language: `inner` is the path after the language (`guides/pesel`, empty for
/// home).
pub fn within(lang: &str, inner: &str) -> String {
    format!("/{lang}/{inner}")
}

pub fn guide(lang: &str, slug: &str) -> String {
    format!("/{lang}/guides/{slug}")
}

pub fn topic(lang: &str, topic: &str) -> String {
    format!("/{lang}/topics/{topic}")
}

pub fn services(lang: &str) -> String {
    format!("/{lang}/services")
}

pub fn service(lang: &str, id: &str) -> String {
    format!("/{lang}/services/{id}")
}

/// The account pages (`/account/…`, no language prefix: the language is the reader's, or
/// `?lang=`): `account("")` the dashboard, `account("login")`, `account("accounts")`, ….
pub fn account(page: &str) -> String {
    format!("/account/{page}")
}

/// The one-time link of an invitation.
pub fn account_invitation(token: &str) -> String {
    format!("/account/invite/{token}")
}

/// The municipalities and counties, by county; `?q=` finds a name.
pub fn municipalities(lang: &str) -> String {
    format!("/{lang}/municipalities")
}

/// Where the "my municipality" forms post (`web/my_place.rs`).
pub fn my_municipality() -> String {
    "/my-municipality".to_string()
}

/// One municipality or county: where to go for each local step.
pub fn municipality(lang: &str, id: &str) -> String {
    format!("/{lang}/municipalities/{id}")
}

pub fn search(lang: &str) -> String {
    format!("/{lang}/search")
}

pub fn accessibility(lang: &str) -> String {
    format!("/{lang}/accessibility")
}

/// The desk's short link to a guide, opening in the visitor's language.
pub fn short_guide(slug: &str) -> String {
    format!("/g/{slug}")
}

/// The desk's short link to a guide in one language: what QR codes and handouts carry, so the
/// code opens in the language it was printed for whatever the phone's settings.
pub fn short_guide_in(slug: &str, lang: &str) -> String {
    format!("/g/{slug}/{lang}")
}

/// The privacy notice: what the portal records about visits, and for how long.
pub fn privacy(lang: &str) -> String {
    format!("/{lang}/privacy")
}

/// Where the "was this page useful?" form posts (every language: the form says which page).
pub fn feedback() -> String {
    "/feedback".to_string()
}

/// Where the "I need this in my language" button posts.
pub fn feedback_demand() -> String {
    "/feedback/demand".to_string()
}

/// The desk's short link to a service, opening in the visitor's language.
pub fn short_service(id: &str) -> String {
    format!("/s/{id}")
}

/// The desk's short link to a service in one language.
pub fn short_service_in(id: &str, lang: &str) -> String {
    format!("/s/{id}/{lang}")
}

/// The QR code (SVG) of a guide's short link in `lang`.
pub fn qr_guide(slug: &str, lang: &str) -> String {
    format!("/qr/g/{slug}/{lang}")
}

/// The QR code (SVG) of a service's short link in `lang`.
pub fn qr_service(id: &str, lang: &str) -> String {
    format!("/qr/s/{id}/{lang}")
}

/// The desk view: a Polish search, the chosen guides and services side by side with the visitor's
/// language. Its state is the query string (`q`, `for`, `g`, `s`).
pub fn desk(lang: &str) -> String {
    format!("/{lang}/desk")
}

/// The printable handout of the desk's choice (same query string).
pub fn desk_handout(lang: &str) -> String {
    format!("/{lang}/desk/handout")
}

/// The sheet of QR codes to hang at a counter (`g` guides × `in` languages).
pub fn desk_sheet(lang: &str) -> String {
    format!("/{lang}/desk/sheet")
}

/// The desk's short link to a municipality's page, opening in the visitor's language.
pub fn short_municipality(id: &str) -> String {
    format!("/m/{id}")
}

/// The language switcher: remembers `code` and goes to `next` (a path inside the language, already
/// encoded) in it.
pub fn set_language(code: &str, next: &str) -> String {
    if next.is_empty() {
        format!("/set-lang/{code}")
    } else {
        format!("/set-lang/{code}?next={next}")
    }
}

/// `path` under the public address (`base_url` has no trailing slash).
pub fn absolute(base_url: &str, path: &str) -> String {
    format!("{base_url}{path}")
}

/// The template function `url(kind, lang, id)`: `url("guide", lang, slug)`,
/// `url("service", lang, id)`, `url("topic", lang, topic)`, `url("home", lang)`,
/// `url("services", lang)`, `url("search", lang)`, `url("accessibility", lang)`, `url("privacy", lang)`,
/// `url("municipalities", lang)`, `url("municipality", lang, id)`, `url("desk", lang)`,
/// `url("desk-handout", lang)`, `url("desk-sheet", lang)`. An unknown kind
/// or a missing argument is a template error, which `witaj check` reports, never a broken link.
pub fn template_url(kind: &str, lang: &str, id: Option<&str>) -> Result<String, minijinja::Error> {
    let needs_id = |f: fn(&str, &str) -> String| {
        id.map(|id| f(lang, id)).ok_or_else(|| {
            minijinja::Error::new(
                minijinja::ErrorKind::MissingArgument,
                format!("url(\"{kind}\", lang, id) needs the id"),
            )
        })
    };
    match kind {
        "home" => Ok(home(lang)),
        "services" => Ok(services(lang)),
        "search" => Ok(search(lang)),
        "accessibility" => Ok(accessibility(lang)),
        "privacy" => Ok(privacy(lang)),
        "municipalities" => Ok(municipalities(lang)),
        "desk" => Ok(desk(lang)),
        "desk-handout" => Ok(desk_handout(lang)),
        "desk-sheet" => Ok(desk_sheet(lang)),
        "guide" => needs_id(guide),
        "topic" => needs_id(topic),
        "service" => needs_id(service),
        "municipality" => needs_id(municipality),
        _ => Err(minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!(
                "url(): unknown page kind `{kind}` (home, services, search, accessibility, privacy, municipalities, desk, desk-handout, desk-sheet, guide, topic, service, municipality)"
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_shape() {
        assert_eq!(template_url("home", "uk", None).unwrap(), "/uk/");
        assert_eq!(
            template_url("guide", "uk", Some("pesel")).unwrap(),
            "/uk/guides/pesel"
        );
        assert_eq!(
            template_url("service", "ar", Some("emergency-112")).unwrap(),
            "/ar/services/emergency-112"
        );
        assert_eq!(
            template_url("topic", "pl", Some("work")).unwrap(),
            "/pl/topics/work"
        );
        assert_eq!(
            template_url("municipalities", "ar", None).unwrap(),
            "/ar/municipalities"
        );
        assert_eq!(
            template_url("municipality", "uk", Some("rumia")).unwrap(),
            "/uk/municipalities/rumia"
        );
        assert!(template_url("municipality", "uk", None).is_err());
        assert_eq!(template_url("privacy", "ka", None).unwrap(), "/ka/privacy");
        assert_eq!(short_municipality("rumia"), "/m/rumia");
        assert_eq!(template_url("desk", "ar", None).unwrap(), "/ar/desk");
        assert_eq!(short_guide_in("pesel", "uk"), "/g/pesel/uk");
        assert_eq!(short_service_in("mopr-gdansk", "ar"), "/s/mopr-gdansk/ar");
        assert_eq!(qr_guide("pesel", "ka"), "/qr/g/pesel/ka");
        assert!(template_url("guide", "pl", None).is_err());
        assert!(template_url("nope", "pl", None).is_err());
        assert_eq!(set_language("uk", ""), "/set-lang/uk");
        assert_eq!(
            set_language("uk", "guides/pesel"),
            "/set-lang/uk?next=guides/pesel"
        );
        assert_eq!(
            absolute("https://x.example", &short_service("a")),
            "https://x.example/s/a"
        );
    }
}
