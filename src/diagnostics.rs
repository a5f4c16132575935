//! Problems found while loading the site's files.
//!
//! Loading never stops at the first problem: an editor fixing a translation wants every mistake at
//! once, each as `path:line:column: severity: message`, the way compilers report, so editors and CI
//! annotations (GitHub's problem matchers, GitLab's code quality) read them without a parser of
//! ours. Every diagnostic also carries a *hint* (what to do), kept apart from the message so that
//! `witaj check --format json` can give it its own field (the shape is in `docs/editors.md`). Modules turn their own typed
//! errors into [`Diagnostic`]s and push them into a [`Diagnostics`] list; the command line prints
//! it and `serve` refuses to start (or a reload keeps the old site) while it holds errors.

use std::fmt;
use std::path::{Path, PathBuf};

/// Whether a problem stops the site from being published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Published anyway, but an editor should look (an untranslated interface string, raw HTML).
    Warning,
    /// The site is not published until it is fixed.
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One problem, pinned to a file and, where known, a line and a column (both 1-based; the column
/// counts characters, as editors do).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Relative to the site folder, `/`-separated as written in the repository.
    #[serde(serialize_with = "serialize_path")]
    pub path: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// What is wrong.
    pub message: String,
    /// What to do about it, when the loader knows.
    pub hint: Option<String>,
}

fn serialize_path<S: serde::Serializer>(path: &Path, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&path.to_string_lossy())
}

impl Diagnostic {
    /// A diagnostic whose `message` may end in its hint, after `: ` or `; ` (see [`split_hint`]).
    pub fn new(
        severity: Severity,
        path: &Path,
        line: Option<usize>,
        message: impl fmt::Display,
    ) -> Diagnostic {
        let (message, hint) = split_hint(&message.to_string());
        Diagnostic {
            severity,
            path: path.to_path_buf(),
            line,
            column: None,
            message,
            hint,
        }
    }

    /// The same diagnostic at `column` of its line.
    pub fn at_column(mut self, column: Option<usize>) -> Diagnostic {
        self.column = column;
        self
    }

    /// The same diagnostic with `hint`, replacing one found in the message.
    pub fn with_hint(mut self, hint: impl fmt::Display) -> Diagnostic {
        self.hint = Some(hint.to_string());
        self
    }
}

impl fmt::Display for Diagnostic {
    /// `path:line:column: severity: message: hint`, on one line, so that a line is a problem.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", escape_path(&self.path))?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}: {}", self.severity.as_str(), self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, ": {hint}")?;
        }
        Ok(())
    }
}

/// The words a hint starts with. Loaders have always written a problem as "what is wrong: what to
/// do" (`unknown topic `x`: use one of ...`); splitting at the first `: ` or `; ` followed by one
/// of these verbs gives the two parts without touching each of the hundred messages, and a message
/// whose tail is data (`cannot read the file: No such file`) stays whole.
const HINT_STARTS: &[&str] = &[
    "add ",
    "after ",
    "change ",
    "check ",
    "choose ",
    "copy ",
    "correct ",
    "create ",
    "delete ",
    "edit ",
    "fix ",
    "give ",
    "keep ",
    "leave ",
    "link ",
    "list ",
    "make ",
    "move ",
    "name ",
    "put ",
    "raise ",
    "remove ",
    "rename ",
    "replace ",
    "review ",
    "run ",
    "save ",
    "see ",
    "set ",
    "shorten ",
    "split ",
    "translate ",
    "use ",
    "write ",
];

/// A message cut into the problem and the hint, as [`HINT_STARTS`] explains.
pub fn split_hint(message: &str) -> (String, Option<String>) {
    let bytes = message.as_bytes();
    for (i, pair) in bytes.windows(2).enumerate() {
        if (pair == b": " || pair == b"; ") && i > 0 {
            let tail = &message[i + 2..];
            if HINT_STARTS.iter().any(|v| tail.starts_with(v)) {
                return (message[..i].to_string(), Some(tail.to_string()));
            }
        }
    }
    (message.to_string(), None)
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

    /// Adds every diagnostic of `other`.
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    fn push(
        &mut self,
        severity: Severity,
        path: &Path,
        line: Option<usize>,
        message: impl fmt::Display,
    ) {
        self.items
            .push(Diagnostic::new(severity, path, line, message));
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

    /// Sorted by file, then line and column, so a report reads like a compiler's.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut all: Vec<&Diagnostic> = self.items.iter().collect();
        all.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
        all
    }

    /// The report as a JSON array, sorted as [`Diagnostics::sorted`]: `witaj check --format json`.
    pub fn to_json(&self) -> String {
        // Serialising plain strings and numbers cannot fail.
        serde_json::to_string_pretty(&self.sorted()).unwrap_or_else(|_| "[]".to_string())
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

/// The 1-based column (in characters) of a byte offset in `text`.
pub fn column_of(text: &str, offset: usize) -> usize {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let line_start = text[..end].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..end].chars().count() + 1
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
    let (message, hint) = toml_hint(err.message().trim_end());
    let d = match err.span() {
        Some(span) => {
            let line = first_line + line_of(text, span.start) - 1;
            Diagnostic::new(Severity::Error, path, Some(line), message)
                .at_column(Some(column_of(text, span.start)))
        }
        None => Diagnostic::new(Severity::Error, path, None, message),
    };
    d.with_hint(hint)
}

/// What to do about a TOML error, from the shape of its message: serde's `unknown field `x`,
/// expected one of …` (a misspelt key), `missing field `x`` (a required key), and otherwise a
/// syntax or type error, whose message already says what was expected at the column.
fn toml_hint(message: &str) -> (String, String) {
    if message.starts_with("unknown field")
        && let Some((field, expected)) = message.split_once(", expected ")
    {
        return (
            field.to_string(),
            format!("check the spelling; the known keys here are {expected}"),
        );
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return (
            message.to_string(),
            format!(
                "add `{} = ...` (docs/editors.md says what it holds)",
                field.trim().trim_matches('`')
            ),
        );
    }
    (
        message.to_string(),
        "fix the TOML at this column: text in \"quotes\", dates like 2026-11-23, lists in [ ] (https://toml.io)".to_string(),
    )
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

    /// The column of the value at `at` on its line.
    pub fn column<T>(&self, at: &toml::Spanned<T>) -> usize {
        column_of(self.text, at.span().start)
    }

    /// An error at the value `at`; the file will not be used.
    pub fn error<T>(&mut self, at: &toml::Spanned<T>, message: impl fmt::Display) {
        let line = self.line(at);
        let d = Diagnostic::new(Severity::Error, self.path, Some(line), message)
            .at_column(Some(self.column(at)));
        self.diags.add(d);
        self.failed = true;
    }

    /// An error on a line (or on the whole file, for `None`); the file will not be used.
    pub fn error_on(&mut self, line: Option<usize>, message: impl fmt::Display) {
        self.diags.error(self.path, line, message);
        self.failed = true;
    }

    /// An error at `column` of file line `line`; the file will not be used.
    pub fn error_at(&mut self, line: usize, column: usize, message: impl fmt::Display) {
        let d = Diagnostic::new(Severity::Error, self.path, Some(line), message)
            .at_column(Some(column));
        self.diags.add(d);
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
    if let (Some(limit), Ok(meta)) = (limit, std::fs::metadata(file))
        && !limit.check(shown, meta.len(), diags)
    {
        return None;
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
            diags.add(
                Diagnostic::new(
                    Severity::Error,
                    shown,
                    None,
                    format_args!("cannot read the file: {e}"),
                )
                .with_hint("check that the file exists and that the server's user may read it"),
            );
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
        assert_eq!((d.line, d.column), (Some(2), Some(5)));
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
    fn hints_are_split_from_messages() {
        assert_eq!(
            split_hint("unknown topic `x`: use one of a, b"),
            (
                "unknown topic `x`".to_string(),
                Some("use one of a, b".to_string())
            )
        );
        assert_eq!(
            split_hint("the file is 9 bytes, the limit is 1; split it"),
            (
                "the file is 9 bytes, the limit is 1".to_string(),
                Some("split it".to_string())
            )
        );
        assert_eq!(
            split_hint("cannot read the file: No such file"),
            ("cannot read the file: No such file".to_string(), None)
        );
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(column_of("ab\nżółw = x", 10), 5);
        assert_eq!(column_of("abc", 0), 1);
    }

    #[test]
    fn json_has_every_field() {
        let mut d = Diagnostics::default();
        d.add(
            Diagnostic::new(
                Severity::Warning,
                Path::new("a/b.md"),
                Some(3),
                "old: review it",
            )
            .at_column(Some(2)),
        );
        let v: serde_json::Value = serde_json::from_str(&d.to_json()).unwrap();
        assert_eq!(
            v,
            serde_json::json!([{"severity": "warning", "path": "a/b.md", "line": 3, "column": 2,
                "message": "old", "hint": "review it"}])
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
