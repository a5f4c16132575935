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
        write!(f, "{}", self.path.display())?;
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

/// `path` relative to the site folder `root`, as editors see it and as every diagnostic names it;
/// a path outside `root` is returned whole.
pub fn rel(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

/// Reads `file`, a file of the site folder `root`, as UTF-8; a missing or non-UTF-8 file is a
/// diagnostic that names it relative to `root`, like every other problem.
pub fn read_site_text(root: &Path, file: &Path, diags: &mut Diagnostics) -> Option<String> {
    read_text_as(file, &rel(root, file), diags)
}

/// Reads a file as UTF-8, reporting a missing or non-UTF-8 file as a diagnostic on `path` as
/// given. For a file of the site prefer [`read_site_text`], which names it as editors see it.
pub fn read_text(path: &Path, diags: &mut Diagnostics) -> Option<String> {
    read_text_as(path, path, diags)
}

fn read_text_as(file: &Path, shown: &Path, diags: &mut Diagnostics) -> Option<String> {
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
