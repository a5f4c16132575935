//! For search engines: `robots.txt` and the sitemap with hreflang alternates.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::AppState;
use crate::urls;

pub async fn robots(State(state): State<AppState>) -> Response {
    let site = state.site();
    let body = format!(
        "User-agent: *\nAllow: /\nDisallow: /set-lang/\n\nSitemap: {}/sitemap.xml\n",
        site.config.base_url
    );
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}

/// Every canonical page: each language's home and topic pages, and each guide in each language it
/// is written in (a fallback page's canonical copy is the page it falls back to).
pub async fn sitemap(State(state): State<AppState>) -> Response {
    let site = state.site();
    let base = &site.config.base_url;
    let codes = site.config.codes();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let mut add = |inner: &str, langs: &[&str], lastmod: Option<String>| {
        for lang in langs {
            xml.push_str(&format!(
                "  <url>\n    <loc>{}</loc>\n",
                crate::html::escape(&urls::absolute(base, &urls::within(lang, inner)))
            ));
            if let Some(d) = &lastmod {
                xml.push_str(&format!("    <lastmod>{d}</lastmod>\n"));
            }
            for alt in langs {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{alt}\" href=\"{}\"/>\n",
                    crate::html::escape(&urls::absolute(base, &urls::within(alt, inner)))
                ));
            }
            xml.push_str("  </url>\n");
        }
    };
    add("", &codes, None);
    for topic in &site.config.topics {
        if site.content.on_topic(topic).next().is_some() {
            add(&format!("topics/{topic}"), &codes, None);
        }
    }
    for guide in site.content.guides.values() {
        let langs: Vec<&str> = codes
            .iter()
            .copied()
            .filter(|c| guide.pages.contains_key(*c))
            .collect();
        let lastmod = guide
            .pages
            .values()
            .map(|p| p.updated)
            .max()
            .map(|d| d.to_string());
        add(&format!("guides/{}", guide.slug), &langs, lastmod);
    }
    // The directory: its list and every service, in every language (texts fall back, the page's
    // interface is in each).
    if !site.directory.services.is_empty() {
        add("services", &codes, None);
    }
    for service in site.directory.services.values() {
        add(
            &format!("services/{}", service.id),
            &codes,
            Some(service.verified.to_string()),
        );
    }
    // The municipalities: their list and every place, in every language (names fall back to the
    // Polish one, the interface is in each).
    if !site.municipalities.is_empty() {
        add("municipalities", &codes, None);
    }
    for place in site.municipalities.places.values() {
        add(
            &format!("municipalities/{}", place.id),
            &codes,
            Some(place.verified.to_string()),
        );
    }
    xml.push_str("</urlset>\n");
    (
        [(header::CONTENT_TYPE, "application/xml; charset=utf-8")],
        xml,
    )
        .into_response()
}
