//! Escaping text for HTML and XML outside the templates (which escape on their own): Markdown
//! attributes, search snippets, the sitemap.

/// `s` with `&`, `<`, `>`, `"` and `'` escaped, safe in text and in quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, s);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_what_breaks_markup() {
        assert_eq!(
            super::escape(r#"<a href="x">&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }
}
