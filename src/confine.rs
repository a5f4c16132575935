//! Keeping every read inside the site folder.
//!
//! A symbolic link in `static/` to `/etc/passwd` was once published at `/static/passwd.….txt`, and
//! `static/etc -> /etc` made the loader read all of `/etc`. The site is a pure function of *its*
//! files, so a path that resolves outside the site folder is never read: the walker
//! ([`crate::fs`]) and the single-file reader ([`crate::diagnostics::read_site_text`]) ask here
//! first, and report the link by its path relative to the site. Links that stay inside the site
//! (a translation sharing an image) keep working.

use std::io;
use std::path::Path;

/// Why a path of the site may not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Escape {
    #[error(
        "a symbolic link that leads outside the site folder: it is not read; copy the file into the site instead"
    )]
    Outside,
    #[error("a symbolic link to nothing (its target does not exist): remove it or fix its target")]
    Dangling,
    #[error("a symbolic link that loops (it leads back to a folder it is in): remove it")]
    Loop,
}

/// Checks that `path`, under the site folder `root`, resolves inside `root` and is not a link
/// that loops. A path that simply does not exist passes: reading it reports that, as before.
pub fn check(root: &Path, path: &Path) -> Result<(), Escape> {
    let is_link = path.symlink_metadata().is_ok_and(|m| m.is_symlink());
    let resolved = match path.canonicalize() {
        Ok(p) => p,
        Err(e) if is_link || is_loop_error(&e) => {
            return Err(if is_loop_error(&e) {
                Escape::Loop
            } else {
                Escape::Dangling
            });
        }
        // Missing, or below a missing folder: not a link problem.
        Err(_) => return Ok(()),
    };
    let Ok(root) = root.canonicalize() else {
        return Ok(());
    };
    if !resolved.starts_with(&root) {
        return Err(Escape::Outside);
    }
    // A link to a folder that contains the link (`static/loop -> .`) would be walked forever.
    if is_link && resolved.is_dir() {
        let parent = path
            .parent()
            .and_then(|p| p.canonicalize().ok())
            .unwrap_or_default();
        if parent.starts_with(&resolved) {
            return Err(Escape::Loop);
        }
    }
    Ok(())
}

fn is_loop_error(e: &io::Error) -> bool {
    // ELOOP; `io::ErrorKind::FilesystemLoop` is not stable yet.
    e.raw_os_error() == Some(40) || e.to_string().contains("symbolic links")
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn links_out_of_the_site_dangling_and_looping_are_refused() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), "x").unwrap();
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        std::fs::create_dir_all(root.join("static")).unwrap();
        std::fs::write(root.join("static/a.css"), "").unwrap();
        symlink(outside.path().join("secret"), root.join("static/out")).unwrap();
        symlink(outside.path(), root.join("static/outdir")).unwrap();
        symlink(root.join("nowhere"), root.join("static/gone")).unwrap();
        symlink(".", root.join("static/loop")).unwrap();
        symlink("self", root.join("static/self")).unwrap();
        symlink("a.css", root.join("static/inside.css")).unwrap();
        assert_eq!(check(root, &root.join("static/a.css")), Ok(()));
        assert_eq!(check(root, &root.join("static/inside.css")), Ok(()));
        assert_eq!(check(root, &root.join("static/missing")), Ok(()));
        assert_eq!(check(root, &root.join("static/out")), Err(Escape::Outside));
        assert_eq!(
            check(root, &root.join("static/outdir")),
            Err(Escape::Outside)
        );
        assert_eq!(
            check(root, &root.join("static/gone")),
            Err(Escape::Dangling)
        );
        assert_eq!(check(root, &root.join("static/loop")), Err(Escape::Loop));
        assert_eq!(check(root, &root.join("static/self")), Err(Escape::Loop));
    }
}
