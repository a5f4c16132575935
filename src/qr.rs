//! QR codes for the desk: an SVG drawn on the server from a short link, so a visitor's phone camera
//! opens the guide in their language. No script and no image library: `qrcode` computes the
//! modules and writes the SVG, a few hundred bytes that print sharp at any size.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

#[derive(Debug, thiserror::Error)]
pub enum QrError {
    /// Only a text far longer than any short link does not fit in a QR code.
    #[error("cannot make a QR code of `{text}`: {source}")]
    TooLong {
        text: String,
        #[source]
        source: qrcode::types::QrError,
    },
}

/// The QR code of `text` as a standalone SVG document (black on white, with the quiet zone the
/// standard asks for). Level M (15 % of the code may be lost) survives a crease or a smudge on a
/// printout and keeps a short link at 25 × 25 or 29 × 29 modules, readable from a phone at arm's
/// length.
pub fn svg(text: &str) -> Result<String, QrError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|e| {
        QrError::TooLong {
            text: text.to_string(),
            source: e,
        }
    })?;
    Ok(code
        .render::<svg::Color<'_>>()
        .quiet_zone(true)
        .module_dimensions(8, 8)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_link_is_a_small_svg() {
        let s = svg("https://witaj.example/g/pesel/uk").unwrap();
        assert!(s.contains("<svg"), "{s}");
        assert!(s.contains("viewBox"), "{s}");
        assert!(s.len() < 20_000, "{} bytes", s.len());
    }

    #[test]
    fn a_text_too_long_is_an_error() {
        assert!(svg(&"x".repeat(5000)).is_err());
    }
}
