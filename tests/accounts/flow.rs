//! The way in: invitation → password → session → dashboard, and the editors' pages.

use chrono::Duration;
use witaj::accounts::Role;

use crate::{PASSWORD, Portal, csrf_of, org};

#[tokio::test]
async fn invite_set_password_log_in_and_see_the_dashboard() {
    let p = Portal::fixture();
    let link = p.invite("Ania@Fundacja.example ", org("fundacja-przyklad"));
    let mut b = p.browser();
    let form = b.get(&format!("{link}?lang=pl")).await;
    form.assert_status(200)
        .assert_contains("ania@fundacja.example")
        .assert_contains("autocomplete=\"new-password\"");
    assert_eq!(form.header("cache-control"), Some("no-store"));
    let csrf = csrf_of(&form);
    let fields = [
        ("csrf", csrf.as_str()),
        ("password", PASSWORD),
        ("password2", PASSWORD),
    ];
    b.post(&link, &fields).await.assert_status(303);
    // Signed in at once: the dashboard lists the organisation's two services and no other.
    let dash = b.get("/account/?lang=pl").await;
    dash.assert_status(200)
        .assert_contains("Fundacja Przykład")
        .assert_contains("/pl/services/legal-gdansk-uk")
        .assert_contains("/pl/services/legal-gdynia-uk")
        .assert_not_contains("/pl/services/night-line")
        .assert_not_contains("/pl/services/legal-gdynia-pl");
    // The link works once.
    b.get(&link).await.assert_status(404);
    // Sign out, and back in with the password.
    let csrf = csrf_of(&dash);
    b.post("/account/logout", &[("csrf", &csrf)])
        .await
        .assert_status(303);
    b.get("/account/").await.assert_status(303);
    let login = b
        .submit(
            "/account/login",
            "/account/login",
            &[("email", "ANIA@fundacja.example"), ("password", PASSWORD)],
        )
        .await;
    login.assert_status(303);
    assert_eq!(login.header("location"), Some("/account/?lang=pl"));
    b.get("/account/").await.assert_status(200);
}

#[tokio::test]
async fn an_expired_invitation_is_refused() {
    let p = Portal::fixture();
    let link = p.invite("late@example.org", Role::Editor);
    p.clock.advance(Duration::days(7) + Duration::seconds(1));
    p.browser()
        .get(&link)
        .await
        .assert_status(404)
        .assert_contains("<html lang=\"pl\"");
}

#[tokio::test]
async fn an_invitation_needs_a_known_organisation() {
    let p = Portal::fixture();
    let site = p.state.site();
    let e = witaj::accounts::invite(
        p.state.store(),
        &site.directory,
        "a@example.org",
        org("no-such-org"),
        witaj::accounts::Inviter::CommandLine,
        p.clock.now(),
    )
    .unwrap_err();
    assert!(e.to_string().contains("no-such-org"), "{e}");
    assert!(e.to_string().contains("fundacja-przyklad"), "{e}");
}

// A service verified more than six months ago carries the warning; a recent one does not.
#[tokio::test]
async fn stale_services_are_flagged_on_the_dashboard() {
    let site = common_site_with_old_service();
    let p = Portal::over(site);
    let mut b = p
        .signed_in("a@fundacja.example", org("fundacja-przyklad"))
        .await;
    let dash = b.get("/account/?lang=pl").await.text();
    let stale = "ponad 6 miesięcy";
    let old = &dash[dash.find("legal-gdansk-uk").unwrap()..];
    let old = &old[..old.find("</li>").unwrap()];
    assert!(old.contains(stale), "{old}");
    let recent = &dash[dash.find("legal-gdynia-uk").unwrap()..];
    let recent = &recent[..recent.find("</li>").unwrap()];
    assert!(!recent.contains(stale), "{recent}");
}

fn common_site_with_old_service() -> crate::common::TestSite {
    let site = crate::common::TestSite::fixture("directory-site");
    let rel = "content/directory/legal-gdansk-uk.toml";
    let text = site
        .read(rel)
        .replace("verified = 2026-11-20", "verified = 2026-05-01");
    site.write(rel, &text);
    site
}

#[tokio::test]
async fn an_editor_invites_on_the_web_and_disables_an_account() {
    let p = Portal::fixture();
    let mut editor = p.signed_in("red@example.org", Role::Editor).await;
    let dash = editor.get("/account/?lang=uk").await;
    dash.assert_contains("/account/accounts?lang=uk")
        .assert_contains("/account/audit?lang=uk");
    let made = editor
        .submit(
            "/account/accounts?lang=uk",
            "/account/accounts?lang=uk",
            &[
                ("email", "new@ngo.example"),
                ("role", "organisation"),
                ("organisation", "linia"),
            ],
        )
        .await;
    made.assert_status(200)
        .assert_contains("https://portal.example/account/invite/")
        .assert_contains("new@ngo.example");
    let text = made.text();
    let start = text.find("https://portal.example/account/invite/").unwrap();
    let link = &text[start + "https://portal.example".len()..];
    let link = &link[..link.find('<').unwrap()];
    // The invited organisation sets its password and sees its dashboard.
    let mut ngo = p.browser();
    let form = ngo.get(link).await;
    let csrf = csrf_of(&form);
    ngo.post(
        link,
        &[
            ("csrf", &csrf),
            ("password", PASSWORD),
            ("password2", PASSWORD),
        ],
    )
    .await
    .assert_status(303);
    ngo.get("/account/")
        .await
        .assert_contains("/pl/services/night-line");
    // The editor disables it: its session ends at once.
    let accounts = editor.get("/account/accounts").await;
    let text = accounts.text();
    let marker = "/disable";
    let end = text.find(marker).unwrap();
    let start = text[..end].rfind("/account/accounts/").unwrap();
    let action = format!("{}{}", &text[start..end], marker);
    let csrf = csrf_of(&accounts);
    editor
        .post(&action, &[("csrf", &csrf)])
        .await
        .assert_status(303);
    ngo.get("/account/").await.assert_status(303);
    let audit = editor.get("/account/audit").await;
    audit
        .assert_status(200)
        .assert_contains("<code>invite</code>")
        .assert_contains("<code>disable</code>")
        .assert_contains("<code>accept-invitation</code>");
}
