//! Static files under fingerprinted names (`style.3f1c9a0b.css`), so browsers may cache them for a
//! year: a changed file gets a new name. Files are small and read once into memory at load.

use std::collections::HashMap;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::diagnostics::{Diagnostics, SizeLimit};
use crate::fs;

pub const STATIC_DIR: &str = "static";

#[derive(Debug, Clone)]
pub struct Asset {
    /// Shared, so serving a file does not copy it.
    pub bytes: bytes::Bytes,
    pub content_type: &'static str,
}

#[derive(Debug, Default)]
pub struct Assets {
    /// Logical name (`style.css`) to URL (`/static/style.3f1c9a0b.css`).
    urls: HashMap<String, String>,
    /// Fingerprinted file name to contents.
    files: HashMap<String, Asset>,
}

impl Assets {
    /// Reads every file under `static/`; one bigger than `limit` is an error and left out.
    pub fn load(root: &Path, limit: SizeLimit, diags: &mut Diagnostics) -> Assets {
        let mut assets = Assets::default();
        let dir = root.join(STATIC_DIR);
        for file in fs::files_under(root, &dir, &|_| false, diags) {
            let Ok(logical) = file.path.strip_prefix(&dir) else {
                continue;
            };
            if let Ok(meta) = std::fs::metadata(&file.path)
                && !limit.check(&file.rel, meta.len(), diags)
            {
                continue;
            }
            let logical = logical.to_string_lossy().replace('\\', "/");
            match std::fs::read(&file.path) {
                Ok(bytes) => assets.insert(&logical, bytes),
                Err(e) => diags.error(
                    &file.rel,
                    None,
                    format_args!(
                        "cannot read: {e}; check that the server's user may read the file"
                    ),
                ),
            }
        }
        assets
    }

    fn insert(&mut self, logical: &str, bytes: Vec<u8>) {
        let digest = Sha256::digest(&bytes);
        let fp: String = digest.iter().take(4).map(|b| format!("{b:02x}")).collect();
        let fingerprinted = match logical.rsplit_once('.') {
            Some((stem, ext)) => format!("{stem}.{fp}.{ext}"),
            None => format!("{logical}.{fp}"),
        };
        let content_type = content_type(logical);
        self.urls
            .insert(logical.to_string(), format!("/static/{fingerprinted}"));
        self.files.insert(
            fingerprinted,
            Asset {
                bytes: bytes.into(),
                content_type,
            },
        );
    }

    pub fn url(&self, logical: &str) -> Option<&str> {
        self.urls.get(logical).map(String::as_str)
    }

    pub fn get(&self, fingerprinted: &str) -> Option<&Asset> {
        self.files.get(fingerprinted)
    }

    /// Every fingerprinted file name, sorted (for the static export).
    pub fn names(&self) -> impl Iterator<Item = &str> {
        let mut names: Vec<&str> = self.files.keys().map(String::as_str).collect();
        names.sort_unstable();
        names.into_iter()
    }
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, e)| e) {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("webmanifest") => "application/manifest+json",
        Some("txt") => "text/plain; charset=utf-8",
        Some("woff2") => "font/woff2",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_a_content_fingerprint() {
        let mut a = Assets::default();
        a.insert("style.css", b"body{}".to_vec());
        let url = a.url("style.css").unwrap().to_string();
        assert!(
            url.starts_with("/static/style.") && url.ends_with(".css"),
            "{url}"
        );
        let name = url.trim_start_matches("/static/");
        assert_eq!(a.get(name).unwrap().content_type, "text/css; charset=utf-8");
        let mut b = Assets::default();
        b.insert("style.css", b"body{color:red}".to_vec());
        assert_ne!(b.url("style.css").unwrap(), url);
    }
}
