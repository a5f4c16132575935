//! A test site as the editors' checkout it is in production: a git repository, for the tests of
//! approvals and "still correct", which commit (`tests/directory/edit.rs`,
//! `tests/accounts/moderation.rs`).

use std::path::Path;
use std::process::Command;

use super::TestSite;

/// Runs `git -C root <args>` as a set-up author, failing the test with git's message if it fails;
/// its output, trimmed.
#[track_caller]
pub fn git(root: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args([
            "-c",
            "user.name=Setup",
            "-c",
            "user.email=setup@example.org",
        ])
        .args(args)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

impl TestSite {
    /// Makes the site folder, as it is now, a git repository with one commit ("the site"). The
    /// store's folder (`state/`) is ignored, as a deployment ignores it, so a test that keeps its
    /// SQLite file there still finds `git status` clean after an approval.
    #[track_caller]
    pub fn git_repo(&self) -> &Self {
        let root = self.path();
        std::fs::write(root.join(".gitignore"), "state/\n").unwrap();
        git(root, &["init", "-q"]);
        git(root, &["add", "-A"]);
        git(root, &["commit", "-qm", "the site"]);
        self
    }
}
