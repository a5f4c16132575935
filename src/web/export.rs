//! `witaj build --out DIR`: the reading part of the portal as files, for nginx or a CDN.
//!
//! Every page is requested from the very router `witaj serve` runs (in-process, no socket), once
//! per encoding, and the bodies are written as they came: `pl/guides/pesel/index.html` with
//! `index.html.gz` and `index.html.br` beside it. The files are therefore byte for byte what the
//! server sends, and there is no second renderer to drift.
//!
//! A page whose text depends on the clock (it says whether a service is open now: service pages,
//! the services list, a guide citing services, a municipality's offices) is left out: a file would
//! say "open" forever. nginx passes those to `witaj serve` (`docs/deploy.md`), which renders them
//! once per change of state. So are the dynamic routes (search, filters, the API, `/`).

use std::path::{Path, PathBuf};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use tower::ServiceExt;

use super::cached::ValidUntil;
use super::{AppState, router};
use crate::site::Site;
use crate::urls;

/// Written into the output folder, so that a later build may clear it: a folder without it is
/// never emptied.
pub const MARKER: &str = ".witaj-build";

/// What a build wrote.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Built {
    /// Pages written (each with its compressed copies when they are smaller).
    pub pages: usize,
    /// Fingerprinted static files, `sitemap.xml`, `robots.txt`.
    pub files: usize,
    /// Pages left to `witaj serve` because they say whether a service is open now.
    pub clock_dependent: Vec<String>,
    /// Every file written, compressed copies included.
    pub bytes: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("{0} is not empty and was not written by `witaj build`; choose an empty folder")]
    NotOurs(PathBuf),
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{url} answered {status}")]
    Page { url: String, status: StatusCode },
    #[error("{url}: {message}")]
    Request { url: String, message: String },
}

/// Every address the export asks for, in a stable order: the pages of each language, then the
/// files outside the languages. Addresses that answer 404 (a topic without guides in that
/// language, say) are skipped.
pub fn addresses(site: &Site) -> Vec<String> {
    let mut out = Vec::new();
    for lang in site.config.codes() {
        out.push(urls::home(lang));
        out.extend(site.config.topics.iter().map(|t| urls::topic(lang, t)));
        out.extend(site.content.guides.keys().map(|s| urls::guide(lang, s)));
        out.push(urls::accessibility(lang));
        out.push(urls::services(lang));
        out.extend(
            site.directory
                .services
                .keys()
                .map(|id| urls::service(lang, id)),
        );
        out.push(urls::municipalities(lang));
        out.extend(
            site.municipalities
                .places
                .keys()
                .map(|id| urls::municipality(lang, id)),
        );
    }
    out.push("/sitemap.xml".into());
    out.push("/robots.txt".into());
    out.extend(site.theme.assets.names().map(|n| format!("/static/{n}")));
    out
}

/// Where the body of `url` goes under `out`: pages as `…/index.html`, files under their own name.
pub fn file_for(out: &Path, url: &str) -> PathBuf {
    let rel = url.trim_start_matches('/');
    if is_file(url) {
        out.join(rel)
    } else {
        out.join(rel).join("index.html")
    }
}

fn is_file(url: &str) -> bool {
    url.starts_with("/static/") || url == "/sitemap.xml" || url == "/robots.txt"
}

/// Writes the site served by `state` into `out` (see the module's doc).
pub async fn build(state: AppState, out: &Path) -> Result<Built, BuildError> {
    prepare(out)?;
    let site = state.site();
    let app = router(state);
    let mut built = Built::default();
    for url in addresses(&site) {
        let plain = get(&app, &url, None).await?;
        if plain.status == StatusCode::NOT_FOUND {
            continue;
        }
        if plain.status != StatusCode::OK {
            return Err(BuildError::Page {
                url,
                status: plain.status,
            });
        }
        if plain.clock_dependent {
            built.clock_dependent.push(url);
            continue;
        }
        let path = file_for(out, &url);
        built.bytes += write(&path, &plain.body)?;
        for (encoding, ext) in [("br", "br"), ("gzip", "gz")] {
            let coded = get(&app, &url, Some(encoding)).await?;
            if coded.encoding.as_deref() == Some(encoding) {
                let mut name = path.clone().into_os_string();
                name.push(format!(".{ext}"));
                built.bytes += write(Path::new(&name), &coded.body)?;
            }
        }
        if is_file(&url) {
            built.files += 1;
        } else {
            built.pages += 1;
        }
    }
    Ok(built)
}

struct Fetched {
    status: StatusCode,
    encoding: Option<String>,
    clock_dependent: bool,
    body: bytes::Bytes,
}

async fn get(app: &Router, url: &str, encoding: Option<&str>) -> Result<Fetched, BuildError> {
    let failed = |message: String| BuildError::Request {
        url: url.to_string(),
        message,
    };
    let mut req = Request::get(url);
    if let Some(e) = encoding {
        req = req.header(header::ACCEPT_ENCODING, e);
    }
    let req = req.body(Body::empty()).map_err(|e| failed(e.to_string()))?;
    let resp = app
        .clone()
        .oneshot(req)
        .await
        .map_err(|e| failed(e.to_string()))?;
    let status = resp.status();
    let encoding = resp
        .headers()
        .get(header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let clock_dependent = resp.extensions().get::<ValidUntil>().is_some();
    let body = axum::body::to_bytes(resp.into_body(), usize::MAX)
        .await
        .map_err(|e| failed(e.to_string()))?;
    Ok(Fetched {
        status,
        encoding,
        clock_dependent,
        body,
    })
}

/// Creates `out`, or empties it when an earlier build wrote it.
fn prepare(out: &Path) -> Result<(), BuildError> {
    let io = |source| BuildError::Io {
        path: out.to_path_buf(),
        source,
    };
    if out.exists() {
        let empty = std::fs::read_dir(out).map_err(io)?.next().is_none();
        if !empty {
            if !out.join(MARKER).is_file() {
                return Err(BuildError::NotOurs(out.to_path_buf()));
            }
            std::fs::remove_dir_all(out).map_err(io)?;
        }
    }
    std::fs::create_dir_all(out).map_err(io)?;
    std::fs::write(
        out.join(MARKER),
        "written by `witaj build`; emptied by the next one\n",
    )
    .map_err(io)
}

fn write(path: &Path, bytes: &[u8]) -> Result<u64, BuildError> {
    let io = |source| BuildError::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    std::fs::write(path, bytes).map_err(io)?;
    Ok(bytes.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::file_for;
    use std::path::Path;

    #[test]
    fn pages_become_index_files_and_files_keep_their_names() {
        let out = Path::new("/out");
        assert_eq!(file_for(out, "/pl/"), Path::new("/out/pl/index.html"));
        assert_eq!(
            file_for(out, "/uk/guides/pesel"),
            Path::new("/out/uk/guides/pesel/index.html")
        );
        assert_eq!(
            file_for(out, "/static/style.1a2b3c4d.css"),
            Path::new("/out/static/style.1a2b3c4d.css")
        );
        assert_eq!(file_for(out, "/sitemap.xml"), Path::new("/out/sitemap.xml"));
    }
}
