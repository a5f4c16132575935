//! The write path (issue 10, points 3–4): an edit as a draft, its per-field errors, the week
//! editor's form, approval into the file (layout kept, checked as `witaj check` checks, committed
//! to a real git repository), concurrent approvals, "still correct", and `witaj stale`.

use std::path::Path;

use time::macros::date;
use witaj::Site;
use witaj::directory::edit::{
    Applied, ApplyError, Approval, EditContext, Editor, OrganizationDraft, ServiceDraft, WeekForm,
    apply, diff, mark_verified,
};

use crate::common::TestSite;
use crate::common::git::git;
use crate::{site, tuesday};

/// A service written by hand, with comments, aligned comments and a multi-line text.
const COMMENTED: &str = r#"# A legal aid point: the comments and layout must survive an edit.
name = { pl = "Punkt porad", uk = "Пункт порад" }   # both names from the poster
description = { pl = """Pierwszy akapit.

Drugi akapit.""" }
topics = ["legal-aid"]
languages = ["pl"]                  # what the staff speak
opening_hours = "Mo-Fr 09:00-17:00; PH off"
email = "porady@example.org"
source = "https://example.org/porady"
verified = 2026-11-20               # when we last checked

[organization]
id = "fundacja-przyklad"
name = { pl = "Fundacja Przykład" }
kind = "ngo"

# The only office.
[[locations]]
address = "ul. Długa 1"
postal_code = "80-001"
city = "Gdańsk"
municipality = "gdansk"
lat = 54.35
lon = 18.65
"#;

const FILE: &str = "content/directory/porady.toml";

fn commented() -> TestSite {
    let s = site();
    s.write(FILE, COMMENTED);
    s
}

fn editor() -> Editor {
    Editor {
        name: "Ewa Redaktorka".into(),
        email: "ewa@example.org".into(),
    }
}

fn draft_of(site: &Site, id: &str) -> ServiceDraft {
    ServiceDraft::from_service(site.directory.service(id).expect("the service loads"))
}

fn ctx(site: &Site) -> EditContext<'_> {
    EditContext {
        config: &site.config,
        language_names: &site.directory.language_names,
    }
}

fn approve(root: &Path, base: &ServiceDraft, draft: &ServiceDraft) -> Result<Applied, ApplyError> {
    apply(
        root,
        &Approval {
            base: Some(base),
            draft,
            editor: &editor(),
            date: date!(2026 - 12 - 02),
        },
    )
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// The draft's form with `changes` replacing (or adding) fields.
fn form_with(d: &ServiceDraft, changes: &[(&str, &[&str])]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = d
        .fields()
        .into_iter()
        .filter(|(k, _)| !changes.iter().any(|(c, _)| c == k))
        .collect();
    for (k, values) in changes {
        out.extend(values.iter().map(|v| (k.to_string(), v.to_string())));
    }
    out
}

#[test]
fn the_form_round_trips_a_draft() {
    let s = commented();
    let site = s.site();
    let base = draft_of(&site, "porady");
    let (again, errors) = ServiceDraft::from_form(&base, &base.fields());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(again, base);
    assert!(base.check(&ctx(&site)).is_empty());
    // Rows that say what the expression says keep the editor's text.
    let rows = pairs(&[
        ("week.mode", "rows"),
        ("week.mo.from1", "09:00"),
        ("week.mo.to1", "17:00"),
        ("week.tu.from1", "9:00"),
        ("week.tu.to1", "17:00"),
        ("week.we.from1", "09:00"),
        ("week.we.to1", "17:00"),
        ("week.th.from1", "09:00"),
        ("week.th.to1", "17:00"),
        ("week.fr.from1", "09:00"),
        ("week.fr.to1", "17:00"),
        ("week.holidays", "closed"),
    ]);
    let mut form = base.fields();
    form.retain(|(k, _)| k != "opening_hours");
    form.extend(rows.iter().cloned());
    let (same, _) = ServiceDraft::from_form(&base, &form);
    assert!(diff(&base, &same).is_empty(), "{:?}", diff(&base, &same));
    // Changed rows are composed, and a form with every day empty gives no hours at all.
    form.retain(|(k, _)| k != "week.holidays");
    form.push(("week.holidays".into(), "open".into()));
    let (open, _) = ServiceDraft::from_form(&base, &form);
    assert_eq!(open.opening_hours, "Mo-Fr 09:00-17:00");
    let (none, _) = ServiceDraft::from_form(&base, &pairs(&[("week.mode", "rows")]));
    assert_eq!(none.opening_hours, "");
}

#[tokio::test]
async fn a_one_field_change_keeps_every_comment_and_line() {
    let s = commented();
    let site = s.site();
    let base = draft_of(&site, "porady");
    let (draft, errors) =
        ServiceDraft::from_form(&base, &form_with(&base, &[("languages", &["pl", "uk"])]));
    assert!(errors.is_empty() && draft.check(&ctx(&site)).is_empty());
    let changes = diff(&base, &draft);
    assert_eq!(changes.len(), 1);
    assert_eq!(
        (changes[0].field.as_str(), changes[0].after.len()),
        ("languages", 2)
    );
    let applied = approve(s.path(), &base, &draft).unwrap();
    assert_eq!((applied.changed, applied.commit), (true, None));
    let expected = COMMENTED
        .replace(
            "languages = [\"pl\"]                  # what",
            "languages = [\"pl\", \"uk\"]                  # what",
        )
        .replace("verified = 2026-11-20 ", "verified = 2026-12-02 ");
    assert_eq!(s.read(FILE), expected);
    // The public filter sees it at once after a reload.
    s.app_at(tuesday())
        .get("/pl/services?speaks=uk")
        .await
        .assert_contains("Punkt porad");
}

#[test]
fn texts_phones_and_places_are_written_in_the_format_editors_use() {
    let s = commented();
    let site = s.site();
    let base = draft_of(&site, "porady");
    let form = form_with(
        &base,
        &[
            ("name.uk", &[]),
            ("description.pl", &["Nowy opis.\r\n\r\nDrugi akapit.\r\n"]),
            ("phones.0.number", &["+48 58 000 00 00"]),
            ("phones.0.note.pl", &["zapisy"]),
            ("locations.0.address", &["ul. Krótka 2"]),
            ("locations.0.accessibility.pl", &["Wejście bez schodów."]),
        ],
    );
    let (draft, errors) = ServiceDraft::from_form(&base, &form);
    assert!(errors.is_empty() && draft.check(&ctx(&site)).is_empty());
    approve(s.path(), &base, &draft).unwrap();
    let text = s.read(FILE);
    assert!(
        text.contains("name = { pl = \"Punkt porad\" }   # both names"),
        "{text}"
    );
    assert!(
        text.contains("[[phones]]\nnumber = \"+48 58 000 00 00\""),
        "{text}"
    );
    assert!(text.contains("address = \"ul. Krótka 2\""), "{text}");
    // Coordinates were for the old address.
    assert!(
        !text.contains("lat = ") && !text.contains("lon = "),
        "{text}"
    );
    assert!(text.contains("Nowy opis.\n\nDrugi akapit.\"\"\""), "{text}");
    let after = draft_of(&s.site(), "porady");
    assert_eq!(after, draft);
}

#[test]
fn removing_the_first_place_keeps_the_second_with_its_name_and_hours() {
    let s = site();
    let site = s.site();
    let base = draft_of(&site, "two-places");
    let form: Vec<(String, String)> = base
        .fields()
        .into_iter()
        .filter(|(k, _)| !k.starts_with("locations.0."))
        .collect();
    let (draft, errors) = ServiceDraft::from_form(&base, &form);
    assert!(errors.is_empty() && draft.check(&ctx(&site)).is_empty());
    approve(s.path(), &base, &draft).unwrap();
    let text = s.read("content/directory/two-places.toml");
    assert!(
        !text.contains("Siedziba") && !text.contains("ul. Pierwsza 1"),
        "{text}"
    );
    assert!(
        text.ends_with(
            "[[locations]]\nname = { pl = \"Filia w Pucku\" }\naddress = \"ul. Druga 2\"\ncity = \"Puck\"\nmunicipality = \"puck\"\nopening_hours = \"Mo-Fr 12:00-16:00; PH off\"\n"
        ),
        "{text}"
    );
}

#[test]
fn invalid_hours_are_refused_with_the_position() {
    let s = commented();
    let site = s.site();
    let base = draft_of(&site, "porady");
    let (draft, _) = ServiceDraft::from_form(
        &base,
        &form_with(&base, &[("opening_hours", &["Mo-Fr 08:00-1x:00"])]),
    );
    let errors = draft.check(&ctx(&site));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].field, "opening_hours");
    assert!(errors[0].message.contains("at character "), "{}", errors[0]);
}

#[test]
fn per_field_errors_name_their_field() {
    let s = commented();
    let site = s.site();
    let base = draft_of(&site, "porady");
    let form = form_with(
        &base,
        &[
            ("name.pl", &[]),
            ("topics", &["nope"]),
            ("languages", &["xx"]),
            ("email", &["porady"]),
            ("website", &["javascript:alert(1)"]),
            ("phones.0.number", &["call us"]),
            ("locations.0.postal_code", &["80001"]),
            ("locations.0.municipality", &["warszawa"]),
        ],
    );
    let (draft, errors) = ServiceDraft::from_form(&base, &form);
    assert!(errors.is_empty(), "{errors:?}");
    let fields: Vec<String> = draft
        .check(&ctx(&site))
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(
        fields,
        [
            "name.pl",
            "topics",
            "languages",
            "email",
            "website",
            "phones.0.number",
            "locations.0.municipality",
            "locations.0.postal_code"
        ]
    );
}

#[test]
fn a_draft_check_would_reject_is_never_written() {
    let s = commented();
    let site = s.site();
    let base = draft_of(&site, "porady");
    let mut bad = base.clone();
    bad.topics = vec!["nope".into()];
    match approve(s.path(), &base, &bad) {
        Err(ApplyError::Rejected(d)) => {
            assert!(d.to_string().contains("unknown topic `nope`"), "{d}")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(s.read(FILE), COMMENTED);
    // Nor a new service's file.
    let mut new = bad.clone();
    new.id = "nowa".into();
    let err = apply(
        s.path(),
        &Approval {
            base: None,
            draft: &new,
            editor: &editor(),
            date: date!(2026 - 12 - 02),
        },
    );
    assert!(matches!(err, Err(ApplyError::Rejected(_))), "{err:?}");
    assert!(!s.path().join("content/directory/nowa.toml").exists());
}

#[test]
fn an_approval_is_one_commit_by_the_editor_naming_organisation_and_service() {
    let s = commented();
    s.git_repo();
    let site = s.site();
    let base = draft_of(&site, "porady");
    let mut draft = base.clone();
    draft.email = "nowy@example.org".into();
    let applied = approve(s.path(), &base, &draft).unwrap();
    let commit = applied.commit.expect("a commit");
    assert_eq!(git(s.path(), &["rev-parse", "HEAD"]), commit);
    assert_eq!(git(s.path(), &["rev-list", "--count", "HEAD"]), "2");
    assert_eq!(
        git(s.path(), &["log", "-1", "--format=%an <%ae>|%cn|%s"]),
        "Ewa Redaktorka <ewa@example.org>|Ewa Redaktorka|directory: edit porady (Punkt porad), Fundacja Przykład"
    );
    assert_eq!(
        git(s.path(), &["show", "--name-only", "--format=", "HEAD"]),
        "content/directory/porady.toml"
    );
    assert_eq!(git(s.path(), &["status", "--porcelain"]), "");
    // Approving the same edit again changes nothing and commits nothing.
    let again = approve(s.path(), &base, &draft).unwrap();
    assert_eq!((again.changed, again.commit), (false, None));
}

#[test]
fn a_failed_commit_leaves_the_file_as_it_was() {
    let s = commented();
    s.git_repo();
    let site = s.site();
    let base = draft_of(&site, "porady");
    let mut draft = base.clone();
    draft.email = "nowy@example.org".into();
    // Another git command holds the index.
    s.write(".git/index.lock", "");
    let err = approve(s.path(), &base, &draft);
    assert!(matches!(err, Err(ApplyError::Git(_))), "{err:?}");
    assert_eq!(s.read(FILE), COMMENTED);
    s.remove(".git/index.lock");
    assert_eq!(git(s.path(), &["status", "--porcelain"]), "");
}

#[test]
fn concurrent_approvals_both_land() {
    let s = commented();
    s.git_repo();
    let site = s.site();
    let base = draft_of(&site, "porady");
    let mut email = base.clone();
    email.email = "nowy@example.org".into();
    let mut languages = base.clone();
    languages.languages.push("uk".into());
    let mut other = draft_of(&site, "two-places");
    let other_base = other.clone();
    other.website = "https://example.org/dwa-miejsca".into();
    std::thread::scope(|t| {
        let root = s.path();
        let runs = [
            t.spawn(|| approve(root, &base, &email)),
            t.spawn(|| approve(root, &base, &languages)),
            t.spawn(|| approve(root, &other_base, &other)),
        ];
        for r in runs {
            assert!(r.join().unwrap().unwrap().commit.is_some());
        }
    });
    let after = draft_of(&s.site(), "porady");
    assert_eq!(after.email, "nowy@example.org");
    assert_eq!(after.languages, ["pl", "uk"]);
    assert_eq!(
        draft_of(&s.site(), "two-places").website,
        "https://example.org/dwa-miejsca"
    );
    assert_eq!(git(s.path(), &["rev-list", "--count", "HEAD"]), "4");
    assert_eq!(git(s.path(), &["status", "--porcelain"]), "");
}

#[test]
fn a_field_changed_since_the_proposal_is_a_conflict() {
    let s = commented();
    let site = s.site();
    let base = draft_of(&site, "porady");
    let mut first = base.clone();
    first.email = "pierwszy@example.org".into();
    let mut second = base.clone();
    second.email = "drugi@example.org".into();
    approve(s.path(), &base, &first).unwrap();
    let written = s.read(FILE);
    match approve(s.path(), &base, &second) {
        Err(ApplyError::Conflict(fields)) => assert_eq!(fields, ["email"]),
        other => panic!("{other:?}"),
    }
    assert_eq!(s.read(FILE), written);
}

#[test]
fn still_correct_sets_only_the_verified_date() {
    let s = commented();
    s.git_repo();
    let applied = mark_verified(s.path(), "porady", date!(2026 - 12 - 02), &editor()).unwrap();
    assert!(applied.commit.is_some());
    assert_eq!(
        s.read(FILE),
        COMMENTED.replace("verified = 2026-11-20 ", "verified = 2026-12-02 ")
    );
    assert!(
        git(s.path(), &["log", "-1", "--format=%s"]).contains("porady (Punkt porad) still correct")
    );
    assert!(matches!(
        mark_verified(s.path(), "nope", date!(2026 - 12 - 02), &editor()),
        Err(ApplyError::NotFound(_))
    ));
}

#[tokio::test]
async fn a_proposed_service_gets_an_id_and_a_file_of_its_own() {
    let s = site();
    let site = s.site();
    let org = draft_of(&site, "legal-gdansk-uk").organization;
    let proposal = ServiceDraft::proposal(org);
    let form = pairs(&[
        ("name.pl", "Porady dla cudzoziemców – Gdańsk"),
        ("topics", "legal-aid"),
        ("languages", "uk"),
        ("languages", "pl"),
        ("source", "https://example.org/nowa"),
        ("week.mode", "rows"),
        ("week.mo.from1", "09:00"),
        ("week.mo.to1", "17:00"),
        ("week.we.from1", "09:00"),
        ("week.we.to1", "17:00"),
        ("week.holidays", "closed"),
        ("locations.0.address", "ul. Nowa 3"),
        ("locations.0.city", "Gdańsk"),
        ("locations.0.municipality", "gdansk"),
        ("csrf", "ignored"),
    ]);
    let taken = |id: &str| site.directory.services.contains_key(id);
    let (draft, errors) = ServiceDraft::propose(proposal.organization.clone(), &form, "pl", taken);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(draft.id, "porady-dla-cudzoziemcow-gdansk");
    assert_eq!(draft.opening_hours, "Mo,We 09:00-17:00; PH off");
    assert!(
        draft.check(&ctx(&site)).is_empty(),
        "{:?}",
        draft.check(&ctx(&site))
    );
    let applied = apply(
        s.path(),
        &Approval {
            base: None,
            draft: &draft,
            editor: &editor(),
            date: date!(2026 - 12 - 02),
        },
    )
    .unwrap();
    assert_eq!(
        applied.path,
        Path::new("content/directory/porady-dla-cudzoziemcow-gdansk.toml")
    );
    let text = s.read("content/directory/porady-dla-cudzoziemcow-gdansk.toml");
    // The format and order of the README's example.
    assert_eq!(
        text,
        r#"name = { pl = "Porady dla cudzoziemców – Gdańsk" }
topics = ["legal-aid"]
languages = ["uk", "pl"]
opening_hours = "Mo,We 09:00-17:00; PH off"
source = "https://example.org/nowa"
verified = 2026-12-02

[organization]
id = "fundacja-przyklad"
name = { pl = "Fundacja Przykład" }
kind = "ngo"

[[locations]]
address = "ul. Nowa 3"
city = "Gdańsk"
municipality = "gdansk"
"#
    );
    s.app_at(tuesday())
        .get("/pl/services/porady-dla-cudzoziemcow-gdansk")
        .await
        .assert_status(200);
    // The id is now taken: the same proposal gets the next one, and cannot reuse this one.
    let site = s.site();
    let taken = |id: &str| site.directory.services.contains_key(id);
    assert_eq!(
        ServiceDraft::derive_id("Porady dla cudzoziemców – Gdańsk", taken).as_deref(),
        Some("porady-dla-cudzoziemcow-gdansk-2")
    );
    let again = apply(
        s.path(),
        &Approval {
            base: None,
            draft: &draft,
            editor: &editor(),
            date: date!(2026 - 12 - 02),
        },
    );
    assert!(matches!(again, Err(ApplyError::IdTaken(_))), "{again:?}");
    assert_eq!(ServiceDraft::derive_id("Довідка", |_| false), None);
    let (_, errors) = ServiceDraft::propose(
        proposal.organization,
        &pairs(&[("name.pl", "Довідка")]),
        "pl",
        |_| false,
    );
    assert_eq!(errors[0].field, "name.pl");
}

#[tokio::test]
async fn xss_payloads_in_every_field_end_inert() {
    const XSS: &str = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
    let s = commented();
    let site = s.site();
    let base = draft_of(&site, "porady");
    let mut form = Vec::new();
    for field in [
        "name.pl",
        "name.uk",
        "description.pl",
        "eligibility.pl",
        "application.pl",
        "languages_note.pl",
        "cost_note.pl",
        "hours_note.pl",
        "phones.0.note.pl",
        "locations.0.address",
        "locations.0.city",
        "locations.0.accessibility.pl",
    ] {
        form.push((field, vec![XSS]));
    }
    let form: Vec<(&str, &[&str])> = form.iter().map(|(k, v)| (*k, v.as_slice())).collect();
    let mut with_links = form.clone();
    with_links.extend([
        ("website", &["javascript:alert(1)"][..]),
        ("source", &["javascript:alert(1)"][..]),
        ("opening_hours", &["<script>alert(1)</script>"][..]),
        ("phones.0.number", &["<script>"][..]),
    ]);
    let (draft, _) = ServiceDraft::from_form(&base, &form_with(&base, &with_links));
    let refused: Vec<String> = draft
        .check(&ctx(&site))
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(
        refused,
        ["opening_hours", "website", "source", "phones.0.number"]
    );
    let mut form = form.clone();
    form.push(("phones.0.number", &["+48 58 000 00 00"][..]));
    // `validate::email` lets quotes and brackets through: the page must escape them.
    form.push(("email", &["a@b.pl\"><script>alert(1)</script>"][..]));
    let (draft, _) = ServiceDraft::from_form(&base, &form_with(&base, &form));
    assert!(
        draft.check(&ctx(&site)).is_empty(),
        "{:?}",
        draft.check(&ctx(&site))
    );
    approve(s.path(), &base, &draft).unwrap();
    let app = s.app_at(tuesday());
    for page in ["/pl/services/porady", "/uk/services/porady", "/pl/services"] {
        app.get(page)
            .await
            .assert_status(200)
            .assert_not_contains("<script>alert")
            .assert_not_contains("<img src=x")
            .assert_contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}

#[test]
fn the_week_editor_renders_rows_or_the_kept_text() {
    let s = site();
    let site = s.site();
    let template = site
        .theme
        .env
        .get_template("partials/week-editor.html")
        .unwrap();
    let rows = template
        .render(
            minijinja::context! { lang => "pl", week => minijinja::Value::from(minijinja::value::Serde(WeekForm::of("Mo-Fr 08:00-16:00; PH off"))) },
        )
        .unwrap();
    for needle in [
        "<legend>Godziny otwarcia</legend>",
        "<legend>poniedziałek</legend>",
        r#"<input type="hidden" name="week.mode" value="rows">"#,
        r#"<label for="week-mo-from1">Otwarcie</label>"#,
        r#"id="week-mo-from1" name="week.mo.from1" value="08:00""#,
        r#"name="week.su.closed" value="on" checked>"#,
        r#"id="week-holidays-closed" name="week.holidays" value="closed" checked>"#,
    ] {
        assert!(rows.contains(needle), "{needle}\n{rows}");
    }
    let raw = "Mo-Fr 08:00-16:00 \"<b>\"";
    let pairs = pairs(&[("opening_hours", raw)]);
    let errors = vec![witaj::directory::edit::FieldError::new(
        "opening_hours",
        "at character 3: no",
    )];
    let mut form = WeekForm::of(raw);
    form.errors = WeekForm::submitted(&pairs, &errors).errors;
    let text = template
        .render(
            minijinja::context! { lang => "uk", week => minijinja::Value::from(minijinja::value::Serde(&form)) },
        )
        .unwrap();
    assert!(!text.contains("week.mode"), "{text}");
    assert!(
        text.contains(r#"value="Mo-Fr 08:00-16:00 &quot;&lt;b&gt;&quot;""#),
        "{text}"
    );
    assert!(
        text.contains(r#"aria-invalid="true""#) && text.contains("at character 3: no"),
        "{text}"
    );
    assert!(text.contains("Години роботи"), "{text}");
}

#[test]
fn stale_lists_old_entries_oldest_first() {
    let s = site();
    for (id, verified) in [("old", "2020-03-01"), ("older", "2019-05-01")] {
        s.write(
            &format!("content/directory/{id}.toml"),
            &COMMENTED
                .replace("2026-11-20", verified)
                .replace("Punkt porad\", uk", &format!("Punkt {id}\", uk")),
        );
    }
    let out = s.cli(["stale", "--format", "json"]);
    out.assert_success();
    let list: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["older", "old"]);
    assert_eq!(list[0]["organization"], "Fundacja Przykład");
    assert_eq!(list[0]["verified"], "2019-05-01");
    let text = s.cli(["stale", "--months", "6"]);
    assert!(
        text.stdout
            .starts_with("2019-05-01  older  Fundacja Przykład (fundacja-przyklad)  Punkt older\n"),
        "{}",
        text.stdout
    );
    // Nothing is older than a thousand months.
    let none = s.cli(["stale", "--months", "1000"]);
    assert!(
        none.stdout.starts_with("no service is older"),
        "{}",
        none.stdout
    );
}

#[test]
fn an_organisation_draft_is_not_a_service_without_its_organisation() {
    let s = site();
    let site = s.site();
    let (draft, _) = ServiceDraft::from_form(
        &ServiceDraft::proposal(OrganizationDraft::default()),
        &pairs(&[
            ("name.pl", "Bez organizacji"),
            ("topics", "legal-aid"),
            ("source", "https://example.org"),
        ]),
    );
    let mut draft = draft;
    draft.id = "bez".into();
    let fields: Vec<String> = draft
        .check(&ctx(&site))
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(fields, [""]);
}

#[test]
fn every_bundled_service_file_keeps_its_other_lines_through_an_edit() {
    use witaj::directory::edit::write::{set_fields, set_verified};
    let dir = crate::common::repo_root().join("content/directory");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".toml") || name.starts_with('_') {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        let mut doc: toml_edit::DocumentMut = text.parse().unwrap();
        set_fields(
            &mut doc,
            &[(
                "languages".to_string(),
                vec!["pl".to_string(), "uk".to_string()],
            )],
        )
        .unwrap();
        set_verified(&mut doc, date!(2026 - 12 - 02));
        let after = doc.to_string();
        let changed = |l: &&str| l.starts_with("languages =") || l.starts_with("verified =");
        let old: Vec<&str> = text.lines().filter(|l| !changed(l)).collect();
        let new: Vec<&str> = after.lines().filter(|l| !changed(l)).collect();
        assert_eq!(old, new, "{name}");
        assert!(
            after.contains("languages = [\"pl\", \"uk\"]"),
            "{name}\n{after}"
        );
        assert!(after.contains("verified = 2026-12-02"), "{name}\n{after}");
    }
    assert!(files > 20, "{files}");
}
