//! Markdown to HTML for guides, with what a public information page needs beyond CommonMark:
//! heading anchors, a table of contents, links between guides that follow the reader's language,
//! external links announced as such, and the sections the search index uses.
//!
//! The file is long because of its tests (from line ~385): the renderer itself is under 400 lines.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd, html};

pub use super::links::LinkError;
use super::links::{Checked, check_link};
use crate::diagnostics::{LineIndex, column_of};
use crate::municipalities::Step;

/// How a `local:<step>` link starts in a guide's HTML, followed by the step, `">`, the link's text
/// and `</a>`. As it stands it links the municipalities list; `web/local_steps.rs` replaces it on
/// each request with the reader's office (or "find your office"). A guide's own raw HTML is dropped
/// and its text escaped, so no guide can write this itself.
pub const LOCAL_STEP_START: &str =
    "<a href=\"../municipalities\" class=\"local-step\" data-step=\"";

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
    /// Links of a kind guides may not use, with their body lines and columns. They are rendered
    /// as their text only, never as links.
    pub bad_links: Vec<(usize, usize, LinkError)>,
    pub words: usize,
}

/// The heading being read. Its events are held back until it ends, when its text, and so its
/// anchor, is known.
struct OpenHeading<'a> {
    level: HeadingLevel,
    /// An anchor the editor wrote (`## Title {#anchor}`), which wins over the generated one.
    explicit_id: Option<CowStr<'a>>,
    events: Vec<Event<'a>>,
    text: String,
}

/// What rendering builds besides the events: the result, and where in the outline it is.
struct Outline {
    out: Rendered,
    used_ids: Ids,
    /// The open headings above the current text, by level.
    trail: Vec<(u8, String)>,
    section: Section,
}

/// Renders `body`. `external_label` is the visually hidden text that tells a screen-reader user a
/// link leaves the portal, in the content's language.
pub fn render(body: &str, external_label: &str) -> Rendered {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts.insert(Options::ENABLE_FOOTNOTES);
    opts.insert(Options::ENABLE_HEADING_ATTRIBUTES);

    let mut doc = Outline {
        out: Rendered::default(),
        used_ids: Ids::default(),
        trail: Vec::new(),
        section: Section::default(),
    };
    let mut events: Vec<Event> = Vec::new();
    let mut heading: Option<OpenHeading> = None;
    // For each open link: how it is closed (an external `</a>`, a plain one, or nothing when the
    // link was refused and only its text is kept).
    let mut open_links: Vec<LinkKind> = Vec::new();

    // Only raw HTML and links need their line (for a diagnostic or a reference), and finding it
    // must not count from the start of the body each time: that made loading quadratic.
    let lines = LineIndex::new(body);
    for (event, range) in Parser::new_ext(body, opts).into_offset_iter() {
        // Raw HTML and links are treated the same inside a heading and outside one.
        let event = match event {
            Event::Html(_) | Event::InlineHtml(_) => {
                doc.out.raw_html_lines.push(lines.line(range.start));
                continue;
            }
            Event::Start(Tag::Link { .. }) | Event::End(TagEnd::Link) => {
                let at = (lines.line(range.start), column_of(body, range.start));
                match link_event(event, at, external_label, &mut open_links, &mut doc.out) {
                    Some(e) => e,
                    None => continue,
                }
            }
            other => other,
        };
        if let Some(open) = heading.as_mut() {
            match event {
                Event::End(TagEnd::Heading(_)) => {
                    if let Some(open) = heading.take() {
                        doc.close_heading(open, &mut events);
                    }
                }
                Event::Text(ref t) | Event::Code(ref t) => {
                    open.text.push_str(t);
                    open.events.push(event);
                }
                other => open.events.push(other),
            }
            continue;
        }
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                heading = Some(OpenHeading {
                    level,
                    explicit_id: id,
                    events: Vec::new(),
                    text: String::new(),
                });
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
                doc.section.text.push_str(t);
                doc.out.words += t.split_whitespace().count();
                events.push(event);
            }
            Event::SoftBreak | Event::HardBreak => {
                doc.section.text.push(' ');
                events.push(event);
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell) => {
                doc.section.text.push('\n');
                events.push(event);
            }
            other => events.push(other),
        }
    }
    finish_section(&mut doc.out.sections, doc.section);
    html::push_html(&mut doc.out.html, events.into_iter());
    doc.out
}

impl Outline {
    /// Gives a finished heading its anchor, enters it in the table of contents, and starts the
    /// section it opens (ending the one before).
    fn close_heading<'a>(&mut self, open: OpenHeading<'a>, events: &mut Vec<Event<'a>>) {
        let text = open.text.trim().to_string();
        let base = open
            .explicit_id
            .map(|s| s.to_string())
            .unwrap_or_else(|| slugify(&text));
        let id = self.used_ids.unique(&base);
        let lvl = open.level as u8;
        if (2..=3).contains(&lvl) {
            self.out.toc.push(TocEntry {
                level: lvl,
                id: id.clone(),
                text: text.clone(),
            });
        }
        finish_section(&mut self.out.sections, std::mem::take(&mut self.section));
        self.trail.retain(|(l, _)| *l < lvl);
        self.trail.push((lvl, text));
        self.section = Section {
            anchor: Some(id.clone()),
            trail: self.trail.iter().map(|(_, t)| t.clone()).collect(),
            text: String::new(),
        };
        events.push(Event::Start(Tag::Heading {
            level: open.level,
            id: Some(id.into()),
            classes: Vec::new(),
            attrs: Vec::new(),
        }));
        events.extend(open.events);
        events.push(Event::End(TagEnd::Heading(open.level)));
    }
}

fn finish_section(sections: &mut Vec<Section>, mut s: Section) {
    s.text = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
    if !s.text.is_empty() || s.anchor.is_some() {
        sections.push(s);
    }
}

/// The event to write for a link's start or end: `guide:`/`service:` rewritten, external links
/// marked, and nothing for a refused link (its text stays, as plain text).
fn link_event<'a>(
    event: Event<'a>,
    (line, column): (usize, usize),
    external_label: &str,
    open_links: &mut Vec<LinkKind>,
    out: &mut Rendered,
) -> Option<Event<'a>> {
    match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => match rewrite_link(&dest_url, link_type, (line, column), out) {
            None => {
                open_links.push(LinkKind::Refused);
                None
            }
            Some(Href::Local(step)) => {
                open_links.push(LinkKind::Internal);
                // Without a chosen municipality the link finds the office in the list.
                Some(Event::InlineHtml(
                    format!("{LOCAL_STEP_START}{}\">", step.as_str()).into(),
                ))
            }
            Some(Href::To(dest, true)) => {
                open_links.push(LinkKind::External);
                Some(Event::InlineHtml(
                    format!(
                        "<a href=\"{}\" class=\"external\" rel=\"external noopener\">",
                        crate::html::escape(&dest)
                    )
                    .into(),
                ))
            }
            Some(Href::To(dest, false)) => {
                open_links.push(LinkKind::Internal);
                Some(Event::Start(Tag::Link {
                    link_type,
                    dest_url: dest.into(),
                    title,
                    id,
                }))
            }
        },
        Event::End(TagEnd::Link) => match open_links.pop() {
            Some(LinkKind::External) => Some(Event::InlineHtml(
                format!(
                    "<span class=\"visually-hidden\"> ({})</span></a>",
                    crate::html::escape(external_label)
                )
                .into(),
            )),
            Some(LinkKind::Internal) => Some(Event::End(TagEnd::Link)),
            Some(LinkKind::Refused) | None => None,
        },
        other => Some(other),
    }
}

/// How an open link is closed.
enum LinkKind {
    Internal,
    External,
    Refused,
}

/// Rewrites `guide:` and `service:` links to relative URLs, which resolve under whatever language
/// prefix the reader is on: a Polish fallback page shown at `/uk/guides/x` links to `/uk/...`.
/// Returns the destination and whether it leaves the site, or `None` (and a [`LinkError`] in
/// `out.bad_links`) for a link guides may not use, which is then rendered as its text only.
fn rewrite_link(
    dest: &str,
    link_type: LinkType,
    (line, column): (usize, usize),
    out: &mut Rendered,
) -> Option<Href> {
    match check_link(dest, link_type) {
        Ok(Checked::Local(step)) => Some(Href::Local(step)),
        Ok(checked) => {
            let (href, external) = checked.into_href(dest, line, out);
            Some(Href::To(href, external))
        }
        Err(e) => {
            out.bad_links.push((line, column, e));
            None
        }
    }
}

/// Where a link that passed goes: an address (and whether it leaves the site), or a local step.
enum Href {
    To(String, bool),
    Local(Step),
}

impl Checked<'_> {
    fn into_href(self, dest: &str, line: usize, out: &mut Rendered) -> (String, bool) {
        match self {
            Checked::Guide { slug, anchor } => {
                out.references.push(LocatedReference {
                    reference: Reference::Guide {
                        slug: slug.to_string(),
                        anchor: anchor.map(str::to_string),
                    },
                    line,
                });
                let href = match anchor {
                    Some(a) => format!("{slug}#{a}"),
                    None => slug.to_string(),
                };
                (href, false)
            }
            Checked::Service(id) => {
                out.references.push(LocatedReference {
                    reference: Reference::Service { id: id.to_string() },
                    line,
                });
                (format!("../services/{id}"), false)
            }
            Checked::External => (dest.to_string(), true),
            Checked::Tel(digits) => (format!("tel:{digits}"), false),
            Checked::Plain | Checked::EmailAutolink => (dest.to_string(), false),
            // Handled before: it has no address of its own.
            Checked::Local(_) => ("../municipalities".to_string(), false),
        }
    }
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

/// The anchors given so far. A repeated heading gets `base-2`, `base-3`, … (the numbering
/// published anchors already use). Each base keeps the next number to try, so the k-th repeat does
/// not retry the k-1 numbers before it: trying them in turn made 16,000 identical headings take
/// seconds. A number is only skipped when that exact id is already taken (a heading written as
/// `x-2` before two `x`), and a skipped number is never tried again, so the work stays linear.
#[derive(Default)]
struct Ids {
    used: HashSet<String>,
    next: HashMap<String, usize>,
}

impl Ids {
    fn unique(&mut self, base: &str) -> String {
        if self.used.insert(base.to_string()) {
            return base.to_string();
        }
        let n = self.next.entry(base.to_string()).or_insert(2);
        loop {
            let id = format!("{base}-{n}");
            *n += 1;
            if self.used.insert(id.clone()) {
                return id;
            }
        }
    }
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

    // Not timed: the count and the lines are what a quadratic or wrong counter would get wrong.
    #[test]
    fn many_identical_headings_get_unique_ids_and_their_lines() {
        let body = "## X\n\n[l](guide:pesel)\n\n".repeat(16_000);
        let r = render(&body, "ext");
        assert_eq!(r.toc.len(), 16_000);
        assert_eq!(r.toc[0].id, "x");
        assert_eq!(r.toc[1].id, "x-2");
        assert_eq!(r.toc[15_999].id, "x-16000");
        let ids: HashSet<&str> = r.toc.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids.len(), 16_000);
        assert_eq!(r.references.len(), 16_000);
        for (i, reference) in r.references.iter().enumerate() {
            assert_eq!(reference.line, 4 * i + 3);
        }
    }

    #[test]
    fn a_written_id_is_not_given_again() {
        let r = render("## X {#x-2}\n\n## X\n\n## X\n\n## X\n", "ext");
        let ids: Vec<&str> = r.toc.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["x-2", "x", "x-3", "x-4"]);
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
    fn allowed_links() {
        for dest in [
            "guide:pesel",
            "guide:pesel#apply",
            "service:puw",
            "#apply",
            "https://www.gov.pl/web/gov",
            "http://example.org",
            "tel:112",
            "tel:+48224902044",
            "tel:+48 22 490-20-44",
            "tel:+48 (58) 123-45-67",
            "mailto:info@example.org",
            "mailto:info@example.org?subject=PESEL",
        ] {
            let r = render(&format!("[x](<{dest}>)"), "ext");
            assert!(r.bad_links.is_empty(), "{dest}: {:?}", r.bad_links);
            assert!(r.html.contains("<a href="), "{dest}: {}", r.html);
        }
        let r = render("<info@example.org>", "ext");
        assert!(r.bad_links.is_empty(), "{:?}", r.bad_links);
        assert!(
            r.html.contains("href=\"mailto:info@example.org\""),
            "{}",
            r.html
        );
    }

    #[test]
    fn refused_links_are_reported_and_rendered_as_text() {
        for (dest, expected) in [
            ("javascript:alert(1)", "uses `javascript:`"),
            ("JavaScript:alert(1)", "uses `JavaScript:`"),
            ("data:text/html,hi", "uses `data:`"),
            ("ftp://x", "`ftp:` links are not allowed"),
            ("tel:abc", "is not a phone number"),
            ("tel:", "is not a phone number"),
            ("tel:+", "is not a phone number"),
            ("mailto:", "has no e-mail address"),
            ("mailto:info", "has no e-mail address"),
            ("mailto:a@b", "has no e-mail address"),
            ("tel:12", "is not a phone number"),
            ("tel:1+2", "is not a phone number"),
            ("https://www.gov.pl/a b", "contains white space"),
            ("https://", "has no address after the scheme"),
            ("//www.gov.pl", "write `https://www.gov.pl` instead"),
            ("/pl/guides/zzz", "write `guide:zzz` instead"),
            ("/uk/guides/zzz#a", "write `guide:zzz#a` instead"),
            ("/g/zzz", "write `guide:zzz` instead"),
            ("/pl/services/puw", "write `service:puw` instead"),
            ("/pl/topics/work", "link guides with `guide:<slug>`"),
            ("www.gov.pl/x", "write `https://www.gov.pl/x`"),
            ("pesel", "is not an address a guide can use"),
            ("guide:", "names no target"),
            ("service:", "names no target"),
        ] {
            let r = render(&format!("a [text](<{dest}>) b"), "ext");
            assert_eq!(r.bad_links.len(), 1, "{dest}");
            let (line, _, e) = &r.bad_links[0];
            assert_eq!(*line, 1);
            assert!(
                e.to_string().contains(expected),
                "{dest}: {e} lacks {expected:?}"
            );
            assert!(!r.html.contains("<a"), "{dest}: {}", r.html);
            assert!(r.html.contains("a text b"), "{dest}: {}", r.html);
        }
        let r = render("[x]()", "ext");
        assert_eq!(r.bad_links[0].2, LinkError::Empty);
        assert!(!r.html.contains("<a"), "{}", r.html);
    }

    #[test]
    fn local_steps_link_the_list_and_leave_a_marker() {
        let r = render("Go to [your town hall](local:address-registration).", "ext");
        assert!(r.bad_links.is_empty(), "{:?}", r.bad_links);
        assert!(
            r.html.contains(
                "<a href=\"../municipalities\" class=\"local-step\" data-step=\"address-registration\">your town hall</a>."
            ),
            "{}",
            r.html
        );
        // An unknown step is refused at its line and column, and the text stays.
        let r = render("x\n\nab [office](local:meldunek)", "ext");
        let (line, column, e) = &r.bad_links[0];
        assert_eq!((*line, *column), (3, 4));
        assert!(
            e.to_string().contains("`local:address-registration`"),
            "{e}"
        );
        assert!(!r.html.contains("<a"), "{}", r.html);
        // The start written in the text is text, never a local step.
        let forged = format!("`{LOCAL_STEP_START}legal-aid\">` <a class=\"local-step\">x</a>");
        let r = render(&forged, "ext");
        assert!(!r.html.contains(LOCAL_STEP_START), "{}", r.html);
    }

    #[test]
    fn phone_links_are_written_as_phones_dial_them() {
        let r = render("[call](<tel:+48 (58) 123-45-67>)", "ext");
        assert!(
            r.html.contains("<a href=\"tel:+48581234567\">call</a>"),
            "{}",
            r.html
        );
    }

    #[test]
    fn links_in_headings_are_checked_too() {
        let r = render(
            "## See [PESEL](guide:pesel)\n\n## Run [this](javascript:alert(1))\n",
            "ext",
        );
        assert!(r.html.contains("<a href=\"pesel\">PESEL</a>"), "{}", r.html);
        assert!(!r.html.contains("javascript"), "{}", r.html);
        assert_eq!(r.references.len(), 1);
        assert_eq!(r.bad_links.len(), 1);
        assert_eq!(r.bad_links[0].0, 3);
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
