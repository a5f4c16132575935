//! Reading the site folder and writing back into it, in the style of mdBook's `utils/fs.rs`.
//!
//! Every loader walks folders the same way: entries sorted by name (so diagnostics and search
//! results do not depend on the file system's order), dotfiles skipped (editors' `.DS_Store` and
//! swap files are not content), and every path reported relative to the site folder, as editors
//! see it in their checkout, never as an absolute path of the server.

use std::io;
use std::path::{Path, PathBuf};

use crate::confine;
use crate::diagnostics::{Diagnostics, rel};

/// A file or folder of the site.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The path to open.
    pub path: PathBuf,
    /// The same path relative to the site folder: the one diagnostics name.
    pub rel: PathBuf,
    /// The last component, lossily as UTF-8 (`pesel`, `uk.md`).
    pub name: String,
    pub is_dir: bool,
}

/// The entries of `dir`, a folder of the site `root`: sorted by name, dotfiles left out.
///
/// A symbolic link that leads out of the site, dangles or loops is reported as an error on its
/// relative path and left out ([`crate::confine`]); so is `dir` itself when it is such a link
/// (`static -> /etc`), and then there are no entries.
pub fn entries(root: &Path, dir: &Path, diags: &mut Diagnostics) -> io::Result<Vec<Entry>> {
    if let Err(e) = confine::check(root, dir) {
        diags.error(&rel(root, dir), None, e);
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let rel = rel(root, &path);
        if entry.file_type()?.is_symlink()
            && let Err(e) = confine::check(root, &path)
        {
            diags.error(&rel, None, e);
            continue;
        }
        out.push(Entry {
            rel,
            is_dir: path.is_dir(),
            name,
            path,
        });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// Like [`entries`], with an unreadable folder reported as an error on the folder's relative path
/// (and no entries).
pub fn entries_or_report(root: &Path, dir: &Path, diags: &mut Diagnostics) -> Vec<Entry> {
    entries(root, dir, diags).unwrap_or_else(|e| {
        diags.error(
            &rel(root, dir),
            None,
            format_args!("cannot read the folder: {e}; check that it exists and that the server's user may read it"),
        );
        Vec::new()
    })
}

/// Every file under `dir`, depth first in name order, skipping dotfiles and whatever `skip`
/// refuses (a file or a whole folder). Unreadable folders are reported.
pub fn files_under(
    root: &Path,
    dir: &Path,
    skip: &dyn Fn(&Entry) -> bool,
    diags: &mut Diagnostics,
) -> Vec<Entry> {
    let mut out = Vec::new();
    for entry in entries_or_report(root, dir, diags) {
        if skip(&entry) {
            continue;
        }
        if entry.is_dir {
            out.extend(files_under(root, &entry.path, skip, diags));
        } else {
            out.push(entry);
        }
    }
    out
}

/// Replaces `path` with `contents` so that a reader (or a crash) sees the old file or the new one,
/// never half of each: a temporary file in the same folder, renamed over the original. The
/// original's permissions are kept, since the temporary file is created readable by its owner
/// only.
pub fn write_atomic(path: &Path, contents: &str) -> io::Result<()> {
    use std::io::Write as _;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(contents.as_bytes())?;
    if let Ok(meta) = std::fs::metadata(path) {
        tmp.as_file().set_permissions(meta.permissions())?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A folder of records, one `<id>.toml` file per record (services, municipalities), named for
/// its messages.
pub struct RecordFolder<'a> {
    /// What one record is (`service`, `municipality`).
    pub what: &'a str,
    /// What the folder holds one file per (`service`, `municipality or county`).
    pub one_per: &'a str,
    /// A well-named file, for the message about a bad name (`mopr-gdansk.toml`).
    pub example: &'a str,
}

/// Every record file under `dir` in path order, with its id. Other files are reported as ignored,
/// `_`-files (`_languages.toml`, `_drafts/`) and the README skipped; a name that is not a valid id,
/// or an id used twice (in any subfolder), is an error naming the file, and the file is left out.
pub fn record_files(
    root: &Path,
    dir: &Path,
    folder: &RecordFolder,
    diags: &mut Diagnostics,
) -> Vec<(Entry, String)> {
    let skip = |e: &Entry| e.name.starts_with('_') || e.name == "README.md";
    let mut files: Vec<Entry> = Vec::new();
    for file in files_under(root, dir, &skip, diags) {
        if file.name.ends_with(".toml") {
            files.push(file);
        } else {
            diags.warning(
                &file.rel,
                None,
                format_args!(
                    "ignored: this folder holds only `<id>.toml` files, one per {}; move or remove this one",
                    folder.one_per
                ),
            );
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let mut first_seen: std::collections::BTreeMap<String, PathBuf> = Default::default();
    let mut records = Vec::with_capacity(files.len());
    for file in files {
        let id = file
            .name
            .strip_suffix(".toml")
            .unwrap_or(&file.name)
            .to_string();
        if !crate::validate::is_slug(&id) {
            diags.error(
                &file.rel,
                None,
                format_args!(
                    "`{id}` is not a valid {} id: name the file with lower-case ASCII letters, digits and hyphens, e.g. `{}`",
                    folder.what, folder.example
                ),
            );
            continue;
        }
        if let Some(first) = first_seen.get(&id) {
            diags.error(
                &file.rel,
                None,
                format_args!(
                    "duplicate {} id `{id}`: {} has the same name; rename one of the files, as ids must be unique across all folders",
                    folder.what,
                    first.display()
                ),
            );
            continue;
        }
        first_seen.insert(id.clone(), file.rel.clone());
        records.push((file, id));
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_sorted_relative_and_without_dotfiles() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("content");
        std::fs::create_dir_all(dir.join("b")).unwrap();
        for f in ["c.md", "a.md", ".swp", "b/x.toml", "b/.hidden"] {
            std::fs::write(dir.join(f), "").unwrap();
        }
        let names: Vec<_> = entries(root.path(), &dir, &mut Diagnostics::default())
            .unwrap()
            .into_iter()
            .map(|e| (e.name, e.rel, e.is_dir))
            .collect();
        assert_eq!(
            names,
            [
                ("a.md".into(), PathBuf::from("content/a.md"), false),
                ("b".into(), PathBuf::from("content/b"), true),
                ("c.md".into(), PathBuf::from("content/c.md"), false),
            ]
        );
        let files: Vec<_> = files_under(
            root.path(),
            &dir,
            &|e| e.name == "c.md",
            &mut Diagnostics::default(),
        )
        .into_iter()
        .map(|e| e.rel)
        .collect();
        assert_eq!(
            files,
            [
                PathBuf::from("content/a.md"),
                PathBuf::from("content/b/x.toml")
            ]
        );
    }

    #[cfg(unix)]
    #[test]
    fn links_out_of_the_site_are_reported_by_their_relative_path_and_not_walked() {
        use std::os::unix::fs::symlink;
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("passwd"), "root:x:0:0").unwrap();
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        let dir = root.join("static");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.css"), "").unwrap();
        symlink(outside.path().join("passwd"), dir.join("passwd.txt")).unwrap();
        symlink(outside.path(), dir.join("etc")).unwrap();
        symlink(".", dir.join("loop")).unwrap();
        symlink("gone", dir.join("gone.css")).unwrap();
        let mut d = Diagnostics::default();
        let files: Vec<_> = files_under(root, &dir, &|_| false, &mut d)
            .into_iter()
            .map(|e| e.rel)
            .collect();
        assert_eq!(files, [PathBuf::from("static/a.css")]);
        let report = d.to_string();
        for line in [
            "static/etc: error: a symbolic link that leads outside the site folder",
            "static/gone.css: error: a symbolic link to nothing",
            "static/loop: error: a symbolic link that loops",
            "static/passwd.txt: error: a symbolic link that leads outside the site folder",
        ] {
            assert!(report.contains(line), "{line}\n{report}");
        }
        assert!(!report.contains(&*root.to_string_lossy()), "{report}");
        // The walked folder itself can be the link.
        std::fs::remove_dir_all(&dir).unwrap();
        symlink(outside.path(), &dir).unwrap();
        let mut d = Diagnostics::default();
        assert!(files_under(root, &dir, &|_| false, &mut d).is_empty());
        assert!(
            d.to_string()
                .starts_with("static: error: a symbolic link that leads outside"),
            "{d}"
        );
    }

    #[test]
    fn an_unreadable_folder_is_named_relative_to_the_site() {
        let root = tempfile::tempdir().unwrap();
        let mut d = Diagnostics::default();
        assert!(entries_or_report(root.path(), &root.path().join("static"), &mut d).is_empty());
        assert!(
            d.to_string()
                .starts_with("static: error: cannot read the folder"),
            "{d}"
        );
    }

    #[test]
    fn atomic_writes_replace_the_file_and_keep_its_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("uk.md");
        std::fs::write(&path, "old").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
        write_atomic(&path, "new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o644);
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
