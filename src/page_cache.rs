//! Pages rendered once per snapshot, kept as the bytes to send.
//!
//! The site is a pure function of its files, so a page that depends only on the snapshot need not
//! be rendered or compressed again until the next reload: its identity, gzip and brotli bodies and
//! its ETag are computed once (brotli at its best quality, since it is paid once) and every later
//! request is answered from them. The cache belongs to one snapshot (`reload::Snapshot` holds both),
//! so a reload swaps pages and site together and nothing stale can be served.
//!
//! Memory is bounded by bytes, not by entries: `moka` with a weigher counting every body, and its
//! TinyLFU admission keeps a flood of one-off entries from pushing out the pages people read. A miss
//! just renders again. A page whose text depends on the clock ("open now, closes at 15:30") carries
//! the instant its text may change (`valid_until`) and is rendered again after it.
//!
//! Nothing here knows HTTP: headers are kept as text, and `web/cached.rs` builds responses. The
//! static export (`export.rs`) writes the same bodies to files.

use std::io::Write;
use std::sync::{Arc, OnceLock};

use bytes::Bytes;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// What a snapshot's pages may weigh together unless configured otherwise: a few thousand pages
/// of tens of KB each with their compressed copies, well under the memory a small server has.
pub const DEFAULT_CAPACITY_BYTES: u64 = 128 * 1024 * 1024;

/// Bodies above this are kept and sent uncompressed: brotli's best quality costs about a second
/// per MB, and a page this large is a content problem, not one to optimise.
const MAX_COMPRESSED_BODY: usize = 2 * 1024 * 1024;

/// Below this, compression saves less than its headers cost.
const MIN_COMPRESSED_BODY: usize = 256;

/// What a cached answer is for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// A page at this path (requests with a query string are not cached: see `web/cached.rs`).
    Path(Box<str>),
    /// The 404 or 500 page, which depends only on its status and language.
    ErrorPage(u16),
}

/// Everything the bytes of an answer depend on besides the snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Key {
    pub target: Target,
    /// The language when it came from the reader's headers rather than the path (error pages,
    /// `/`); `None` when the path says it.
    pub lang: Option<Box<str>>,
    /// A per-visitor variant of an otherwise shared page (e.g. the reader's municipality, from a
    /// cookie); `None` for the page everybody gets.
    pub variant: Option<Box<str>>,
}

impl Key {
    pub fn path(path: &str) -> Key {
        Key {
            target: Target::Path(path.into()),
            lang: None,
            variant: None,
        }
    }

    pub fn error_page(status: u16, lang: &str, negotiated: bool) -> Key {
        Key {
            target: Target::ErrorPage(status),
            // Negotiated and prefixed answers differ in their `Vary`, so they are two entries.
            lang: Some(
                if negotiated {
                    format!("~{lang}")
                } else {
                    lang.to_string()
                }
                .into(),
            ),
            variant: None,
        }
    }

    fn weight(&self) -> usize {
        let target = match &self.target {
            Target::Path(p) => p.len(),
            Target::ErrorPage(_) => 2,
        };
        target
            + self.lang.as_ref().map_or(0, |l| l.len())
            + self.variant.as_ref().map_or(0, |v| v.len())
    }
}

/// One body in each encoding a browser may ask for. The compressed copies are made when first
/// asked for, once (brotli's best quality costs tens of milliseconds a page): a snapshot's pages
/// are rendered at start-up by the self-check, and compressing them all there made start-up
/// seconds long (issue 8). A compressed copy is absent when it would not be smaller.
#[derive(Debug)]
pub struct Bodies {
    pub identity: Bytes,
    /// Whether compressed copies are worth making (text, of a size worth it).
    worth: bool,
    gzip: OnceLock<Option<Bytes>>,
    brotli: OnceLock<Option<Bytes>>,
}

/// A compressor of a whole body.
type Compress = fn(&[u8]) -> Option<Vec<u8>>;

/// An encoding of a kept body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
}

impl Encoding {
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gzip",
        }
    }
}

impl Bodies {
    /// `identity`, to be compressed with gzip (best) and brotli (quality 11) when first asked for,
    /// if `compressible` (text, not an image) and worth it. Cheap.
    pub fn new(identity: Bytes, compressible: bool) -> Bodies {
        let worth =
            compressible && (MIN_COMPRESSED_BODY..=MAX_COMPRESSED_BODY).contains(&identity.len());
        Bodies {
            identity,
            worth,
            gzip: OnceLock::new(),
            brotli: OnceLock::new(),
        }
    }

    /// Whether the body may be sent compressed, so that answers vary by `Accept-Encoding`.
    pub fn varies(&self) -> bool {
        self.worth
    }

    /// The body in `encoding`, compressed now if this is the first time: CPU-heavy then, so
    /// call it off the async runtime unless [`Bodies::ready`] says it is done.
    pub fn encoded(&self, encoding: Encoding) -> Option<&Bytes> {
        if !self.worth {
            return None;
        }
        let (cell, compress): (_, Compress) = match encoding {
            Encoding::Gzip => (&self.gzip, gzip),
            Encoding::Brotli => (&self.brotli, brotli),
        };
        cell.get_or_init(|| {
            compress(&self.identity)
                .filter(|b| b.len() < self.identity.len())
                .map(Bytes::from)
        })
        .as_ref()
    }

    /// Whether `encoding` needs no compressing any more (made already, or never to be made).
    pub fn ready(&self, encoding: Encoding) -> bool {
        !self.worth
            || match encoding {
                Encoding::Gzip => self.gzip.get().is_some(),
                Encoding::Brotli => self.brotli.get().is_some(),
            }
    }

    /// At most what the bodies will weigh once compressed: a compressed copy is kept only when
    /// smaller than the page, so counting each at the page's size bounds the cache by bytes
    /// before the copies exist.
    fn weight(&self) -> usize {
        if self.worth {
            3 * self.identity.len()
        } else {
            self.identity.len()
        }
    }
}

/// Whether a body of this media type gains from compression.
pub fn compressible(content_type: &str) -> bool {
    let ct = content_type.trim_start();
    let image = ct.starts_with("image/") && !ct.starts_with("image/svg");
    let packed = ct.starts_with("font/woff") || ct.starts_with("application/zip");
    !image && !packed
}

fn gzip(data: &[u8]) -> Option<Vec<u8>> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(data).ok()?;
    enc.finish().ok()
}

fn brotli(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: brotli_window(data.len()),
        size_hint: data.len(),
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).ok()?;
    Some(out)
}

/// The smallest brotli window that holds `len` bytes (brotli allows 2^10 to 2^24): a window
/// larger than the page compresses it no better, but quality 11 sizes its tables by the window,
/// and a 4 MB window for a 30 KB page made every compression allocate, and the allocator keep,
/// memory for nothing (issue 8: RSS of the bundled site).
fn brotli_window(len: usize) -> i32 {
    // The window keeps 16 bytes for itself.
    let bits = usize::BITS - (len + 16).leading_zeros();
    bits.clamp(10, 24) as i32
}

/// The ETag of a body (the hex part of `W/"…"`): of the page, not of its compression, so every
/// encoding shares it.
pub fn etag_hex(body: &[u8]) -> String {
    Sha256::digest(body)
        .iter()
        .take(10)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// An answer kept as bytes.
#[derive(Debug)]
pub struct Rendered {
    pub status: u16,
    /// The answer's own headers (type, caching, `Vary`…), without those of its encoding.
    pub headers: Vec<(String, String)>,
    pub bodies: Bodies,
    pub etag: String,
    /// When its text may change (the next "open now" change); `None`: never within the snapshot.
    pub valid_until: Option<DateTime<Utc>>,
}

impl Rendered {
    /// Hashes `body` once (compressed copies are made when first asked for: [`Bodies::encoded`]).
    pub fn new(
        status: u16,
        headers: Vec<(String, String)>,
        body: Bytes,
        valid_until: Option<DateTime<Utc>>,
    ) -> Rendered {
        let content_type = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("content-type"))
            .map_or("", |(_, v)| v.as_str());
        let etag = etag_hex(&body);
        let bodies = Bodies::new(body, compressible(content_type));
        Rendered {
            status,
            headers,
            bodies,
            etag,
            valid_until,
        }
    }

    pub fn fresh_at(&self, now: DateTime<Utc>) -> bool {
        self.valid_until.is_none_or(|t| now < t)
    }

    fn weight(&self) -> usize {
        // The structs and the map's bookkeeping, roughly.
        const OVERHEAD: usize = 256;
        OVERHEAD
            + self.bodies.weight()
            + self.etag.len()
            + self
                .headers
                .iter()
                .map(|(n, v)| n.len() + v.len())
                .sum::<usize>()
    }
}

/// The pages of one snapshot. Disabled (nothing kept) for editors previewing with `serve --watch`.
pub struct PageCache {
    entries: Option<moka::sync::Cache<Key, Arc<Rendered>>>,
}

impl PageCache {
    /// A cache of at most `capacity_bytes` of bodies; `0` keeps nothing.
    pub fn new(capacity_bytes: u64) -> PageCache {
        if capacity_bytes == 0 {
            return PageCache { entries: None };
        }
        let entries = moka::sync::Cache::builder()
            .max_capacity(capacity_bytes)
            .weigher(|k: &Key, v: &Arc<Rendered>| {
                u32::try_from(k.weight() + v.weight()).unwrap_or(u32::MAX)
            })
            .build();
        PageCache {
            entries: Some(entries),
        }
    }

    pub fn is_enabled(&self) -> bool {
        self.entries.is_some()
    }

    /// The answer kept for `key`, if it is still true at `now`.
    pub fn get(&self, key: &Key, now: DateTime<Utc>) -> Option<Arc<Rendered>> {
        let hit = self.entries.as_ref()?.get(key)?;
        hit.fresh_at(now).then_some(hit)
    }

    pub fn insert(&self, key: Key, value: Arc<Rendered>) {
        if let Some(entries) = &self.entries {
            entries.insert(key, value);
        }
    }

    /// How many bytes the kept answers weigh now (after pending bookkeeping), for measurements.
    pub fn weighted_size(&self) -> u64 {
        self.entries.as_ref().map_or(0, |e| {
            e.run_pending_tasks();
            e.weighted_size()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brotli_windows_fit_the_page_and_every_size_round_trips() {
        assert_eq!(brotli_window(0), 10);
        assert_eq!(brotli_window(30_000), 15);
        assert_eq!(brotli_window(32_752), 16);
        assert_eq!(brotli_window(100 << 20), 24);
        for len in [0, 1, 1_000, 32_752, 70_000, 300_000] {
            let page: Vec<u8> = (0..len)
                .map(|i| b"<p>Witaj w Gda\xC5\x84sku</p>\n"[i % 24])
                .collect();
            let packed = brotli(&page).expect("brotli compresses");
            let mut unpacked = Vec::new();
            brotli::BrotliDecompress(&mut &packed[..], &mut unpacked).expect("it decompresses");
            assert_eq!(unpacked, page, "{len} bytes");
        }
    }

    fn page(text: &str, until: Option<DateTime<Utc>>) -> Arc<Rendered> {
        Arc::new(Rendered::new(
            200,
            vec![("content-type".into(), "text/html; charset=utf-8".into())],
            Bytes::from(text.to_string()),
            until,
        ))
    }

    #[test]
    fn compressed_copies_are_kept_only_when_smaller() {
        let long = "<p>Witaj w Gdańsku</p>\n".repeat(200);
        let r = page(&long, None);
        assert!(
            !r.bodies.ready(Encoding::Brotli),
            "compressed only when asked for"
        );
        let br = r.bodies.encoded(Encoding::Brotli).expect("brotli").clone();
        assert!(r.bodies.ready(Encoding::Brotli) && !r.bodies.ready(Encoding::Gzip));
        let gz = r.bodies.encoded(Encoding::Gzip).expect("gzip");
        assert!(br.len() < gz.len() && gz.len() < long.len());
        let tiny = page("<p>x</p>", None);
        assert!(tiny.bodies.encoded(Encoding::Gzip).is_none());
        assert!(tiny.bodies.encoded(Encoding::Brotli).is_none());
        assert!(!tiny.bodies.varies());
        let png = Rendered::new(
            200,
            vec![("Content-Type".into(), "image/png".into())],
            Bytes::from(vec![0u8; 4096]),
            None,
        );
        assert!(png.bodies.encoded(Encoding::Gzip).is_none());
    }

    #[test]
    fn the_etag_is_of_the_page_not_its_encoding() {
        let a = page(&"a".repeat(1000), None);
        assert_eq!(a.etag, etag_hex("a".repeat(1000).as_bytes()));
        assert_eq!(a.etag.len(), 20);
    }

    #[test]
    fn a_clock_bound_entry_expires_at_its_instant() {
        let t = chrono::DateTime::parse_from_rfc3339("2026-11-24T15:30:00+01:00")
            .unwrap()
            .with_timezone(&Utc);
        let cache = PageCache::new(1 << 20);
        cache.insert(Key::path("/pl/services/x"), page("open", Some(t)));
        assert!(
            cache
                .get(
                    &Key::path("/pl/services/x"),
                    t - chrono::Duration::seconds(1)
                )
                .is_some()
        );
        assert!(cache.get(&Key::path("/pl/services/x"), t).is_none());
    }

    #[test]
    fn memory_is_bounded_by_bytes() {
        let cache = PageCache::new(64 * 1024);
        let body = "x".repeat(10_000);
        for i in 0..100 {
            cache.insert(
                Key::path(&format!("/p/{i}")),
                Arc::new(Rendered::new(200, vec![], Bytes::from(body.clone()), None)),
            );
        }
        assert!(
            cache.weighted_size() <= 64 * 1024,
            "{}",
            cache.weighted_size()
        );
    }

    #[test]
    fn a_disabled_cache_keeps_nothing() {
        let cache = PageCache::new(0);
        cache.insert(Key::path("/"), page("x", None));
        assert!(cache.get(&Key::path("/"), Utc::now()).is_none());
        assert!(!cache.is_enabled());
    }

    #[test]
    fn keys_differ_by_language_origin_and_variant() {
        assert_ne!(
            Key::error_page(404, "uk", true),
            Key::error_page(404, "uk", false)
        );
        let mut mine = Key::path("/pl/");
        mine.variant = Some("gdansk".into());
        assert_ne!(mine, Key::path("/pl/"));
    }
}
