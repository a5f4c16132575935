//! The real `witaj serve` over a test site, spoken to in raw HTTP/1.1 on its own connections: for
//! the tests that kill it (`kill -9` during writes, `tests/accounts/cli.rs` and
//! `tests/accounts/moderation.rs`), where an in-process router cannot stand in. Accounts are made
//! as an operator makes them: `witaj invite`, then the invitation's form.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::TestSite;

/// The password every account made here gets, as a browser sends it in a form body.
pub const SERVED_PASSWORD: &str = "tramwaj+jedzie+przez+Oliwe";

/// `witaj serve` over `site` with its store at `state`, on a free port, logging off; the process
/// and the address (`127.0.0.1:port`) it listens at, once it says so.
pub fn serve(site: &TestSite, state: &str) -> (Child, String) {
    let mut server = Command::new(env!("CARGO_BIN_EXE_witaj"))
        .args(["--root", site.path().to_str().unwrap(), "--state", state])
        .args(["serve", "--bind", "127.0.0.1:0"])
        .env("RUST_LOG", "off")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let addr = first.trim().rsplit("http://").next().unwrap().to_string();
    (server, addr)
}

/// An answer: status, `Set-Cookie` pairs, body.
pub type Answer = (u16, Vec<(String, String)>, String);

/// One HTTP/1.1 request on its own connection, its body sent as a form.
pub fn http(
    addr: &str,
    method: &str,
    path: &str,
    cookies: &[(String, String)],
    body: &str,
) -> std::io::Result<Answer> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(10)))?;
    let cookie = cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nCookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )?;
    let mut raw = String::new();
    s.read_to_string(&mut raw)?;
    let (head, rest) = raw
        .split_once("\r\n\r\n")
        .ok_or_else(|| std::io::Error::other("no complete answer"))?;
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other("no status"))?;
    let set = head
        .lines()
        .filter_map(|l| l.strip_prefix("set-cookie: "))
        .filter_map(|l| l.split(';').next()?.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Ok((status, set, rest.to_string()))
}

/// The CSRF token of the (first) form of a page.
pub fn csrf(page: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = page.find(marker).unwrap() + marker.len();
    page[start..start + 64].to_string()
}

/// Invites `email` with `witaj invite <role…>` (`["--role", "editor"]`), accepts the printed
/// link on the server at `addr` with [`SERVED_PASSWORD`]; the session cookie it sets.
#[track_caller]
pub fn accept(
    site: &TestSite,
    state: &str,
    addr: &str,
    role: &[&str],
    email: &str,
) -> Vec<(String, String)> {
    let mut args = vec!["--state", state, "invite"];
    args.extend_from_slice(role);
    args.extend_from_slice(&["--email", email]);
    let out = site.cli(args);
    out.assert_success();
    let link = out.stdout.trim().replace("https://portal.example", "");
    let (_, cookies, page) = http(addr, "GET", &link, &[], "").unwrap();
    let body = format!(
        "csrf={}&password={SERVED_PASSWORD}&password2={SERVED_PASSWORD}",
        csrf(&page)
    );
    let (status, set, _) = http(addr, "POST", &link, &cookies, &body).unwrap();
    assert_eq!(status, 303);
    set.into_iter()
        .filter(|(k, _)| k.ends_with("witaj-session"))
        .collect()
}
