//! Organisations edit and propose, editors moderate (issue 10 points 3 and 4): the real router,
//! templates, Fluent, SQLite file and git, with the form as the page shows it (read back from its
//! HTML, as a browser would send it).

use std::time::Duration;

use witaj::accounts::Role;
use witaj::state::{Decision, Store};

use crate::common::git::git;
use crate::common::server::{accept, csrf, http, serve};
use crate::common::{TestResponse, TestSite};
use crate::{Browser, Portal, csrf_of, org};

const SERVICE: &str = "legal-gdynia-pl";
const EDIT: &str = "/account/services/legal-gdynia-pl/edit";
const FILE: &str = "content/directory/gdynia/legal-gdynia-pl.toml";
const NEW_HOURS: &str = "Mo-Th 08:00-16:00; PH off";

/// Gdynia's city office (`um-gdynia`), whose legal aid service the tests edit, signed in.
async fn gdynia(p: &Portal) -> Browser {
    p.signed_in("urzad@gdynia.example", org("um-gdynia")).await
}

/// The moderation tests' set-up: the git checkout, Gdynia's account and an editor, signed in.
async fn moderation() -> (Portal, Browser, Browser) {
    let p = Portal::git_checkout();
    let ngo = gdynia(&p).await;
    let editor = p.signed_in("redakcja@example.org", Role::Editor).await;
    (p, ngo, editor)
}

/// HTML text as the page means it.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';') else { break };
        let entity = &rest[1..end];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let marker = format!(" {name}=\"");
    let start = tag.find(&marker)? + marker.len();
    let end = start + tag[start..].find('"')?;
    Some(unescape(&tag[start..end]))
}

/// What a browser sends for the service form of `page`: every field with its shown value,
/// checked boxes and radios only, each select's chosen option.
fn form_fields(page: &TestResponse) -> Vec<(String, String)> {
    form_fields_in(&page.text())
}

fn form_fields_in(html: &str) -> Vec<(String, String)> {
    let start = html.find("service-form\">").expect("the service form");
    let form = &html[start..start + html[start..].find("</form>").unwrap()];
    let mut out = Vec::new();
    let mut rest = form;
    while let Some(i) = rest.find('<') {
        rest = &rest[i..];
        let end = rest.find('>').unwrap();
        let tag = &rest[..=end];
        if tag.starts_with("<input ") {
            let kind = attr(tag, "type").unwrap_or_default();
            let checked = tag.contains(" checked");
            if let Some(name) = attr(tag, "name")
                && (!matches!(kind.as_str(), "checkbox" | "radio") || checked)
            {
                out.push((name, attr(tag, "value").unwrap_or_default()));
            }
        } else if tag.starts_with("<textarea ") {
            let body = &rest[end + 1..];
            let text = &body[..body.find("</textarea>").unwrap()];
            out.push((attr(tag, "name").unwrap(), unescape(text)));
        } else if tag.starts_with("<select ") {
            let body = &rest[end + 1..];
            let options = &body[..body.find("</select>").unwrap()];
            let chosen = options
                .split("<option ")
                .skip(1)
                .find(|o| o.contains(" selected"))
                .or_else(|| options.split("<option ").nth(1))
                .map(|o| attr(&format!(" {o}"), "value").unwrap_or_default())
                .unwrap_or_default();
            out.push((attr(tag, "name").unwrap(), chosen));
        }
        rest = &rest[end + 1..];
    }
    out
}

fn set(fields: &mut Vec<(String, String)>, name: &str, values: &[&str]) {
    fields.retain(|(k, _)| k != name);
    fields.extend(values.iter().map(|v| (name.to_string(), v.to_string())));
}

/// Posts `fields` to `action` as the form's page would.
async fn post_fields(b: &mut Browser, action: &str, fields: &[(String, String)]) -> TestResponse {
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    b.post(action, &pairs).await
}

/// The edit form of the fixture's service, read back, with `change` applied, posted.
async fn edit(b: &mut Browser, change: impl FnOnce(&mut Vec<(String, String)>)) -> TestResponse {
    let page = b.get(&format!("{EDIT}?lang=pl")).await;
    page.assert_status(200);
    let mut fields = form_fields(&page);
    change(&mut fields);
    post_fields(b, EDIT, &fields).await
}

fn languages_and_hours(fields: &mut Vec<(String, String)>) {
    set(fields, "languages", &["pl", "uk"]);
    set(fields, "hours_from", &["text"]);
    set(fields, "opening_hours", &[NEW_HOURS]);
}

/// The number of the first pending submission on the review page.
async fn first_pending(editor: &mut Browser) -> String {
    let list = editor.get("/account/review?lang=pl").await;
    list.assert_status(200);
    let text = list.text();
    let marker = "/account/review/";
    let start = text.find(marker).expect("a pending submission") + marker.len();
    text[start..start + text[start..].find('?').unwrap()].to_string()
}

async fn decide(editor: &mut Browser, n: &str, fields: &[(&str, &str)]) -> TestResponse {
    let item = format!("/account/review/{n}?lang=pl");
    editor.submit(&item, &item, fields).await
}

// The whole way of issue 10: edit → pending → approve → the file in git → every page shows it.
#[tokio::test]
async fn an_edit_is_approved_written_committed_and_published_at_once() {
    let (p, mut ngo, mut editor) = moderation().await;
    let dash = ngo.get("/account/?lang=pl").await;
    dash.assert_status(200)
        .assert_contains(EDIT)
        .assert_contains("/account/services/legal-gdynia-pl/verified");
    // The form as shown changes nothing: every field of the file is on it.
    let page = ngo.get(&format!("{EDIT}?lang=pl")).await;
    page.assert_status(200)
        .assert_contains("name=\"languages\" value=\"uk\"")
        .assert_contains("name=\"week.mode\" value=\"rows\"")
        .assert_contains("name=\"opening_hours\"")
        .assert_contains("name=\"locations.0.municipality\"");
    let unchanged = post_fields(&mut ngo, EDIT, &form_fields(&page)).await;
    unchanged
        .assert_status(400)
        .assert_contains("Nic nie zostało zmienione");
    // Before: the Ukrainian filter does not list it.
    let public = p.browser().get("/pl/services?speaks=uk").await;
    public
        .assert_status(200)
        .assert_not_contains("/pl/services/legal-gdynia-pl\"");

    let sent = edit(&mut ngo, languages_and_hours).await;
    sent.assert_status(303);
    assert_eq!(sent.header("location"), Some("/account/?lang=pl"));
    ngo.get("/account/?lang=pl")
        .await
        .assert_contains("Twoja zmiana czeka na redakcję.");
    // Nothing is published before an editor decides.
    assert!(p.site.read(FILE).contains("languages = [\"pl\"]"));

    let list = editor.get("/account/review?lang=pl").await;
    list.assert_status(200)
        .assert_contains("Urząd Miasta Gdyni")
        .assert_contains("urzad@gdynia.example")
        .assert_contains("0 dni temu");
    let n = first_pending(&mut editor).await;
    let item = editor.get(&format!("/account/review/{n}?lang=pl")).await;
    item.assert_status(200)
        .assert_contains("<th scope=\"row\">Języki, którymi mówi personel</th>")
        .assert_contains("<td class=\"review-value\">pl\nuk</td>")
        .assert_contains(NEW_HOURS);
    decide(&mut editor, &n, &[("decision", "approve"), ("reason", "")])
        .await
        .assert_status(303);

    // The file: only the changed keys, the comment and layout kept, verified today.
    let file = p.site.read(FILE);
    assert!(
        file.starts_with("# Legal help in Gdynia in Polish only"),
        "{file}"
    );
    assert!(file.contains("languages = [\"pl\", \"uk\"]"), "{file}");
    assert!(
        file.contains(&format!("opening_hours = \"{NEW_HOURS}\"")),
        "{file}"
    );
    assert!(file.contains("verified = 2026-12-02"), "{file}");
    assert!(file.contains("address = \"ul. Miejska 2\""), "{file}");
    // The commit: by the approving editor, naming the organisation.
    let log = git(p.site.path(), &["log", "-1", "--format=%an <%ae>|%s"]);
    assert!(
        log.starts_with("redakcja@example.org <redakcja@example.org>|"),
        "{log}"
    );
    assert!(log.contains("Urząd Miasta Gdyni"), "{log}");
    assert_eq!(git(p.site.path(), &["status", "--porcelain"]), "");

    // Published at once: the filter, the page and the HSDS API.
    let mut visitor = p.browser();
    visitor
        .get("/pl/services?speaks=uk")
        .await
        .assert_status(200)
        .assert_contains("/pl/services/legal-gdynia-pl\"");
    visitor
        .get("/pl/services/legal-gdynia-pl")
        .await
        .assert_status(200)
        .assert_contains("Українська");
    let api = visitor.get("/api/hsds/services/legal-gdynia-pl").await;
    api.assert_status(200);
    let json = api.json();
    let codes: Vec<&str> = json["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["pl", "uk"]);
    assert!(api.text().contains(NEW_HOURS));

    // Decided: off the queue and off the dashboard; the audit log has both steps.
    editor
        .get("/account/review?lang=pl")
        .await
        .assert_contains("Nic nie czeka na sprawdzenie.");
    ngo.get("/account/?lang=pl")
        .await
        .assert_not_contains("Twoja zmiana czeka");
    let audit = p.state.store().audit_log(50).unwrap();
    let actions: Vec<(&str, &str)> = audit
        .iter()
        .map(|e| (e.action.as_str(), e.subject.as_str()))
        .collect();
    assert!(actions.contains(&("submit", SERVICE)), "{actions:?}");
    assert!(actions.contains(&("approve", SERVICE)), "{actions:?}");
    // Approving again is refused: it was decided.
    decide(&mut editor, &n, &[("decision", "approve")])
        .await
        .assert_status(409);
}

#[tokio::test]
async fn a_refusal_needs_a_reason_and_the_organisation_reads_it() {
    let (p, mut ngo, mut editor) = moderation().await;
    edit(&mut ngo, |f| set(f, "email", &["porady@gdynia.example"]))
        .await
        .assert_status(303);
    let n = first_pending(&mut editor).await;
    decide(&mut editor, &n, &[("decision", "reject"), ("reason", "  ")])
        .await
        .assert_status(400)
        .assert_contains("Podaj uzasadnienie odrzucenia");
    decide(&mut editor, &n, &[("decision", "maybe")])
        .await
        .assert_status(400)
        .assert_contains("Wybierz: zatwierdź albo odrzuć.");
    let reason = "Ten adres <b>nie działa</b>: podajcie biuro@gdynia.pl";
    decide(
        &mut editor,
        &n,
        &[("decision", "reject"), ("reason", reason)],
    )
    .await
    .assert_status(303);
    let dash = ngo.get("/account/?lang=pl").await;
    dash.assert_contains("Twoja zmiana nie została przyjęta.")
        .assert_contains("Ten adres &lt;b&gt;nie działa&lt;/b&gt;")
        .assert_not_contains("<b>nie działa");
    // Nothing written, nothing committed.
    assert!(!p.site.read(FILE).contains("porady@gdynia.example"));
    assert_eq!(
        git(p.site.path(), &["log", "--format=%s"]).lines().count(),
        1
    );
    let audit = p.state.store().audit_log(50).unwrap();
    assert!(
        audit
            .iter()
            .any(|e| e.action == "reject" && e.detail.contains("nie działa")),
        "{audit:?}"
    );
}

// Every new form refuses a POST without the session's token, and stores nothing.
#[tokio::test]
async fn csrf_is_refused_on_every_new_form() {
    let (p, mut ngo, mut editor) = moderation().await;
    edit(&mut ngo, |f| set(f, "email", &["a@gdynia.example"]))
        .await
        .assert_status(303);
    let n = first_pending(&mut editor).await;
    let review = format!("/account/review/{n}");
    let before = p.site.read(FILE);
    for token in [None, Some("0".repeat(64))] {
        let with = |fields: &[(&str, &str)]| {
            let mut all: Vec<(String, String)> = fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            if let Some(t) = &token {
                all.push(("csrf".into(), t.clone()));
            }
            all
        };
        let cases = [
            (EDIT, with(&[("email", "x@gdynia.example")])),
            ("/account/services/new", with(&[("name.pl", "Nowa")])),
            ("/account/services/legal-gdynia-pl/verified", with(&[])),
        ];
        for (action, fields) in cases {
            post_fields(&mut ngo, action, &fields)
                .await
                .assert_status(403)
                .assert_contains("Formularz wygasł");
        }
        post_fields(&mut editor, &review, &with(&[("decision", "approve")]))
            .await
            .assert_status(403);
    }
    assert_eq!(p.state.store().pending_submissions().unwrap().len(), 1);
    assert_eq!(p.site.read(FILE), before);
}

// Organisation B can neither read nor change A's service, nor see or decide the queue.
#[tokio::test]
async fn another_organisation_gets_nothing() {
    let p = Portal::git_checkout();
    let mut a = gdynia(&p).await;
    let mut b = p
        .signed_in("ania@fundacja.example", org("fundacja-przyklad"))
        .await;
    edit(&mut a, |f| set(f, "email", &["a@gdynia.example"]))
        .await
        .assert_status(303);
    let n = p.state.store().pending_submissions().unwrap()[0].id;
    let dash = b.get("/account/?lang=pl").await;
    dash.assert_not_contains(SERVICE);
    b.get(EDIT)
        .await
        .assert_status(404)
        .assert_not_contains("Miejskie porady prawne")
        .assert_not_contains("ul. Miejska 2");
    let csrf = csrf_of(&dash);
    for action in [EDIT, "/account/services/legal-gdynia-pl/verified"] {
        b.post(action, &[("csrf", &csrf), ("email", "b@fundacja.example")])
            .await
            .assert_status(404);
    }
    b.get("/account/review").await.assert_status(403);
    b.get(&format!("/account/review/{n}"))
        .await
        .assert_status(403)
        .assert_not_contains("a@gdynia.example");
    b.post(
        &format!("/account/review/{n}"),
        &[("csrf", &csrf), ("decision", "approve")],
    )
    .await
    .assert_status(403);
    // An organisation cannot review its own submission either.
    a.get(&format!("/account/review/{n}"))
        .await
        .assert_status(403);
    // A's submission is untouched, the file too.
    assert_eq!(p.state.store().pending_submissions().unwrap().len(), 1);
    assert!(p.site.read(FILE).contains("languages = [\"pl\"]"));
    // Signed out: the sign-in page, never the data.
    p.browser().get(EDIT).await.assert_status(303);
}

const XSS: &str = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";

// A payload in every free-text field stays text: on the form shown again, the review page and
// the public page.
#[tokio::test]
async fn payloads_in_every_field_are_inert() {
    let (p, mut ngo, mut editor) = moderation().await;
    let text_fields = [
        "name.pl",
        "name.uk",
        "description.pl",
        "eligibility.pl",
        "application.pl",
        "languages_note.pl",
        "cost_note.pl",
        "hours_note.pl",
        "description.ar",
        "phones.0.number",
        "phones.0.note.pl",
        "locations.0.address",
        "locations.0.accessibility.pl",
    ];
    // Refused values are shown again escaped too.
    let refused = edit(&mut ngo, |f| {
        set(f, "email", &[XSS]);
        set(f, "website", &[XSS]);
        set(f, "hours_from", &["text"]);
        set(f, "opening_hours", &[XSS]);
    })
    .await;
    refused
        .assert_status(400)
        .assert_not_contains("<script>alert");
    assert!(refused.text().contains("&lt;script&gt;alert(1)"));
    let sent = edit(&mut ngo, |f| {
        for name in text_fields {
            if name != "phones.0.number" {
                set(f, name, &[&format!("{name} {XSS}")]);
            }
        }
        set(f, "phones.0.number", &["+48 58 111 22 33"]);
    })
    .await;
    sent.assert_status(303);
    let n = first_pending(&mut editor).await;
    let item = editor.get(&format!("/account/review/{n}?lang=pl")).await;
    item.assert_status(200)
        .assert_not_contains("<script>alert")
        .assert_not_contains("<img src=x");
    assert!(
        item.text()
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
    );
    editor
        .get("/account/review?lang=pl")
        .await
        .assert_not_contains("<script>alert");
    decide(&mut editor, &n, &[("decision", "approve")])
        .await
        .assert_status(303);
    for page in [
        "/pl/services/legal-gdynia-pl",
        "/uk/services/legal-gdynia-pl",
        "/ar/services/legal-gdynia-pl",
        "/pl/services",
    ] {
        let r = p.browser().get(page).await;
        r.assert_status(200)
            .assert_not_contains("<script>alert")
            .assert_not_contains("<img src=x");
    }
    p.browser()
        .get("/pl/services/legal-gdynia-pl")
        .await
        .assert_contains("&lt;script&gt;alert(1)");
}

#[tokio::test]
async fn bad_hours_are_refused_with_their_position_and_the_values_kept() {
    let p = Portal::git_checkout();
    let mut ngo = gdynia(&p).await;
    let bad = "Mo-Fr 08:00-16:00; Xy 10:00-12:00";
    let r = edit(&mut ngo, |f| {
        set(f, "hours_from", &["text"]);
        set(f, "opening_hours", &[bad]);
        set(f, "email", &["kept@gdynia.example"]);
    })
    .await;
    r.assert_status(400)
        .assert_contains("błąd jest przy znaku")
        .assert_contains("aria-describedby=\"opening-hours-text-help opening-hours-text-error\"")
        .assert_contains("id=\"opening-hours-text-error\"")
        .assert_contains(&format!("value=\"{bad}\""))
        .assert_contains("value=\"kept@gdynia.example\"")
        .assert_contains("aria-invalid=\"true\"");
    // The week editor's rows: a bad time on its own field, in the reader's language.
    let r = edit(&mut ngo, |f| {
        set(f, "week.mo.from1", &["25:00"]);
        set(f, "week.tu.to1", &[""]);
    })
    .await;
    r.assert_status(400)
        .assert_contains("id=\"week-mo-from1-error\"")
        .assert_contains("Zapisz godzinę np. tak: 08:00.")
        .assert_contains("id=\"week-tu-to1-error\"")
        .assert_contains("Podaj godzinę otwarcia i godzinę zamknięcia.")
        .assert_contains("value=\"25:00\"");
    // Other fields: each problem next to its field, in another language too.
    let r = edit(&mut ngo, |f| {
        set(f, "email", &["not-an-address"]);
        set(f, "source", &[""]);
        set(f, "locations.0.postal_code", &["8O-OO1"]);
    })
    .await;
    r.assert_status(400)
        .assert_contains("aria-describedby=\"f-email-error\"")
        .assert_contains("id=\"f-email-error\"")
        .assert_contains("id=\"f-source-error\"")
        .assert_contains("id=\"f-locations-0-postal_code-error\"")
        .assert_contains("80-001");
    let page = ngo.get(&format!("{EDIT}?lang=uk")).await;
    let mut fields = form_fields(&page);
    set(&mut fields, "email", &["not-an-address"]);
    let action = format!("{EDIT}?lang=uk");
    post_fields(&mut ngo, &action, &fields)
        .await
        .assert_status(400)
        .assert_contains("Це не адреса електронної пошти");
    assert!(p.state.store().pending_submissions().unwrap().is_empty());
}

// The week editor composes the hours from its rows.
#[tokio::test]
async fn the_week_editor_composes_the_hours() {
    let p = Portal::git_checkout();
    let mut ngo = gdynia(&p).await;
    edit(&mut ngo, |f| {
        // Saturday was closed: its box is unticked, as a person would.
        f.retain(|(k, _)| k != "week.sa.closed");
        // Friday is closed now: ticked, and its times cleared (times under a ticked "closed"
        // are refused: `times_under_a_ticked_closed_are_refused_on_that_day`).
        set(f, "week.fr.closed", &["on"]);
        set(f, "week.fr.from1", &[""]);
        set(f, "week.fr.to1", &[""]);
        set(f, "week.sa.from1", &["10:00"]);
        set(f, "week.sa.to1", &["14:00"]);
    })
    .await
    .assert_status(303);
    let pending = p.state.store().pending_submissions().unwrap();
    assert_eq!(
        pending[0].draft.opening_hours,
        "Mo-Th 09:00-17:00; Sa 10:00-14:00; PH off"
    );
}

// Issue 10's leftover: times typed under a ticked "closed" were dropped without a word. The form
// comes back with the problem on that day, in the reader's language, everything typed kept.
#[tokio::test]
async fn times_under_a_ticked_closed_are_refused_on_that_day() {
    let p = Portal::git_checkout();
    let mut ngo = gdynia(&p).await;
    for (lang, message) in [
        ("pl", "Zaznaczono „Nieczynne”, a podano też godziny"),
        ("uk", "Ви позначили «Зачинено» і водночас вказали години"),
        ("ar", "اخترت «مغلق» وكتبت ساعات أيضًا"),
    ] {
        let page = ngo.get(&format!("{EDIT}?lang={lang}")).await;
        let mut fields = form_fields(&page);
        // Saturday is closed in the file; the box stays ticked and hours are typed under it.
        assert!(fields.contains(&("week.sa.closed".into(), "on".into())));
        set(&mut fields, "week.sa.from1", &["10:00"]);
        set(&mut fields, "week.sa.to1", &["14:00"]);
        let r = post_fields(&mut ngo, &format!("{EDIT}?lang={lang}"), &fields).await;
        r.assert_status(400)
            .assert_contains(message)
            .assert_contains("id=\"week-sa-closed-error\"")
            .assert_contains(
                "name=\"week.sa.closed\" value=\"on\" checked aria-invalid=\"true\" aria-describedby=\"week-sa-closed-error\"",
            )
            .assert_contains("name=\"week.sa.from1\" value=\"10:00\"")
            .assert_contains("name=\"week.sa.to1\" value=\"14:00\"")
            .assert_not_contains("id=\"week-su-closed-error\"");
    }
    assert!(p.state.store().pending_submissions().unwrap().is_empty());
    // Unticked, the same hours are taken.
    edit(&mut ngo, |f| {
        f.retain(|(k, _)| k != "week.sa.closed");
        set(f, "week.sa.from1", &["10:00"]);
        set(f, "week.sa.to1", &["14:00"]);
    })
    .await
    .assert_status(303);
    assert_eq!(
        p.state.store().pending_submissions().unwrap()[0]
            .draft
            .opening_hours,
        "Mo-Fr 09:00-17:00; Sa 10:00-14:00; PH off"
    );
}

// Issue 10's leftover: the review page named fields as the file does (`description.uk`); it names
// them as the form labels them, in the editor's language.
#[tokio::test]
async fn the_review_page_names_fields_by_their_labels() {
    let (_p, mut ngo, mut editor) = moderation().await;
    edit(&mut ngo, |f| {
        set(f, "languages", &["pl", "uk"]);
        set(f, "description.uk", &["Безкоштовні юридичні консультації."]);
        set(f, "phones.0.number", &["+48 58 111 22 33"]);
        set(f, "phones.0.note.pl", &["zapisy"]);
        set(f, "locations.0.postal_code", &["81-001"]);
    })
    .await
    .assert_status(303);
    let n = first_pending(&mut editor).await;
    let row = |label: &str| format!("<th scope=\"row\">{label}</th>");
    let pl = editor.get(&format!("/account/review/{n}?lang=pl")).await;
    pl.assert_status(200)
        .assert_contains(&row("Języki, którymi mówi personel"))
        .assert_contains(&row("Opis (Українська)"))
        .assert_contains(&row("Telefon 1: Numer telefonu"))
        .assert_contains(&row("Telefon 1: Uwaga o telefonie (Polski)"))
        .assert_contains(&row("Miejsce 1: Kod pocztowy"))
        .assert_not_contains("description.uk")
        .assert_not_contains("phones.0")
        .assert_not_contains("<code>languages</code>");
    let uk = editor.get(&format!("/account/review/{n}?lang=uk")).await;
    uk.assert_status(200)
        .assert_contains(&row("Мови, якими говорить персонал"))
        .assert_contains(&row("Опис (Українська)"))
        .assert_contains(&row("Телефон 1: Номер телефону"));
}

// The file changed since the proposal: the editor is told, nothing is written.
#[tokio::test]
async fn a_conflict_is_shown_and_nothing_written() {
    let (p, mut ngo, mut editor) = moderation().await;
    edit(&mut ngo, |f| {
        set(f, "website", &["https://gdynia.example/porady"])
    })
    .await
    .assert_status(303);
    // Meanwhile an editor changes the same field in git.
    let changed = p.site.read(FILE).replace(
        "source = ",
        "website = \"https://gdynia.example/inna\"\nsource = ",
    );
    p.site.write(FILE, &changed);
    git(p.site.path(), &["commit", "-qam", "by hand"]);
    // A form opened before the change is not taken: it would put the old values back.
    let stale_form = form_fields(&ngo.get(&format!("{EDIT}?lang=pl")).await);
    p.state.reload_from(p.site.path()).unwrap();
    let mut fields = stale_form;
    set(&mut fields, "email", &["stale@gdynia.example"]);
    post_fields(&mut ngo, EDIT, &fields)
        .await
        .assert_status(409)
        .assert_contains("Ta usługa zmieniła się od otwarcia formularza")
        .assert_contains("value=\"stale@gdynia.example\"");
    let n = first_pending(&mut editor).await;
    let r = decide(&mut editor, &n, &[("decision", "approve")]).await;
    r.assert_status(409)
        .assert_contains("Plik usługi zmienił się")
        .assert_contains("Strona internetowa");
    assert_eq!(p.site.read(FILE), changed);
    assert_eq!(git(p.site.path(), &["log", "-1", "--format=%s"]), "by hand");
    assert_eq!(p.state.store().pending_submissions().unwrap().len(), 1);
}

#[tokio::test]
async fn a_new_service_is_proposed_and_approved() {
    let (p, mut ngo, mut editor) = moderation().await;
    let page = ngo.get("/account/services/new?lang=pl").await;
    page.assert_status(200);
    let mut fields = form_fields(&page);
    set(
        &mut fields,
        "name.pl",
        &["Punkt informacyjny dla cudzoziemców"],
    );
    set(
        &mut fields,
        "description.pl",
        &["Informacje i pomoc w sprawach urzędowych."],
    );
    set(&mut fields, "topics", &["legal-aid"]);
    set(&mut fields, "languages", &["pl", "uk"]);
    set(&mut fields, "source", &["https://gdynia.example/punkt"]);
    set(&mut fields, "locations.0.address", &["ul. Portowa 3"]);
    set(&mut fields, "locations.0.city", &["Gdynia"]);
    set(&mut fields, "locations.0.municipality", &["gdynia"]);
    post_fields(&mut ngo, "/account/services/new", &fields)
        .await
        .assert_status(303);
    ngo.get("/account/?lang=pl")
        .await
        .assert_contains("Punkt informacyjny dla cudzoziemców")
        .assert_contains("Twoja zmiana czeka na redakcję.");
    let n = first_pending(&mut editor).await;
    editor
        .get(&format!("/account/review/{n}?lang=pl"))
        .await
        .assert_contains("nowa usługa");
    decide(&mut editor, &n, &[("decision", "approve")])
        .await
        .assert_status(303);
    let id = "punkt-informacyjny-dla-cudzoziemcow";
    let file = p.site.read(&format!("content/directory/{id}.toml"));
    assert!(file.contains("id = \"um-gdynia\""), "{file}");
    p.browser()
        .get(&format!("/pl/services/{id}"))
        .await
        .assert_status(200)
        .assert_contains("Punkt informacyjny dla cudzoziemców");
    // An editor has no organisation to propose for.
    editor.get("/account/services/new").await.assert_status(403);
}

#[tokio::test]
async fn still_correct_records_today_commits_and_audits() {
    let p = Portal::git_checkout();
    let mut ngo = gdynia(&p).await;
    let r = ngo
        .submit(
            "/account/?lang=pl",
            "/account/services/legal-gdynia-pl/verified?lang=pl",
            &[],
        )
        .await;
    r.assert_status(303);
    let file = p.site.read(FILE);
    assert!(file.contains("verified = 2026-12-02"), "{file}");
    assert!(file.starts_with("# Legal help in Gdynia"));
    let log = git(p.site.path(), &["log", "-1", "--format=%ae|%s"]);
    assert!(log.starts_with("urzad@gdynia.example|"), "{log}");
    assert!(
        p.state.site().directory.services[SERVICE]
            .verified
            .to_string()
            == "2026-12-02"
    );
    let audit = p.state.store().audit_log(10).unwrap();
    assert!(
        audit
            .iter()
            .any(|e| e.action == "verify" && e.subject == SERVICE)
    );
}

fn encode(fields: &[(String, String)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish()
}

// Issue 10 point 6: the real server killed (SIGKILL) while it approves: an acknowledged
// submission or decision is never lost, the service file is never torn, the store stays sound.
#[test]
fn kill_9_during_an_approval_loses_nothing_acknowledged() {
    let site = TestSite::fixture("directory-site");
    site.git_repo();
    let state_path = site.path().join("state/witaj.sqlite3");
    let state = state_path.to_str().unwrap().to_string();
    let (mut server, mut addr) = serve(&site, &state);
    let ngo = accept(
        &site,
        &state,
        &addr,
        &["--role", "organisation", "--org", "um-gdynia"],
        "urzad@gdynia.example",
    );
    let editor = accept(
        &site,
        &state,
        &addr,
        &["--role", "editor"],
        "red@example.org",
    );
    // A kill early in the approval (the check, the write), during the commit, and later (the
    // reload, the decision).
    for (round, delay) in [10u64, 60, 250, 900].into_iter().enumerate() {
        if round > 0 {
            (server, addr) = serve(&site, &state);
        }
        let before = site.read(FILE);
        let email = format!("round{round}@gdynia.example");
        let (status, _, page) = http(&addr, "GET", EDIT, &ngo, "").unwrap();
        assert_eq!(status, 200);
        let mut fields = form_fields_in(&page);
        set(&mut fields, "email", &[&email]);
        let (status, _, _) = http(&addr, "POST", EDIT, &ngo, &encode(&fields)).unwrap();
        assert_eq!(status, 303, "the submission is acknowledged");
        let (_, _, list) = http(&addr, "GET", "/account/review", &editor, "").unwrap();
        let marker = "/account/review/";
        let start = list.find(marker).expect("pending") + marker.len();
        let n: i64 = list[start..start + list[start..].find('?').unwrap()]
            .parse()
            .unwrap();
        let item = format!("/account/review/{n}");
        let (_, _, page) = http(&addr, "GET", &item, &editor, "").unwrap();
        let body = format!("csrf={}&decision=approve&reason=", csrf(&page));
        let approving = {
            let (addr, editor) = (addr.clone(), editor.clone());
            std::thread::spawn(move || http(&addr, "POST", &item, &editor, &body).map(|a| a.0))
        };
        std::thread::sleep(Duration::from_millis(delay));
        server.kill().unwrap(); // SIGKILL
        server.wait().unwrap();
        let acknowledged = matches!(approving.join().unwrap(), Ok(303));

        let store = Store::open(&state_path).unwrap();
        assert_eq!(store.integrity_check().unwrap(), ["ok"]);
        let s = store
            .submission(n)
            .unwrap()
            .expect("an acknowledged submission is kept");
        assert_eq!(s.draft.email, email);
        let file = site.read(FILE);
        // Whole: the old file or the new one, never a mix.
        assert!(
            file == before || file.contains(&format!("email = \"{email}\"")),
            "round {round}: torn file:\n{file}"
        );
        file.parse::<toml::Table>().expect("the file parses");
        if acknowledged {
            assert_eq!(s.decision, Some(Decision::Approved), "round {round}");
            assert!(file.contains(&email), "round {round}");
        }
        drop(store);
        // A commit cut short leaves git's lock; the operator removes it, as git itself says.
        let _ = std::fs::remove_file(site.path().join(".git/index.lock"));
        // An approval cut short is pending still; approving it again now lands (or is a no-op).
        if s.decision.is_none() {
            let (server2, addr2) = serve(&site, &state);
            let item = format!("/account/review/{n}");
            let (_, _, page) = http(&addr2, "GET", &item, &editor, "").unwrap();
            let body = format!("csrf={}&decision=approve&reason=", csrf(&page));
            let (status, _, answer) = http(&addr2, "POST", &item, &editor, &body).unwrap();
            assert_eq!(status, 303, "round {round}: {answer}");
            let mut server2 = server2;
            server2.kill().unwrap();
            server2.wait().unwrap();
            assert!(site.read(FILE).contains(&email));
        }
        // Whatever was approved is committed: nothing is left for an editor to find.
        assert_eq!(
            git(site.path(), &["status", "--porcelain"]),
            "",
            "round {round}"
        );
    }
    assert!(site.load().is_ok(), "the site loads after every kill");
}

// A new service's approval cut short after its file was written (the server died before the
// commit and the decision): approving again finishes it instead of saying the id is taken.
#[tokio::test]
async fn a_new_service_cut_short_is_finished_when_approved_again() {
    let (p, mut ngo, mut editor) = moderation().await;
    let page = ngo.get("/account/services/new?lang=pl").await;
    let mut fields = form_fields(&page);
    set(&mut fields, "name.pl", &["Punkt konsultacyjny"]);
    set(&mut fields, "topics", &["legal-aid"]);
    set(&mut fields, "source", &["https://gdynia.example/punkt"]);
    post_fields(&mut ngo, "/account/services/new", &fields)
        .await
        .assert_status(303);
    let sub = p.state.store().pending_submissions().unwrap().remove(0);
    // What the dying server got done: the file, staged, not committed, no decision.
    let root = p.site.path();
    let written = witaj::directory::edit::apply(
        root,
        &witaj::directory::edit::Approval {
            base: None,
            draft: &sub.draft,
            editor: &witaj::directory::edit::Editor {
                name: "redakcja@example.org".into(),
                email: "redakcja@example.org".into(),
            },
            date: time::macros::date!(2026 - 12 - 02),
        },
    )
    .unwrap();
    git(root, &["reset", "--soft", "HEAD~1"]);
    assert_ne!(git(root, &["status", "--porcelain"]), "");
    p.state.reload_from(root).unwrap();
    decide(&mut editor, &sub.id.to_string(), &[("decision", "approve")])
        .await
        .assert_status(303);
    assert_eq!(git(root, &["status", "--porcelain"]), "");
    let log = git(
        root,
        &[
            "log",
            "-1",
            "--format=%ae|%s",
            "--",
            written.path.to_str().unwrap(),
        ],
    );
    assert!(log.starts_with("redakcja@example.org|"), "{log}");
    let s = p.state.store().submission(sub.id).unwrap().unwrap();
    assert_eq!(s.decision, Some(Decision::Approved));
    assert!(p.state.store().pending_submissions().unwrap().is_empty());
}
