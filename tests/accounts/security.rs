//! What an attacker or a careless click must not get: CSRF, guessing, other organisations' data,
//! old sessions, weak passwords, script in names, cookies readable or sent in clear.

use chrono::Duration;
use witaj::accounts::Role;

use crate::common::TestSite;
use crate::{PASSWORD, Portal, csrf_of};

#[tokio::test]
async fn a_post_without_a_valid_csrf_token_is_refused() {
    let p = Portal::fixture();
    let mut b = p.signed_in("red@example.org", Role::Editor).await;
    for token in ["", "0000", &"a".repeat(64)] {
        b.post(
            "/account/accounts?lang=uk",
            &[
                ("csrf", token),
                ("email", "x@example.org"),
                ("role", "editor"),
            ],
        )
        .await
        .assert_status(403)
        .assert_contains("<html lang=\"uk\"");
    }
    // Nothing was made.
    assert!(
        p.state
            .store()
            .pending_invitations(p.clock.now())
            .unwrap()
            .is_empty()
    );
    // The login form too: a token from another browser's cookie is not this one's.
    let mut other = p.browser();
    let token = csrf_of(&other.get("/account/login").await);
    let mut fresh = p.browser();
    fresh.get("/account/login").await;
    fresh
        .post(
            "/account/login",
            &[
                ("csrf", &token),
                ("email", "red@example.org"),
                ("password", PASSWORD),
            ],
        )
        .await
        .assert_status(403);
    // And logout.
    b.post("/account/logout", &[("csrf", "x")])
        .await
        .assert_status(403);
    b.get("/account/").await.assert_status(200);
}

#[tokio::test]
async fn failed_logins_are_limited_per_account_with_retry_after() {
    let p = Portal::fixture();
    p.signed_in("red@example.org", Role::Editor).await;
    let mut b = p.browser();
    for _ in 0..5 {
        b.submit(
            "/account/login",
            "/account/login",
            &[
                ("email", "red@example.org"),
                ("password", "wrong wrong wrong"),
            ],
        )
        .await
        .assert_status(200)
        .assert_contains("role=\"alert\"");
    }
    // Even the right password is refused now, for the rest of the window.
    let limited = b
        .submit(
            "/account/login",
            "/account/login",
            &[("email", "red@example.org"), ("password", PASSWORD)],
        )
        .await;
    limited.assert_status(429);
    assert_eq!(limited.header("retry-after"), Some("900"));
    p.clock.advance(Duration::minutes(15));
    b.submit(
        "/account/login",
        "/account/login",
        &[("email", "red@example.org"), ("password", PASSWORD)],
    )
    .await
    .assert_status(303);
}

#[tokio::test]
async fn failed_logins_are_limited_per_client() {
    let p = Portal::fixture();
    let mut b = p.browser();
    for i in 0..20 {
        let email = format!("guess{i}@example.org");
        b.submit(
            "/account/login",
            "/account/login",
            &[("email", &email), ("password", "wrong wrong wrong")],
        )
        .await
        .assert_status(200);
    }
    let r = b
        .submit(
            "/account/login",
            "/account/login",
            &[("email", "another@example.org"), ("password", "x")],
        )
        .await;
    r.assert_status(429);
    assert!(r.header("retry-after").is_some());
}

// The answer for an unknown address is the answer for a wrong password.
#[tokio::test]
async fn login_errors_do_not_tell_whether_an_address_has_an_account() {
    let p = Portal::fixture();
    p.signed_in("red@example.org", Role::Editor).await;
    let mut b = p.browser();
    let known = failed_login(&mut b, "red@example.org").await;
    let unknown = failed_login(&mut b, "nobody@example.org").await;
    assert_eq!(known, unknown);
}

/// A failed login's status and page, with what differs by design (the address typed, the token)
/// blanked.
async fn failed_login(b: &mut crate::Browser, email: &str) -> (axum::http::StatusCode, String) {
    let r = b
        .submit(
            "/account/login?lang=pl",
            "/account/login?lang=pl",
            &[("email", email), ("password", "wrong wrong wrong")],
        )
        .await;
    let text = r
        .text()
        .replace(email, "EMAIL")
        .replace(&csrf_of(&r), "CSRF");
    (r.status, text)
}

#[tokio::test]
async fn an_organisation_cannot_reach_editor_pages_or_other_organisations() {
    let p = Portal::fixture();
    let mut a = p
        .signed_in(
            "a@fundacja.example",
            Role::Organisation("fundacja-przyklad".into()),
        )
        .await;
    let dash = a.get("/account/?lang=pl").await;
    dash.assert_status(200)
        .assert_not_contains("Linia Wsparcia")
        .assert_not_contains("/account/accounts")
        .assert_not_contains("/account/audit");
    a.get("/account/accounts").await.assert_status(403);
    a.get("/account/audit").await.assert_status(403);
    let csrf = csrf_of(&dash);
    a.post(
        "/account/accounts",
        &[
            ("csrf", &csrf),
            ("email", "x@example.org"),
            ("role", "editor"),
        ],
    )
    .await
    .assert_status(403);
    a.post("/account/accounts/1/disable", &[("csrf", &csrf)])
        .await
        .assert_status(403);
    assert!(
        p.state
            .store()
            .pending_invitations(p.clock.now())
            .unwrap()
            .is_empty()
    );
    // Another organisation's account sees only its own services.
    let mut b = p
        .signed_in("b@linia.example", Role::Organisation("linia".into()))
        .await;
    b.get("/account/")
        .await
        .assert_contains("/pl/services/night-line")
        .assert_not_contains("legal-gdansk-uk")
        .assert_not_contains("Fundacja");
}

#[tokio::test]
async fn sessions_end_after_the_idle_and_the_absolute_timeout() {
    let p = Portal::fixture();
    let mut b = p.signed_in("red@example.org", Role::Editor).await;
    // Idle: 30 minutes by default.
    p.clock.advance(Duration::minutes(29));
    b.get("/account/").await.assert_status(200);
    p.clock.advance(Duration::minutes(30));
    b.get("/account/")
        .await
        .assert_status(303)
        .assert_redirect("/account/login?lang=pl");
    // Absolute: 12 hours, however busy.
    let mut b = p.browser();
    b.submit(
        "/account/login",
        "/account/login",
        &[("email", "red@example.org"), ("password", PASSWORD)],
    )
    .await
    .assert_status(303);
    for _ in 0..24 {
        p.clock.advance(Duration::minutes(29));
        b.get("/account/").await.assert_status(200);
    }
    p.clock.advance(Duration::minutes(25));
    b.get("/account/").await.assert_status(303);
}

#[tokio::test]
async fn the_session_id_changes_at_login() {
    let p = Portal::fixture();
    let mut b = p.signed_in("red@example.org", Role::Editor).await;
    let first = b.cookies["__Host-witaj-session"].clone();
    // Already signed in, the login page sends to the dashboard; post a login anyway.
    let token = csrf_of(&b.get("/account/").await);
    b.post(
        "/account/login",
        &[
            ("csrf", &token),
            ("email", "red@example.org"),
            ("password", PASSWORD),
        ],
    )
    .await
    .assert_status(303);
    let second = b.cookies["__Host-witaj-session"].clone();
    assert_ne!(first, second);
    // The old id is dead.
    let mut old = p.browser();
    old.cookies.insert("__Host-witaj-session".into(), first);
    old.get("/account/").await.assert_status(303);
}

#[tokio::test]
async fn weak_and_common_passwords_are_refused() {
    let p = Portal::fixture();
    let link = p.invite("a@example.org", Role::Editor);
    let mut b = p.browser();
    for (password, again, message) in [
        ("krótkie", "krótkie", "za krótkie"),
        ("qwertyuiop123", "qwertyuiop123", "najczęściej używanych"),
        ("password1234", "password1234", "najczęściej używanych"),
        ("a@example.org", "a@example.org", "adresem e-mail"),
        (PASSWORD, "inne hasło niż tamto", "różnią"),
    ] {
        let r = b
            .submit(
                &link,
                &link,
                &[("password", password), ("password2", again)],
            )
            .await;
        r.assert_status(422).assert_contains(message);
    }
    // The invitation is still usable.
    b.submit(
        &link,
        &link,
        &[("password", PASSWORD), ("password2", PASSWORD)],
    )
    .await
    .assert_status(303);
}

#[tokio::test]
async fn cookies_are_host_only_secure_and_http_only_over_https() {
    let p = Portal::fixture();
    let mut b = p.browser();
    let page = b.get("/account/login").await;
    let set = page.header("set-cookie").unwrap();
    assert!(set.starts_with("__Host-witaj-csrf="), "{set}");
    for attr in ["HttpOnly", "SameSite=Lax", "Path=/", "Secure"] {
        assert!(set.contains(attr), "{attr} missing in {set}");
    }
    assert!(!set.contains("Domain"), "{set}");
    let link = p.invite("a@example.org", Role::Editor);
    let r = b
        .submit(
            &link,
            &link,
            &[("password", PASSWORD), ("password2", PASSWORD)],
        )
        .await;
    let set = r.header("set-cookie").unwrap();
    assert!(set.starts_with("__Host-witaj-session="), "{set}");
    for attr in ["HttpOnly", "SameSite=Lax", "Path=/", "Secure"] {
        assert!(set.contains(attr), "{attr} missing in {set}");
    }
}

#[tokio::test]
async fn cookies_over_http_have_no_prefix_and_no_secure() {
    let site = TestSite::fixture("directory-site");
    let toml = site
        .read("portal.toml")
        .replace("https://portal.example", "http://localhost:8080");
    site.write("portal.toml", &toml);
    let p = Portal::over(site);
    let mut b = p.signed_in("a@example.org", Role::Editor).await;
    assert!(b.cookies.contains_key("witaj-session"), "{:?}", b.cookies);
    let r = b.get("/account/login").await;
    assert!(r.header("set-cookie").is_none());
    let mut fresh = p.browser();
    let set = fresh
        .get("/account/login")
        .await
        .header("set-cookie")
        .unwrap()
        .to_string();
    assert!(set.starts_with("witaj-csrf="), "{set}");
    assert!(set.contains("HttpOnly") && !set.contains("Secure"), "{set}");
}

#[tokio::test]
async fn account_pages_are_never_cached_and_carry_the_csp() {
    let p = Portal::fixture();
    let mut b = p.signed_in("red@example.org", Role::Editor).await;
    for path in [
        "/account/login",
        "/account/",
        "/account/accounts",
        "/account/audit",
    ] {
        let r = b.get(path).await;
        assert_eq!(r.header("cache-control"), Some("no-store"), "{path}");
        assert!(
            r.header("content-security-policy")
                .is_some_and(|c| c.contains("script-src 'self'")),
            "{path}"
        );
    }
}

// Script in an organisation's name (from a directory file) and in an address is shown as text.
#[tokio::test]
async fn payloads_in_names_and_addresses_are_inert() {
    let site = TestSite::fixture("directory-site");
    let rel = "content/directory/night-line.toml";
    let text = site.read(rel).replace(
        "name = { pl = \"Linia Wsparcia\" }",
        "name = { pl = \"<script>alert(1)</script><img src=x onerror=alert(2)>\" }",
    );
    site.write(rel, &text);
    let p = Portal::over(site);
    let mut editor = p.signed_in("red@example.org", Role::Editor).await;
    let page = editor.get("/account/accounts").await;
    page.assert_contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .assert_not_contains("<script>alert")
        .assert_not_contains("<img src=x");
    // An address with markup is refused by the e-mail rule or shown escaped.
    let r = editor
        .submit(
            "/account/accounts",
            "/account/accounts",
            &[
                ("email", "\"><script>alert(3)</script>@x.example"),
                ("role", "editor"),
            ],
        )
        .await;
    r.assert_not_contains("<script>alert(3)");
    let mut ngo = p
        .signed_in("n@linia.example", Role::Organisation("linia".into()))
        .await;
    ngo.get("/account/")
        .await
        .assert_contains("&lt;script&gt;")
        .assert_not_contains("<script>alert");
}

#[tokio::test]
async fn a_large_body_is_refused() {
    let p = Portal::fixture();
    let mut b = p.browser();
    let big = "x".repeat(200_000);
    b.submit(
        "/account/login",
        "/account/login",
        &[("email", &big), ("password", "x")],
    )
    .await
    .assert_status(413);
}
