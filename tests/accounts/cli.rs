//! `witaj invite` (with a real SMTP exchange), `witaj backup`, and `kill -9` of the real server
//! in the middle of writes.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::mpsc;
use std::time::Duration;

use witaj::accounts::token::hash_token;
use witaj::state::{SessionLimits, Store};

use crate::common::TestSite;
use crate::common::server::{SERVED_PASSWORD, accept, csrf, http, serve};

/// A mail server that takes one message and hands it over: enough SMTP for lettre (greeting,
/// EHLO, MAIL, RCPT, DATA, QUIT) on a real socket.
fn smtp_sink() -> (u16, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut out = stream.try_clone().unwrap();
        let mut lines = BufReader::new(stream);
        let mut say = |s: &str| out.write_all(format!("{s}\r\n").as_bytes()).unwrap();
        say("220 sink ESMTP");
        let mut message = String::new();
        let mut line = String::new();
        loop {
            line.clear();
            if lines.read_line(&mut line).unwrap() == 0 {
                break;
            }
            let verb = line.trim_end().to_ascii_uppercase();
            if verb.starts_with("EHLO") || verb.starts_with("HELO") {
                say("250 sink");
            } else if verb.starts_with("MAIL") || verb.starts_with("RCPT") {
                message.push_str(&line);
                say("250 OK");
            } else if verb == "DATA" {
                say("354 go on");
                loop {
                    line.clear();
                    lines.read_line(&mut line).unwrap();
                    if line == ".\r\n" {
                        break;
                    }
                    message.push_str(&line);
                }
                say("250 queued");
            } else if verb == "QUIT" {
                say("221 bye");
                break;
            } else {
                say("250 OK");
            }
        }
        tx.send(message).unwrap();
    });
    (port, rx)
}

#[test]
fn invite_prints_a_link_and_mails_it() {
    let site = TestSite::fixture("directory-site");
    let (port, mail) = smtp_sink();
    site.append(
        "portal.toml",
        &format!(
            "[smtp]\nhost = \"127.0.0.1\"\nport = {port}\ntls = \"none\"\nfrom = \"Portal <portal@example.org>\"\n"
        ),
    );
    let state = site.path().join("state.sqlite3");
    let out = site.cli([
        "--state",
        state.to_str().unwrap(),
        "invite",
        "--role",
        "organisation",
        "--org",
        "linia",
        "--email",
        "Ngo@Linia.example",
    ]);
    out.assert_success();
    let link = out.stdout.trim();
    assert!(
        link.starts_with("https://portal.example/account/invite/") && link.len() == 38 + 64,
        "{link}"
    );
    assert!(
        out.stderr.contains("e-mailed to ngo@linia.example"),
        "{}",
        out.stderr
    );
    let message = mail.recv_timeout(Duration::from_secs(10)).unwrap();
    let unfolded = message.replace("=\r\n", "");
    assert!(message.contains("RCPT TO:<ngo@linia.example>"), "{message}");
    assert!(unfolded.contains(link), "{unfolded}");
    // Only the token's hash is stored.
    let token = link.rsplit('/').next().unwrap();
    let store = Store::open(&state).unwrap();
    assert!(
        store
            .invitation(&hash_token(token), chrono::Utc::now())
            .unwrap()
            .is_some()
    );
    drop(store);
    let raw = std::fs::read(&state).unwrap();
    assert!(!raw.windows(token.len()).any(|w| w == token.as_bytes()));
}

#[test]
fn invite_refuses_an_unknown_organisation_and_a_bad_address() {
    let site = TestSite::fixture("directory-site");
    let state = site.path().join("state.sqlite3");
    let s = state.to_str().unwrap();
    let out = site.cli([
        "--state",
        s,
        "invite",
        "--role",
        "organisation",
        "--org",
        "nope",
        "--email",
        "a@b.example",
    ]);
    out.assert_failure();
    assert!(
        out.stderr.contains("`[organization] id = \"nope\"`"),
        "{}",
        out.stderr
    );
    site.cli([
        "--state",
        s,
        "invite",
        "--role",
        "editor",
        "--email",
        "not an address",
    ])
    .assert_failure();
    site.cli([
        "--state",
        s,
        "invite",
        "--role",
        "organisation",
        "--email",
        "a@b.example",
    ])
    .assert_failure();
}

#[test]
fn a_smtp_table_is_checked() {
    let site = TestSite::fixture("directory-site");
    site.append("portal.toml", "[smtp]\nhost = \"mail.example.org\"\nport = 0\nfrom = \"nobody\"\npassword_env = \"my password\"\n");
    let errors = site.errors();
    assert!(errors.contains("[smtp] port = 0"), "{errors}");
    assert!(errors.contains("[smtp] from = \"nobody\""), "{errors}");
    assert!(errors.contains("password_env"), "{errors}");
}

#[test]
fn backup_is_a_consistent_copy_and_never_overwrites() {
    let site = TestSite::fixture("directory-site");
    let state = site.path().join("state.sqlite3");
    let s = state.to_str().unwrap();
    site.cli([
        "--state",
        s,
        "invite",
        "--role",
        "editor",
        "--email",
        "a@example.org",
    ])
    .assert_success();
    // The server's connection stays open (and in WAL) while the copy is taken.
    let live = Store::open(&state).unwrap();
    live.record_audit(None, "test", "x", "", chrono::Utc::now())
        .unwrap();
    let copy = site.path().join("copy.sqlite3");
    site.cli(["--state", s, "backup", copy.to_str().unwrap()])
        .assert_success();
    let backup = Store::open(&copy).unwrap();
    assert_eq!(backup.integrity_check().unwrap(), ["ok"]);
    let actions: Vec<_> = backup
        .audit_log(10)
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["test", "invite"]);
    site.cli(["--state", s, "backup", copy.to_str().unwrap()])
        .assert_failure();
}

/// Signs in with a fresh pre-session cookie and [`SERVED_PASSWORD`]; the session cookie's value
/// when acknowledged.
fn login(addr: &str, email: &str) -> std::io::Result<Option<String>> {
    let (_, cookies, page) = http(addr, "GET", "/account/login", &[], "")?;
    let body = format!(
        "csrf={}&email={email}&password={SERVED_PASSWORD}",
        csrf(&page)
    );
    let (status, set, _) = http(addr, "POST", "/account/login", &cookies, &body)?;
    Ok((status == 303)
        .then(|| set.into_iter().find(|(k, _)| k.ends_with("witaj-session")))
        .flatten()
        .map(|(_, v)| v))
}

// Issue 10, point 6: a kill -9 in the middle of writes loses nothing that was acknowledged and
// leaves a sound file.
#[test]
fn kill_9_during_writes_loses_nothing_acknowledged() {
    let site = TestSite::fixture("directory-site");
    let state = site.path().join("state/witaj.sqlite3");
    let s = state.to_str().unwrap().to_string();
    let (mut server, addr) = serve(&site, &s);
    // Accept the invitation: the account itself is an acknowledged write.
    accept(&site, &s, &addr, &["--role", "editor"], "red@example.org");
    // Sign in again and again until the server is killed.
    let (done, stopped) = mpsc::channel();
    let writer = {
        let addr = addr.clone();
        std::thread::spawn(move || {
            let mut acknowledged = Vec::new();
            while let Ok(Some(session)) = login(&addr, "red@example.org") {
                acknowledged.push(session);
                if acknowledged.len() == 3 {
                    done.send(()).unwrap();
                }
            }
            acknowledged
        })
    };
    stopped.recv_timeout(Duration::from_secs(60)).unwrap();
    std::thread::sleep(Duration::from_millis(150));
    server.kill().unwrap(); // SIGKILL
    server.wait().unwrap();
    let acknowledged = writer.join().unwrap();
    assert!(acknowledged.len() >= 3);
    let store = Store::open(&state).unwrap();
    assert_eq!(store.integrity_check().unwrap(), ["ok"]);
    let limits = SessionLimits {
        idle: chrono::Duration::hours(1),
        absolute: chrono::Duration::hours(1),
    };
    for session in &acknowledged {
        assert!(
            store
                .session(&hash_token(session), chrono::Utc::now(), limits)
                .unwrap()
                .is_some(),
            "an acknowledged session was lost"
        );
    }
}
