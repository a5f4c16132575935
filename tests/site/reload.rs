//! Reload without downtime (issue 9, point 4): the real `witaj serve` binary, hammered by client
//! tasks on kept-alive connections while it is sent SIGHUP 22 times — 20 good changes, one broken
//! file (the old site keeps serving and the log names the file and line), then the fix. Not one
//! request may fail, and each good change must be served once its reload is done. A request that
//! was never sent because the server had just closed its kept-alive connection is sent again on a
//! new one, as a browser does; the count is printed (`-- --nocapture`), and every other error or
//! status but 200 fails the test.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Empty};
use hyper::Request;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

use crate::common::{TestSite, repo_root};

/// The mix the clients ask for: every kind of page, the API, search and the machines' files.
const PATHS: [&str; 9] = [
    "/pl/",
    "/pl/guides/gamma",
    "/uk/guides/alpha",
    "/ar/topics/documents",
    "/en/search?q=alfa",
    "/api/services",
    "/api/search?q=alfa&lang=pl",
    "/sitemap.xml",
    "/healthz",
];

const CLIENTS: usize = 6;
const GOOD_RELOADS: usize = 20;
/// Generous: the machine that runs the tests may be busy, and the binary is a debug build.
const PATIENCE: Duration = Duration::from_secs(90);

/// `witaj serve` on a free port, its log collected.
struct Server {
    child: Child,
    addr: SocketAddr,
    log: Arc<Mutex<String>>,
}

impl Server {
    fn start(site: &TestSite) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_witaj"))
            .arg("--root")
            .arg(site.path())
            .arg("--state")
            .arg(site.path().join("state.sqlite3"))
            .args(["serve", "--bind", "127.0.0.1:0"])
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start witaj serve");
        let log = Arc::new(Mutex::new(String::new()));
        let stderr = child.stderr.take().unwrap();
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let mut log = sink.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some((_, addr)) = line.split_once(" at http://") {
                    let _ = tx.send(addr.trim().to_string());
                }
            }
        });
        let addr = rx
            .recv_timeout(PATIENCE)
            .unwrap_or_else(|_| panic!("witaj serve did not start:\n{}", log.lock().unwrap()));
        Server {
            child,
            addr: addr.parse().unwrap(),
            log,
        }
    }

    fn signal(&self, name: &str) {
        let ok = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.child.id().to_string())
            .status()
            .expect("run kill")
            .success();
        assert!(ok, "kill -{name} failed");
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Only if the test failed before stopping it: our own child, by its id.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One GET on a fresh connection: the status and the body.
async fn get(addr: SocketAddr, path: &str) -> Result<(u16, String), String> {
    let stream = TcpStream::connect(addr).await.map_err(|e| e.to_string())?;
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| e.to_string())?;
    tokio::spawn(conn);
    let req = Request::get(path)
        .header("host", "127.0.0.1")
        .body(Empty::<Bytes>::new())
        .unwrap();
    let resp = sender.send_request(req).await.map_err(|e| e.to_string())?;
    let status = resp.status().as_u16();
    let body = resp
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?;
    Ok((
        status,
        String::from_utf8_lossy(&body.to_bytes()).into_owned(),
    ))
}

/// What the clients saw.
#[derive(Default)]
struct Tally {
    ok: AtomicU64,
    failed: AtomicU64,
    /// Requests never sent because the server had closed the kept-alive connection just before:
    /// sent again on a new connection, as browsers and hyper's pooled client do (RFC 9112, 9.3.1).
    resent: AtomicU64,
    first_failure: Mutex<Option<String>>,
}

impl Tally {
    fn fail(&self, what: String) {
        self.failed.fetch_add(1, Ordering::SeqCst);
        self.first_failure.lock().unwrap().get_or_insert(what);
    }
}

/// One client: requests one after another on a kept-alive connection, until `stop`. Any error, on
/// connecting, sending or reading, and any status but 200 is a failed request.
async fn client(addr: SocketAddr, n: usize, stop: Arc<AtomicBool>, tally: Arc<Tally>) {
    let mut i = n;
    while !stop.load(Ordering::SeqCst) {
        let stream = match TcpStream::connect(addr).await {
            Ok(s) => s,
            Err(e) => {
                tally.fail(format!("connect: {e}"));
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let Ok((mut sender, conn)) =
            hyper::client::conn::http1::handshake(TokioIo::new(stream)).await
        else {
            tally.fail("handshake".into());
            continue;
        };
        let conn_tally = tally.clone();
        let opened = Instant::now();
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                conn_tally.fail(format!(
                    "connection: {e:?} ({:?} after connecting)",
                    opened.elapsed()
                ));
            }
        });
        while !stop.load(Ordering::SeqCst) {
            let path = PATHS[i % PATHS.len()];
            i += 1;
            let req = Request::get(path)
                .header("host", "127.0.0.1")
                .header("accept-encoding", "gzip")
                .body(Empty::<Bytes>::new())
                .unwrap();
            match sender.send_request(req).await {
                Ok(resp) => {
                    let status = resp.status();
                    match resp.into_body().collect().await {
                        Ok(_) if status == 200 => {
                            tally.ok.fetch_add(1, Ordering::SeqCst);
                        }
                        Ok(_) => tally.fail(format!("{path}: {status}")),
                        Err(e) => {
                            tally.fail(format!("{path}: body: {e}"));
                            break;
                        }
                    }
                }
                Err(e) if e.is_canceled() => {
                    tally.resent.fetch_add(1, Ordering::SeqCst);
                    i -= 1;
                    break;
                }
                Err(e) => {
                    tally.fail(format!(
                        "{path}: {e} ({:?} after connecting)",
                        opened.elapsed()
                    ));
                    break;
                }
            }
        }
    }
}

/// Polls `check` every 50 ms until it holds or `PATIENCE` runs out.
async fn eventually(what: &str, mut check: impl AsyncFnMut() -> bool) {
    let started = Instant::now();
    while started.elapsed() < PATIENCE {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{what}: not within {PATIENCE:?}");
}

async fn serves(addr: SocketAddr, marker: &str) -> bool {
    matches!(get(addr, "/pl/guides/gamma").await, Ok((200, body)) if body.contains(marker))
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_reloads_under_load_fail_no_request() {
    let site = TestSite::fixture("site");
    let original =
        std::fs::read_to_string(repo_root().join("tests/fixtures/site/content/guides/gamma/pl.md"))
            .unwrap();
    let with_marker = |marker: &str| format!("{original}\n{marker}\n");
    let server = Server::start(&site);
    let addr = server.addr;

    let stop = Arc::new(AtomicBool::new(false));
    let tally = Arc::new(Tally::default());
    let clients: Vec<_> = (0..CLIENTS)
        .map(|n| tokio::spawn(client(addr, n, stop.clone(), tally.clone())))
        .collect();
    eventually("the clients get answers", async || {
        tally.ok.load(Ordering::SeqCst) > 50
    })
    .await;

    for n in 1..=GOOD_RELOADS {
        let marker = format!("WERSJA-{n}-GOTOWA");
        site.write("content/guides/gamma/pl.md", &with_marker(&marker));
        server.signal("HUP");
        eventually(&format!("reload {n} is served"), async || {
            serves(addr, &marker).await
        })
        .await;
    }

    // A broken file: the reload is refused, the log names the file and line, the last good
    // version keeps serving.
    let broken =
        with_marker("ZEPSUTA-WERSJA").replace("topics = [\"health\"]", "topics = [\"health\"");
    site.write("content/guides/gamma/pl.md", &broken);
    server.signal("HUP");
    eventually("the broken reload is logged", async || {
        server
            .log()
            .contains("not reloaded, still serving the previous version")
    })
    .await;
    let log = server.log();
    let at = log
        .find("content/guides/gamma/pl.md:")
        .unwrap_or_else(|| panic!("the log does not name the file:\n{log}"));
    let rest = &log[at + "content/guides/gamma/pl.md:".len()..];
    let line: String = rest.chars().take_while(char::is_ascii_digit).collect();
    // `path:line:column: error:` (the column where the parser knows it).
    let after = &rest[line.len()..];
    let column: String = after
        .strip_prefix(':')
        .unwrap_or_default()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert!(
        !line.is_empty()
            && (after.starts_with(": error:")
                || (!column.is_empty() && after[1 + column.len()..].starts_with(": error:"))),
        "the log does not name the line:\n{log}"
    );
    for _ in 0..10 {
        let (status, body) = get(addr, "/pl/guides/gamma").await.unwrap();
        assert_eq!(status, 200);
        assert!(body.contains(&format!("WERSJA-{GOOD_RELOADS}-GOTOWA")));
        assert!(!body.contains("ZEPSUTA-WERSJA"));
    }

    // Fixed: served after the next reload.
    site.write(
        "content/guides/gamma/pl.md",
        &with_marker("NAPRAWIONA-WERSJA"),
    );
    server.signal("HUP");
    eventually("the fixed version is served", async || {
        serves(addr, "NAPRAWIONA-WERSJA").await
    })
    .await;
    // A moment of load on the newest snapshot too.
    tokio::time::sleep(Duration::from_millis(500)).await;

    stop.store(true, Ordering::SeqCst);
    for c in clients {
        c.await.unwrap();
    }
    let (ok, failed) = (
        tally.ok.load(Ordering::SeqCst),
        tally.failed.load(Ordering::SeqCst),
    );
    eprintln!(
        "reload under load: {ok} requests answered 200, {failed} failed, {} resent on a new \
         connection (closed by the server before they were sent), {} SIGHUPs",
        tally.resent.load(Ordering::SeqCst),
        GOOD_RELOADS + 2
    );
    assert_eq!(
        failed,
        0,
        "failed requests, the first: {:?}\nlog:\n{}",
        tally.first_failure.lock().unwrap(),
        server.log()
    );
    assert!(ok > 500, "only {ok} requests in the whole test");
    assert_eq!(
        server.log().matches("witaj: reloaded").count(),
        GOOD_RELOADS + 1
    );

    // And it still stops cleanly.
    let mut server = server;
    server.signal("TERM");
    let status = server.child.wait().unwrap();
    assert!(status.success(), "witaj serve exited with {status}");
}

// Issue 9: a reload runs the render self-check of start-up. A template that fails only when a
// page is rendered keeps the old site serving, and the log names the template and its line; once
// fixed, the next reload is served.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_template_that_fails_at_render_time_keeps_the_old_site() {
    let site = TestSite::fixture("site");
    let original =
        std::fs::read_to_string(repo_root().join("tests/fixtures/site/content/guides/gamma/pl.md"))
            .unwrap();
    let home = site.read("templates/home.html");
    let server = Server::start(&site);
    let addr = server.addr;
    assert!(matches!(get(addr, "/pl/").await, Ok((200, _))));

    site.write(
        "templates/home.html",
        &home.replacen(
            "{% block main %}",
            "{% block main %}{{ page.no_such_field.x }}",
            1,
        ),
    );
    site.write(
        "content/guides/gamma/pl.md",
        &format!("{original}\nZEPSUTA-WERSJA\n"),
    );
    server.signal("HUP");
    eventually("the refused reload is logged", async || {
        server
            .log()
            .contains("not reloaded, still serving the previous version")
    })
    .await;
    let log = server.log();
    assert!(
        log.contains("templates/home.html:4: error: the page /pl/ fails to render"),
        "the log does not name the template and line:\n{log}"
    );
    let (status, _) = get(addr, "/pl/").await.unwrap();
    assert_eq!(status, 200, "the old home page still serves");
    let (status, body) = get(addr, "/pl/guides/gamma").await.unwrap();
    assert_eq!(status, 200);
    assert!(
        !body.contains("ZEPSUTA-WERSJA"),
        "nothing of the refused version is served"
    );

    site.write("templates/home.html", &home);
    site.write(
        "content/guides/gamma/pl.md",
        &format!("{original}\nNAPRAWIONA-WERSJA\n"),
    );
    server.signal("HUP");
    eventually("the fixed version is served", async || {
        serves(addr, "NAPRAWIONA-WERSJA").await
    })
    .await;
    assert!(matches!(get(addr, "/pl/").await, Ok((200, _))));
}
