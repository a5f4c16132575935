//! Markdown to HTML for guides, with what a public information page needs beyond CommonMark:
//! heading anchors, a table of contents, links between guides that follow the reader's language,
//! external links announced as such, and the sections the search index uses.

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

use crate::diagnostics::line_of;

/// A link from a guide to something the loader must check exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    Guide {
        slug: String,
        anchor: Option<String>,
    },
    Service {
        id: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocatedReference {
    pub reference: Reference,
    /// Line in the Markdown body (1-based, relative to the body).
    pub line: usize,
}

#[derive(Debug, Clone, serde::Serialize, PartialEq, Eq)]
pub struct TocEntry {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// A stretch of a guide under one heading: what a search hit can open at.
#[derive(Debug, Clone, Default, serde::Serialize, PartialEq, Eq)]
pub struct Section {
    /// The heading's anchor, or `None` for the text before the first heading.
    pub anchor: Option<String>,
    /// The headings above and including this one.
    pub trail: Vec<String>,
    pub text: String,
}

#[derive(Debug, Default)]
pub struct Rendered {
    pub html: String,
    pub toc: Vec<TocEntry>,
    pub sections: Vec<Section>,
    pub references: Vec<LocatedReference>,
    /// Body lines where raw HTML was written (and dropped).
    pub raw_html_lines: Vec<usize>,
    /// Body lines with a `guide:` or `service:` link that has no target at all.
    pub malformed_links: Vec<(usize, String)>,
    pub words: usize,
}

/// Renders `body`. `external_label` is the visually hidden text that tells a screen-reader user a
/// link leaves the portal, in the content's language.
pub fn render(body: &str, external_label: &str) -> Rendered {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts.insert(Options::ENABLE_FOOTNOTES);
    opts.insert(Options::ENABLE_HEADING_ATTRIBUTES);

    let mut out = Rendered::default();
    let mut events: Vec<Event> = Vec::new();
    let mut used_ids: HashSet<String> = HashSet::new();

    // Heading state: events of the heading being read, and its text.
    let mut heading: Option<(HeadingLevel, Option<CowStr>, Vec<Event>, String)> = None;
    let mut trail: Vec<(u8, String)> = Vec::new();
    let mut section = Section {
        anchor: None,
        trail: Vec::new(),
        text: String::new(),
    };
    let mut external_link_open: Vec<bool> = Vec::new();

    for (event, range) in Parser::new_ext(body, opts).into_offset_iter() {
        let line = line_of(body, range.start);
        if let Some((_, _, buffered, text)) = heading.as_mut() {
            match event {
                Event::End(TagEnd::Heading(_)) => {
                    let (level, explicit_id, buffered, text) =
                        heading.take().expect("inside heading");
                    let text = text.trim().to_string();
                    let base = explicit_id
                        .map(|s| s.to_string())
                        .unwrap_or_else(|| slugify(&text));
                    let id = unique_id(&base, &mut used_ids);
                    let lvl = level as u8;
                    if (2..=3).contains(&lvl) {
                        out.toc.push(TocEntry {
                            level: lvl,
                            id: id.clone(),
                            text: text.clone(),
                        });
                    }
                    // Close the section that ends here and open the heading's own.
                    finish_section(&mut out.sections, std::mem::take(&mut section));
                    trail.retain(|(l, _)| *l < lvl);
                    trail.push((lvl, text.clone()));
                    section = Section {
                        anchor: Some(id.clone()),
                        trail: trail.iter().map(|(_, t)| t.clone()).collect(),
                        text: String::new(),
                    };
                    events.push(Event::Start(Tag::Heading {
                        level,
                        id: Some(id.into()),
                        classes: Vec::new(),
                        attrs: Vec::new(),
                    }));
                    events.extend(buffered);
                    events.push(Event::End(TagEnd::Heading(level)));
                }
                Event::Text(ref t) | Event::Code(ref t) => {
                    text.push_str(t);
                    buffered.push(event);
                }
                Event::Html(_) | Event::InlineHtml(_) => out.raw_html_lines.push(line),
                other => buffered.push(other),
            }
            continue;
        }
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                heading = Some((level, id, Vec::new(), String::new()));
            }
            Event::Html(_) | Event::InlineHtml(_) => out.raw_html_lines.push(line),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let (dest, external) = rewrite_link(&dest_url, line, &mut out);
                external_link_open.push(external);
                if external {
                    events.push(Event::InlineHtml(
                        format!(
                            "<a href=\"{}\" class=\"external\" rel=\"external noopener\">",
                            escape_attr(&dest)
                        )
                        .into(),
                    ));
                } else {
                    events.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url: dest.into(),
                        title,
                        id,
                    }));
                }
            }
            Event::End(TagEnd::Link) => {
                if external_link_open.pop().unwrap_or(false) {
                    events.push(Event::InlineHtml(
                        format!(
                            "<span class=\"visually-hidden\"> ({})</span></a>",
                            escape_attr(external_label)
                        )
                        .into(),
                    ));
                } else {
                    events.push(Event::End(TagEnd::Link));
                }
            }
            Event::Start(Tag::Table(_)) => {
                // Wide tables scroll inside their own box on a narrow phone; the box is focusable
                // so keyboard users can scroll it too.
                events.push(Event::Html(
                    "<div class=\"table-wrap\" tabindex=\"0\">".into(),
                ));
                events.push(event);
            }
            Event::End(TagEnd::Table) => {
                events.push(event);
                events.push(Event::Html("</div>".into()));
            }
            Event::Text(ref t) | Event::Code(ref t) => {
                section.text.push_str(t);
                out.words += t.split_whitespace().count();
                events.push(event);
            }
            Event::SoftBreak | Event::HardBreak => {
                section.text.push(' ');
                events.push(event);
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell) => {
                section.text.push('\n');
                events.push(event);
            }
            other => events.push(other),
        }
    }
    finish_section(&mut out.sections, section);
    html::push_html(&mut out.html, events.into_iter());
    out
}

fn finish_section(sections: &mut Vec<Section>, mut s: Section) {
    s.text = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
    if !s.text.is_empty() || s.anchor.is_some() {
        sections.push(s);
    }
}

/// Rewrites `guide:` and `service:` links to relative URLs, which resolve under whatever language
/// prefix the reader is on: a Polish fallback page shown at `/uk/guides/x` links to `/uk/...`.
/// Returns the destination and whether it leaves the site.
fn rewrite_link(dest: &str, line: usize, out: &mut Rendered) -> (String, bool) {
    if let Some(rest) = dest.strip_prefix("guide:") {
        let (slug, anchor) = match rest.split_once('#') {
            Some((s, a)) => (s, Some(a.to_string())),
            None => (rest, None),
        };
        if slug.is_empty() {
            out.malformed_links.push((line, dest.to_string()));
            return (dest.to_string(), false);
        }
        out.references.push(LocatedReference {
            reference: Reference::Guide {
                slug: slug.to_string(),
                anchor: anchor.clone(),
            },
            line,
        });
        let href = match anchor {
            Some(a) => format!("{slug}#{a}"),
            None => slug.to_string(),
        };
        return (href, false);
    }
    if let Some(id) = dest.strip_prefix("service:") {
        if id.is_empty() {
            out.malformed_links.push((line, dest.to_string()));
            return (dest.to_string(), false);
        }
        out.references.push(LocatedReference {
            reference: Reference::Service { id: id.to_string() },
            line,
        });
        return (format!("../services/{id}"), false);
    }
    let external =
        dest.starts_with("http://") || dest.starts_with("https://") || dest.starts_with("//");
    (dest.to_string(), external)
}

/// An anchor from heading text, kept in the heading's own script: `Як подати заяву` becomes
/// `як-подати-заяву`, which browsers show readably and percent-encode on the wire.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        "section".to_string()
    } else {
        out
    }
}

fn unique_id(base: &str, used: &mut HashSet<String>) -> String {
    let mut id = base.to_string();
    let mut n = 2;
    while !used.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_get_anchors_in_their_own_script() {
        let r = render(
            "## Як подати заяву\n\ntext\n\n## Як подати заяву\n",
            "external",
        );
        assert!(r.html.contains("<h2 id=\"як-подати-заяву\">"), "{}", r.html);
        assert!(
            r.html.contains("<h2 id=\"як-подати-заяву-2\">"),
            "{}",
            r.html
        );
        assert_eq!(r.toc.len(), 2);
    }

    #[test]
    fn guide_links_are_relative_and_recorded_with_lines() {
        let r = render(
            "Intro\n\nSee [PESEL](guide:pesel#apply) and [x](service:puw).\n",
            "ext",
        );
        assert!(r.html.contains("href=\"pesel#apply\""), "{}", r.html);
        assert!(r.html.contains("href=\"../services/puw\""), "{}", r.html);
        assert_eq!(r.references[0].line, 3);
        assert_eq!(
            r.references[0].reference,
            Reference::Guide {
                slug: "pesel".into(),
                anchor: Some("apply".into())
            }
        );
    }

    #[test]
    fn external_links_are_announced() {
        let r = render("[gov](https://www.gov.pl) [call](tel:112)", "external link");
        assert!(r.html.contains("class=\"external\""), "{}", r.html);
        assert!(
            r.html
                .contains("<span class=\"visually-hidden\"> (external link)</span></a>")
        );
        assert!(
            r.html.contains("<a href=\"tel:112\">call</a>"),
            "{}",
            r.html
        );
    }

    #[test]
    fn raw_html_is_dropped_and_reported() {
        let r = render("a\n\n<script>alert(1)</script>\n\nb <b>c</b>", "x");
        assert!(!r.html.contains("<script"), "{}", r.html);
        assert!(!r.html.contains("<b>"), "{}", r.html);
        assert_eq!(r.raw_html_lines.first(), Some(&3));
    }

    #[test]
    fn sections_follow_headings() {
        let r = render("Intro text.\n\n## A\n\nOne.\n\n### B\n\nTwo.\n", "x");
        assert_eq!(r.sections.len(), 3);
        assert_eq!(r.sections[0].anchor, None);
        assert_eq!(r.sections[2].trail, vec!["A".to_string(), "B".to_string()]);
        assert_eq!(r.sections[2].text, "Two.");
    }

    #[test]
    fn tables_scroll_in_their_own_box() {
        let r = render("| a | b |\n|---|---|\n| 1 | 2 |\n", "x");
        assert!(
            r.html
                .starts_with("<div class=\"table-wrap\" tabindex=\"0\"><table>"),
            "{}",
            r.html
        );
    }
}
