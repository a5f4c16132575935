//! Choosing the reader's language from what the browser says it accepts.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The best of `available` for an `Accept-Language` header, or `default` when nothing matches:
/// `uk-UA,uk;q=0.9` gives `uk`, `xx` gives the default. Malformed headers are treated as empty.
pub fn negotiate<'a>(
    accept_language: &str,
    available: &'a [LanguageIdentifier],
    default: &'a LanguageIdentifier,
) -> &'a LanguageIdentifier {
    // A hostile header should not cost much: browsers send a handful of tags.
    let header: String = accept_language.chars().take(512).collect();
    // fluent-langneg's own parser keeps the header's order and ignores weights; HTTP says the
    // weights decide, and `q=0` means "not this one".
    let requested: Vec<LanguageIdentifier> = accept_language::parse_with_quality(&header)
        .into_iter()
        .filter(|(_, q)| *q > 0.0)
        .filter_map(|(tag, _)| tag.parse().ok())
        .collect();
    let chosen = negotiate_languages(
        &requested,
        available,
        Some(default),
        NegotiationStrategy::Lookup,
    );
    chosen.first().copied().unwrap_or(default)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(codes: &[&str]) -> Vec<LanguageIdentifier> {
        codes.iter().map(|c| c.parse().unwrap()).collect()
    }

    #[test]
    fn picks_by_preference_and_region() {
        let av = ids(&["pl", "en", "uk", "ru", "be", "ka", "ar"]);
        let pl: LanguageIdentifier = "pl".parse().unwrap();
        let pick = |h: &str| negotiate(h, &av, &pl).to_string();
        assert_eq!(pick("uk-UA,uk;q=0.9"), "uk");
        assert_eq!(pick("xx"), "pl");
        assert_eq!(pick(""), "pl");
        assert_eq!(pick("de-DE,en-GB;q=0.8,ru;q=0.5"), "en");
        assert_eq!(pick("ru;q=0.5,ar;q=0.9"), "ar");
        assert_eq!(pick("ka-GE"), "ka");
        assert_eq!(pick(";;;,,q=abc"), "pl");
        assert_eq!(pick("ar;q=0, en;q=0.1"), "en");
    }
}
