//! Problems found while loading the site's files.
//!
//! Loading never stops at the first problem: an editor fixing a translation wants every mistake at
//! once, each as `path:line: message`, the way compilers report. Modules turn their own typed
//! errors into [`Diagnostic`]s and push them into a [`Diagnostics`] list; the command line prints
//! it and `serve` refuses to start (or a reload keeps the old site) while it holds errors.

use std::fmt;
use std::path::{Path, PathBuf};

/// Whether a problem stops the site from being published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Published anyway, but an editor should look (an untranslated interface string, raw HTML).
    Warning,
    /// The site is not published until it is fixed.
    Error,
}

/// One problem, pinned to a file and, where known, a line (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", escape_path(&self.path))?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        let kind = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, ": {kind}: {}", self.message)
    }
}

/// A path as one line of a report: a newline or other control character in a file name would
/// break the `path:line: message` format (and could forge a line), so it is written escaped
/// (`new\nline`), as Rust writes it in a string.
pub fn escape_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// The problems of one load, in the order found.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn error(&mut self, path: &Path, line: Option<usize>, message: impl fmt::Display) {
        self.push(Severity::Error, path, line, message);
    }

    pub fn warning(&mut self, path: &Path, line: Option<usize>, message: impl fmt::Display) {
        self.push(Severity::Warning, path, line, message);
    }

    /// Adds a diagnostic made elsewhere, such as [`toml_error`]'s.
    pub fn add(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    fn push(
        &mut self,
        severity: Severity,
        path: &Path,
        line: Option<usize>,
        message: impl fmt::Display,
    ) {
        self.items.push(Diagnostic {
            severity,
            path: path.to_path_buf(),
            line,
            message: message.to_string(),
        });
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter().filter(|d| d.severity == Severity::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Warning)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Sorted by file, then line, so a report reads like a compiler's.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut all: Vec<&Diagnostic> = self.items.iter().collect();
        all.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
        all
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in self.sorted() {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

/// The 1-based line of a byte offset in `text`; offsets past the end give the last line.
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Where each line of a text starts, so the line of any byte offset is a binary search: computing
/// lines with [`line_of`] for many offsets of one text costs O(size) each, and rendering a big guide
/// that way was quadratic (an 8 MB guide took half a minute to load).
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offsets of the first byte of every line after the first.
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let starts = text
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i + 1)
            .collect();
        LineIndex { starts }
    }

    /// The 1-based line of `offset`, as [`line_of`] gives it.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) + 1
    }
}

/// A TOML parse error as an error on its line, with the column in the message, the way mdBook's
/// `parse_error` reports SUMMARY.md. `first_line` is the file's line on which `text` starts: 1 for
/// a whole file, later for a fragment such as a guide's front matter.
pub fn toml_error(path: &Path, text: &str, first_line: usize, err: &toml::de::Error) -> Diagnostic {
    let (line, message) = match err.span() {
        Some(span) => {
            let line = line_of(text, span.start);
            let line_start = text[..span.start.min(text.len())]
                .rfind('\n')
                .map_or(0, |i| i + 1);
            let column = text[line_start..span.start.min(text.len())].chars().count() + 1;
            (
                Some(first_line + line - 1),
                format!("{} (column {column})", err.message().trim_end()),
            )
        }
        None => (None, err.message().trim_end().to_string()),
    };
    Diagnostic {
        severity: Severity::Error,
        path: path.to_path_buf(),
        line,
        message,
    }
}

/// Reports the problems of one TOML text at the lines of its values: the shared half of every
/// loader's field reader (`config`, guides' front matter, the statement, services), which add one
/// method per field on top of it.
pub struct Reporter<'a> {
    /// The file as editors see it.
    pub path: &'a Path,
    text: &'a str,
    /// The file's line on which `text` starts.
    first_line: usize,
    diags: &'a mut Diagnostics,
    failed: bool,
}

impl<'a> Reporter<'a> {
    pub fn new(
        path: &'a Path,
        text: &'a str,
        first_line: usize,
        diags: &'a mut Diagnostics,
    ) -> Self {
        Reporter {
            path,
            text,
            first_line,
            diags,
            failed: false,
        }
    }

    /// Parses the whole text, reporting a syntax or shape error at its line.
    pub fn parse<T: serde::de::DeserializeOwned>(&mut self, context: &str) -> Option<T> {
        match toml::from_str(self.text) {
            Ok(v) => Some(v),
            Err(e) => {
                let mut d = toml_error(self.path, self.text, self.first_line, &e);
                d.message.insert_str(0, context);
                if self.first_line > 1 {
                    // A fragment's error without a place is at least in the fragment.
                    d.line = d.line.or(Some(self.first_line));
                }
                self.diags.add(d);
                self.failed = true;
                None
            }
        }
    }

    /// The file line of the value at `at`.
    pub fn line<T>(&self, at: &toml::Spanned<T>) -> usize {
        self.first_line + line_of(self.text, at.span().start) - 1
    }

    /// An error at the value `at`; the file will not be used.
    pub fn error<T>(&mut self, at: &toml::Spanned<T>, message: impl fmt::Display) {
        let line = self.line(at);
        self.error_on(Some(line), message);
    }

    /// An error on a line (or on the whole file, for `None`); the file will not be used.
    pub fn error_on(&mut self, line: Option<usize>, message: impl fmt::Display) {
        self.diags.error(self.path, line, message);
        self.failed = true;
    }

    pub fn warning_on(&mut self, line: Option<usize>, message: impl fmt::Display) {
        self.diags.warning(self.path, line, message);
    }

    /// Whether no error was reported through this reporter.
    pub fn ok(&self) -> bool {
        !self.failed
    }
}

/// `path` relative to the site folder `root`, as editors see it and as every diagnostic names it;
/// a path outside `root` is returned whole.
pub fn rel(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

/// Reads `file`, a file of the site folder `root`, as UTF-8; a missing or non-UTF-8 file, or one
/// reached through a link out of the site ([`crate::confine`]), is a diagnostic that names it
/// relative to `root`, like every other problem.
pub fn read_site_text(root: &Path, file: &Path, diags: &mut Diagnostics) -> Option<String> {
    read_site_text_within(root, file, None, diags)
}

/// The most a file may hold, and the `[limits]` key of `portal.toml` that sets it.
#[derive(Debug, Clone, Copy)]
pub struct SizeLimit {
    pub bytes: u64,
    pub key: &'static str,
}

impl SizeLimit {
    /// Reports `file` (shown as `shown`) when it is over the limit; whether it is within.
    pub fn check(&self, shown: &Path, size: u64, diags: &mut Diagnostics) -> bool {
        if size <= self.bytes {
            return true;
        }
        diags.error(
            shown,
            Some(1),
            format_args!(
                "the file is {size} bytes, the limit is {}; split it, or raise `{}` under [limits] in portal.toml",
                self.bytes, self.key
            ),
        );
        false
    }
}

/// [`read_site_text`], refusing (with an error naming the limit) a file bigger than `limit`
/// before reading it: a huge file would otherwise be read, rendered and held in memory.
pub fn read_site_text_within(
    root: &Path,
    file: &Path,
    limit: Option<SizeLimit>,
    diags: &mut Diagnostics,
) -> Option<String> {
    let shown = &rel(root, file);
    if let Err(e) = crate::confine::check(root, file) {
        diags.error(shown, None, e);
        return None;
    }
    if let (Some(limit), Ok(meta)) = (limit, std::fs::metadata(file)) {
        if !limit.check(shown, meta.len(), diags) {
            return None;
        }
    }
    match std::fs::read(file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Some(text),
            Err(e) => {
                let line = line_of(
                    &String::from_utf8_lossy(&e.as_bytes()[..e.utf8_error().valid_up_to()]),
                    usize::MAX,
                );
                diags.error(
                    shown,
                    Some(line),
                    "the file is not valid UTF-8: save it as UTF-8",
                );
                None
            }
        },
        Err(e) => {
            // Not a problem on any line: the file itself is missing or unreadable.
            diags.error(shown, None, format_args!("cannot read the file: {e}"));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_one_based() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 99), 3);
    }

    #[test]
    fn the_line_index_agrees_with_line_of() {
        for text in ["", "a", "a\nb\nc", "\n\n", "ab\n\ncd\n"] {
            let index = LineIndex::new(text);
            for offset in 0..=text.len() + 2 {
                assert_eq!(
                    index.line(offset),
                    line_of(text, offset),
                    "{text:?} at {offset}"
                );
            }
        }
    }

    #[test]
    fn paths_are_shown_relative_to_the_site() {
        let root = Path::new("/srv/site");
        assert_eq!(
            rel(root, Path::new("/srv/site/content/guides/x/pl.md")),
            Path::new("content/guides/x/pl.md")
        );
        assert_eq!(
            rel(root, Path::new("/elsewhere/a.md")),
            Path::new("/elsewhere/a.md")
        );
    }

    #[test]
    fn toml_errors_name_line_and_column() {
        let text = "a = 1\nb = = 2\n";
        let e = toml::from_str::<toml::Value>(text).unwrap_err();
        let d = toml_error(Path::new("x.toml"), text, 1, &e);
        assert_eq!(d.line, Some(2));
        assert!(d.message.ends_with("(column 5)"), "{}", d.message);
        let d = toml_error(Path::new("x.md"), text, 3, &e);
        assert_eq!(d.line, Some(4));
    }

    #[test]
    fn control_characters_in_file_names_are_escaped() {
        let mut d = Diagnostics::default();
        d.error(Path::new("content/guides/new\nline/pl\t.md"), Some(1), "x");
        assert_eq!(
            d.to_string(),
            "content/guides/new\\nline/pl\\t.md:1: error: x\n"
        );
    }

    #[test]
    fn display_reads_like_a_compiler() {
        let mut d = Diagnostics::default();
        d.error(
            Path::new("content/guides/x/pl.md"),
            Some(3),
            "unknown topic `foo`",
        );
        assert_eq!(
            d.to_string(),
            "content/guides/x/pl.md:3: error: unknown topic `foo`\n"
        );
    }
}
