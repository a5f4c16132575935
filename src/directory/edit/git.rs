//! Committing an approved file with the `git` command line.
//!
//! Why the command line and not `git2` or `gix`: `git2` builds libgit2 (C, with its own TLS and
//! SSH stack) for the one operation we need; `gix` can write commits but its index and
//! work-tree handling would be a second implementation of what editors' own `git` does. The site
//! folder is an editors' checkout: the `git` they use reads its config, honours its attributes and
//! leaves the index as they expect. It runs with a cleared environment (only `PATH`, plus the
//! author), without the system's or the server user's global configuration, so what the server's
//! environment holds can neither change the commit nor leak into it.

use std::path::Path;
use std::process::Command;

/// Who approves an edit: the commit's author and committer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    pub name: String,
    pub email: String,
}

#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("cannot run git: {0}")]
    Spawn(std::io::Error),
    #[error("`git {args}` failed: {stderr}")]
    Failed { args: String, stderr: String },
}

/// Whether `root` is inside a git work tree. Any other failure of `git` (not installed, a
/// repository owned by another user) is an error, not "no repository": an approval must not
/// silently go uncommitted.
pub fn is_repository(root: &Path) -> Result<bool, GitError> {
    match git(root, &["rev-parse", "--is-inside-work-tree"], None) {
        Ok(out) => Ok(out.trim() == "true"),
        Err(GitError::Failed { stderr, .. }) if stderr.contains("not a git repository") => {
            Ok(false)
        }
        // No `git` on this machine is "no repository" only where there visibly is none.
        Err(GitError::Spawn(_)) => {
            let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
            if root.ancestors().any(|d| d.join(".git").exists()) {
                Err(GitError::Failed {
                    args: "rev-parse".into(),
                    stderr: "git cannot be run, but the site folder is in a git repository".into(),
                })
            } else {
                Ok(false)
            }
        }
        Err(e) => Err(e),
    }
}

/// Commits the file at `rel` (relative to `root`), and only it, with `editor` as author and
/// committer; the new commit's id.
pub fn commit_file(
    root: &Path,
    rel: &Path,
    editor: &Editor,
    message: &str,
) -> Result<String, GitError> {
    let rel = rel.to_string_lossy();
    git(root, &["add", "--", &rel], None)?;
    // `--no-verify`: the file has just passed the checks `witaj check` runs, and a hook written
    // for an editor's shell would run here without that shell's environment.
    git(
        root,
        &[
            "commit",
            "--quiet",
            "--no-verify",
            "--message",
            message,
            "--",
            &rel,
        ],
        Some(editor),
    )?;
    Ok(git(root, &["rev-parse", "HEAD"], None)?.trim().to_string())
}

/// Whether the file at `rel` differs from the last commit (changed, or new and not committed).
pub fn is_uncommitted(root: &Path, rel: &Path) -> Result<bool, GitError> {
    let rel = rel.to_string_lossy();
    Ok(!git(root, &["status", "--porcelain", "--", &rel], None)?
        .trim()
        .is_empty())
}

/// Puts the index entry of `rel` back as the last commit has it, after a failed commit.
pub fn unstage(root: &Path, rel: &Path) {
    let rel = rel.to_string_lossy();
    // Best effort: the caller is already reporting the failure that led here.
    let _ = git(root, &["reset", "--quiet", "--", &rel], None);
}

fn git(root: &Path, args: &[&str], author: Option<&Editor>) -> Result<String, GitError> {
    let mut cmd = Command::new("git");
    cmd.arg("-C").arg(root).args(args).env_clear();
    if let Some(path) = std::env::var_os("PATH") {
        cmd.env("PATH", path);
    }
    cmd.env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("LC_ALL", "C");
    if let Some(a) = author {
        for who in ["AUTHOR", "COMMITTER"] {
            cmd.env(format!("GIT_{who}_NAME"), &a.name)
                .env(format!("GIT_{who}_EMAIL"), &a.email);
        }
    }
    let out = cmd.output().map_err(GitError::Spawn)?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(GitError::Failed {
            args: args.first().copied().unwrap_or_default().to_string(),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        })
    }
}
