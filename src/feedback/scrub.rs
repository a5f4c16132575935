//! Personal data out of what visitors type: the search gaps' filter (a query that holds any is not
//! kept at all) and the comments' scrubber (what looks like personal data is cut out, the rest is
//! kept), sharing one idea of what personal data looks like.
//!
//! What counts: an e-mail address (anything around an `@`, also the full-width `＠` and the small
//! `﹫`), and a number of five digits or more, which covers PESEL numbers, phone numbers, dates of
//! birth, bank accounts, and passport, ID card and residence card numbers (two or three letters and
//! six or seven digits: the letters stuck to the number go with it).
//!
//! Digits are every numeric character (`char::is_numeric`), not only ASCII: full-width `１２３` and
//! Arabic-Indic `٠١٢` digits were stored before. NFKC normalisation (the `unicode-normalization`
//! crate) would map the full-width ones to ASCII but leaves Arabic-Indic, Persian and Devanagari
//! digits as they are, so the numeric property is both simpler and wider, and needs no new
//! dependency. Separators do not break a number: up to two characters of any kind between digits
//! (`600-123-456`, `600 123 456`, `600x123x456`, `12.03.1990`) continue it, except a comma or a
//! semicolon, which separate the items of a list (`rok 2025, 3 dni`).

/// What replaces a cut-out piece of a comment: language-neutral, and says that something was there.
pub const REMOVED: &str = "[…]";

/// Digits of one number from which it is treated as personal data.
const MIN_DIGITS: usize = 5;
/// Characters between two digits that still leave them in one number.
const MAX_GAP: usize = 2;

fn is_at(c: char) -> bool {
    matches!(c, '@' | '＠' | '﹫')
}

/// Whether `text` holds anything that looks like personal data: a search query that does is not
/// recorded at all.
pub fn has_personal_data(text: &str) -> bool {
    text.chars().any(is_at) || !number_spans(&text.chars().collect::<Vec<_>>()).is_empty()
}

/// `text` with every word that holds personal data replaced by [`REMOVED`], whitespace collapsed
/// to single spaces and control characters dropped, so that the stored comment is one line.
pub fn scrub(text: &str) -> String {
    let chars: Vec<char> = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !c.is_control())
        .collect();
    let mut cut = vec![false; chars.len()];
    // A number, widened to the whole words it touches (`EA1234567`, `PESEL:90010112345`, `+48`).
    for (start, end) in number_spans(&chars) {
        cut[word_start(&chars, start)..word_end(&chars, end)].fill(true);
    }
    // An e-mail address: the word around the `@`.
    for (i, _) in chars.iter().enumerate().filter(|(_, c)| is_at(**c)) {
        cut[word_start(&chars, i)..word_end(&chars, i + 1)].fill(true);
    }
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if cut[i] {
            out.push_str(REMOVED);
            while i < chars.len() && cut[i] {
                i += 1;
            }
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The spans `[start, end)` of numbers of [`MIN_DIGITS`] digits or more, separators inside.
fn number_spans(chars: &[char]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let (mut digits, mut start, mut last, mut gap) = (0, 0, 0, 0);
    for (i, c) in chars.iter().enumerate() {
        if c.is_numeric() {
            if digits == 0 {
                start = i;
            }
            digits += 1;
            last = i;
            gap = 0;
        } else if digits > 0 {
            gap += 1;
            // A list (`2025, 3 dni`) is several numbers; a phone number is not written with commas.
            if gap > MAX_GAP || matches!(c, ',' | ';' | '،' | '，') {
                if digits >= MIN_DIGITS {
                    spans.push((start, last + 1));
                }
                digits = 0;
            }
        }
    }
    if digits >= MIN_DIGITS {
        spans.push((start, last + 1));
    }
    spans
}

fn word_start(chars: &[char], mut i: usize) -> usize {
    while i > 0 && chars[i - 1] != ' ' {
        i -= 1;
    }
    i
}

fn word_end(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && chars[i] != ' ' {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn personal_data_is_cut_out_and_the_rest_kept() {
        for (written, kept) in [
            ("brak adresu urzędu", "brak adresu urzędu"),
            (
                "pisz na jan.kowalski@example.com dzięki",
                "pisz na […] dzięki",
            ),
            ("mail: anna＠example.org", "mail: […]"),
            ("mój PESEL 90010112345.", "mój PESEL […]"),
            ("PESEL:90010112345 zły", "[…] zły"),
            ("tel +48 600 123 456 proszę", "tel […] proszę"),
            ("tel. 600-123-456", "tel. […]"),
            ("600.123.456", "[…]"),
            ("(58) 524 45 00", "[…]"),
            ("paszport EA1234567", "paszport […]"),
            ("dowód ABC123456 i karta RP1234567", "dowód […] i karta […]"),
            ("паспорт КВ123456", "паспорт […]"),
            ("номер ５５５１２３４５６", "номер […]"),
            ("رقمي ٠٥٥١٢٣٤٥٦٧", "رقمي […]"),
            ("شماره ۰۹۱۲۳۴۵۶۷۸۹", "شماره […]"),
            ("ur. 12.03.1990 w Kijowie", "ur. […] w Kijowie"),
            ("IBAN PL61 1090 1014 0000 0712 1981 2874", "IBAN […]"),
            ("art. 112 ust. 2 i covid 19", "art. 112 ust. 2 i covid 19"),
            ("rok 2025, 3 dni", "rok 2025, 3 dni"),
            ("  wiele\n\nlinii\t i\u{0}znaków  ", "wiele linii iznaków"),
        ] {
            assert_eq!(scrub(written), kept, "{written}");
        }
    }

    #[test]
    fn a_query_with_personal_data_is_recognised() {
        for q in [
            "jan@example.com",
            "１２３４５６７８９０１",
            "٠١٢٣٤٥٦٧٨٩٠",
            "pesel ９００１０１１２３４５",
            "600x123x456",
            "600/123/456",
            "tel. 600.123.456",
        ] {
            assert!(has_personal_data(q), "{q}");
        }
        for q in ["art. 112", "covid 19", "karta pobytu", "2025"] {
            assert!(!has_personal_data(q), "{q}");
        }
    }
}
