//! A guide's rendered HTML cut at its `##` headings, so the desk can set the Polish text and a
//! translation side by side, section beside section. Translations keep the source's sections
//! (the suite's translation check holds them to it), so the n-th section of one is the n-th of
//! the other; where a translation has fewer, the other side's cell stays empty.

/// The stretch before the first `<h2` (the introduction), then one stretch per `<h2`. The
/// renderer writes every heading itself and guides cannot contain raw HTML, so `<h2` in the HTML
/// is always a heading of level 2.
pub fn sections(html: &str) -> Vec<&str> {
    let mut cuts: Vec<usize> = html.match_indices("<h2").map(|(i, _)| i).collect();
    cuts.insert(0, 0);
    cuts.push(html.len());
    cuts.windows(2)
        .map(|w| html[w[0]..w[1]].trim())
        .enumerate()
        .filter(|(i, s)| *i > 0 || !s.is_empty())
        .map(|(_, s)| s)
        .collect()
}

/// Rows of (source, translation) sections, aligned by position.
pub fn aligned<'a>(source: &'a str, translation: &'a str) -> Vec<(&'a str, &'a str)> {
    let (a, b) = (sections(source), sections(translation));
    // An introduction on one side only is a row of its own, not a shift of every row after it.
    let (a_intro, b_intro) = (intro(source), intro(translation));
    let (a, b) = match (a_intro, b_intro) {
        (true, false) => (a, std::iter::once("").chain(b).collect()),
        (false, true) => (std::iter::once("").chain(a).collect(), b),
        _ => (a, b),
    };
    (0..a.len().max(b.len()))
        .map(|i| {
            (
                a.get(i).copied().unwrap_or(""),
                b.get(i).copied().unwrap_or(""),
            )
        })
        .collect()
}

fn intro(html: &str) -> bool {
    !html.trim_start().starts_with("<h2") && !html.trim().is_empty()
}

/// The same HTML with every `id` and in-page link prefixed by `prefix`, so that two guides, or one
/// guide in two languages, on one page never share an id (an in-page link keeps working).
pub fn prefix_ids(html: &str, prefix: &str) -> String {
    html.replace(" id=\"", &format!(" id=\"{prefix}-"))
        .replace(" href=\"#", &format!(" href=\"#{prefix}-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_at_second_level_headings_only() {
        let html = "<p>intro</p>\n<h2 id=\"a\">A</h2><p>a</p><h3 id=\"x\">x</h3><h2 id=\"b\">B</h2><p>b</p>";
        assert_eq!(
            sections(html),
            vec![
                "<p>intro</p>",
                "<h2 id=\"a\">A</h2><p>a</p><h3 id=\"x\">x</h3>",
                "<h2 id=\"b\">B</h2><p>b</p>"
            ]
        );
        assert_eq!(sections("<h2>A</h2>x"), vec!["<h2>A</h2>x"]);
    }

    #[test]
    fn rows_pair_sections_and_pad_the_shorter_side() {
        let rows = aligned("<p>i</p><h2>A</h2><h2>B</h2>", "<h2>А</h2>");
        assert_eq!(
            rows,
            vec![
                ("<p>i</p>", ""),
                ("<h2>A</h2>", "<h2>А</h2>"),
                ("<h2>B</h2>", "")
            ]
        );
    }

    #[test]
    fn ids_and_their_links_get_the_prefix() {
        assert_eq!(
            prefix_ids(
                "<h2 id=\"a\">A</h2><a href=\"#a\">x</a><a href=\"/pl/\">y</a>",
                "g-x-pl"
            ),
            "<h2 id=\"g-x-pl-a\">A</h2><a href=\"#g-x-pl-a\">x</a><a href=\"/pl/\">y</a>"
        );
    }
}
