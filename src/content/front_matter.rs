//! Splitting a guide file into its TOML front matter and Markdown body, keeping line numbers so
//! every later error can point at the editor's line rather than at an offset inside a fragment.

use serde::Deserialize;
use toml::Spanned;

/// A file cut at its `+++` fences.
#[derive(Debug)]
pub struct Split<'a> {
    pub front: &'a str,
    /// Line of the file on which `front` starts (the line after the opening `+++`).
    pub front_line: usize,
    pub body: &'a str,
    /// Line of the file on which `body` starts.
    pub body_line: usize,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SplitError {
    #[error(
        "the file does not start with front matter: add a `+++` line at the top, then TOML front matter (title, summary, ...), then another `+++` line"
    )]
    MissingOpening,
    #[error("the front matter opened on line 1 is never closed: add a line with `+++` after it")]
    Unclosed,
}

pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().ok_or(SplitError::MissingOpening)?;
    if first.trim_end() != "+++" {
        return Err(SplitError::MissingOpening);
    }
    let front_start = first.len();
    let mut offset = front_start;
    let mut line_no = 1;
    for line in lines {
        line_no += 1;
        if line.trim_end() == "+++" {
            let body_start = offset + line.len();
            return Ok(Split {
                front: &text[front_start..offset],
                front_line: 2,
                body: &text[body_start..],
                body_line: line_no + 1,
            });
        }
        offset += line.len();
    }
    Err(SplitError::Unclosed)
}

/// A link to an official source: a bare URL, or a URL with the title to show.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum SourceLink {
    Url(String),
    Titled { title: String, url: String },
}

impl SourceLink {
    pub fn url(&self) -> &str {
        match self {
            SourceLink::Url(u) | SourceLink::Titled { url: u, .. } => u,
        }
    }
    pub fn title(&self) -> &str {
        match self {
            SourceLink::Url(u) => u,
            SourceLink::Titled { title, .. } => title,
        }
    }
}

/// The front matter as written. Dates stay TOML dates here and are checked by the loader, which
/// knows the line.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: Spanned<String>,
    pub summary: Spanned<String>,
    #[serde(default)]
    pub topics: Option<Vec<Spanned<String>>>,
    pub updated: Spanned<toml::value::Datetime>,
    #[serde(default)]
    pub reviewed: Option<Spanned<toml::value::Datetime>>,
    #[serde(default)]
    pub sources: Option<Vec<Spanned<SourceLink>>>,
    #[serde(default)]
    pub services: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    pub source_hash: Option<Spanned<String>>,
    /// Old slugs of a renamed guide (source file only): their addresses redirect here for good.
    #[serde(default)]
    pub aliases: Option<Vec<Spanned<String>>>,
    /// "What to bring": one short item each, translated like the rest of the file; the desk's
    /// handout prints it as a checklist in two languages.
    #[serde(default)]
    pub bring: Option<Vec<Spanned<String>>>,
    /// How soon translators should translate the guide: higher first, 0 when not given (the
    /// source file's value counts). `witaj status --lang` orders by it.
    #[serde(default)]
    pub priority: Option<i64>,
    /// The guide is the glossary (source file only): its short entries define the words that the
    /// other guides explain, so search ranks it below a guide that matches as well.
    #[serde(default)]
    pub glossary: Option<bool>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_keeps_line_numbers() {
        let s = split("+++\ntitle = \"x\"\n+++\n\nBody\n").unwrap();
        assert_eq!(s.front, "title = \"x\"\n");
        assert_eq!(s.front_line, 2);
        assert_eq!(s.body, "\nBody\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn crlf_and_bom_are_accepted() {
        let s = split("\u{feff}+++\r\ntitle = \"x\"\r\n+++\r\nBody").unwrap();
        assert_eq!(s.body, "Body");
    }

    #[test]
    fn missing_and_unclosed_fences() {
        assert_eq!(
            split("title = 1\n").unwrap_err(),
            SplitError::MissingOpening
        );
        assert_eq!(split("+++\ntitle = 1\n").unwrap_err(), SplitError::Unclosed);
        assert_eq!(split("").unwrap_err(), SplitError::MissingOpening);
    }
}
