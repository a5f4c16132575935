//! The desk (issue 14): short links that force a language, aliases of renamed guides, QR codes
//! that decode to the exact short link, the bilingual desk view, the handout and the sheet.

use crate::common::TestSite;
use insta::assert_snapshot;

/// The short link a QR code says, read back the way a phone would: the served SVG drawn to
/// pixels by resvg, then decoded by rqrr, neither of them ours.
fn decode_qr(svg: &[u8]) -> String {
    let tree = resvg::usvg::Tree::from_data(svg, &resvg::usvg::Options::default())
        .expect("the QR code is an SVG");
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).unwrap();
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    let (w, h) = (pixmap.width() as usize, pixmap.height() as usize);
    let data = pixmap.data();
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
        data[(y * w + x) * 4] // red channel: black or white
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the image");
    let (_, content) = grids[0].decode().expect("the QR code decodes");
    content
}

#[tokio::test]
async fn a_short_link_with_a_language_forces_it_and_does_not_vary() {
    let app = TestSite::fixture("site").app();
    let r = app
        .request("/g/alpha/uk", &[("accept-language", "ar")])
        .await;
    r.assert_redirect("/uk/guides/alpha");
    assert!(!r.vary().contains("Accept-Language"), "{}", r.vary());
    // Without a language the visitor's headers choose, and the answer says so.
    let r = app.request("/g/alpha", &[("accept-language", "ar")]).await;
    r.assert_redirect("/ar/guides/alpha");
    assert!(r.vary().contains("Accept-Language"), "{}", r.vary());
    // A guide missing in the forced language opens there all the same: the page falls back.
    app.get("/g/gamma/ar")
        .await
        .assert_redirect("/ar/guides/gamma");
}

#[tokio::test]
async fn an_unknown_language_or_slug_is_the_readers_404() {
    let app = TestSite::fixture("site").app();
    app.request("/g/alpha/xx", &[("accept-language", "uk")])
        .await
        .assert_status(404)
        .assert_contains("<html lang=\"uk\"");
    app.get("/g/nope/uk").await.assert_status(404);
    app.get("/qr/g/alpha/xx").await.assert_status(404);
    app.get("/qr/g/nope/uk").await.assert_status(404);
}

#[tokio::test]
async fn a_service_short_link_forces_its_language() {
    let app = TestSite::fixture("directory-site").app();
    let id = app_first_service(&TestSite::fixture("directory-site"));
    app.get(&format!("/s/{id}/ar"))
        .await
        .assert_redirect(&format!("/ar/services/{id}"));
    app.get(&format!("/s/{id}/xx")).await.assert_status(404);
}

fn app_first_service(site: &TestSite) -> String {
    site.site()
        .directory
        .services
        .keys()
        .next()
        .expect("the fixture has services")
        .clone()
}

fn with_alias(site: &TestSite, slug: &str, aliases: &str) {
    let rel = format!("content/guides/{slug}/pl.md");
    let text = site.read(&rel);
    site.write(
        &rel,
        &text.replacen("+++\n", &format!("+++\naliases = {aliases}\n"), 1),
    );
}

#[tokio::test]
async fn an_old_slug_redirects_for_good() {
    let site = TestSite::fixture("site");
    with_alias(&site, "alpha", "[\"old-alpha\"]");
    let app = site.app();
    let r = app.get("/uk/guides/old-alpha").await;
    assert_eq!(r.status.as_u16(), 301);
    r.assert_redirect("/uk/guides/alpha");
    let r = app.get("/g/old-alpha").await;
    assert_eq!(r.status.as_u16(), 301);
    r.assert_redirect("/g/alpha");
    let r = app.get("/g/old-alpha/ar").await;
    assert_eq!(r.status.as_u16(), 301);
    r.assert_redirect("/g/alpha/ar");
    // The desk takes an old slug too, and shows the guide under its slug.
    app.get("/pl/desk?g=old-alpha&for=uk")
        .await
        .assert_contains("/qr/g/alpha/uk");
}

#[test]
fn aliases_are_checked() {
    let site = TestSite::fixture("site");
    with_alias(&site, "alpha", "[\"beta\", \"Old_Alpha\", \"shared\"]");
    with_alias(&site, "long-guide", "[\"shared\"]");
    let uk = site.read("content/guides/alpha/uk.md");
    site.write(
        "content/guides/alpha/uk.md",
        &uk.replacen("+++\n", "+++\naliases = [\"stara\"]\n", 1),
    );
    assert_snapshot!(site.errors(), @r"
        content/guides/alpha/pl.md:2: error: alias `beta` is the slug of the guide content/guides/beta/: remove it; an alias must be an old slug no guide uses
        content/guides/alpha/pl.md:2: error: alias `Old_Alpha` is not a slug: write it in lower-case ASCII letters, digits and hyphens, as the guide's old folder name was
        content/guides/alpha/uk.md:2: warning: `aliases` in a translation are ignored: move them to the pl file, which alone lists a guide's old addresses
        content/guides/long-guide/pl.md:2: error: alias `shared` is already an alias of the guide `alpha`: remove one of them, as one old address leads to one guide
        ");
}

#[test]
fn bring_is_checked_and_compared_with_the_source() {
    let site = TestSite::fixture("site");
    let pl = site.read("content/guides/alpha/pl.md");
    site.write(
        "content/guides/alpha/pl.md",
        &pl.replacen("+++\n", "+++\nbring = [\"Paszport\", \"Zdjęcie\"]\n", 1),
    );
    let uk = site.read("content/guides/alpha/uk.md");
    site.write(
        "content/guides/alpha/uk.md",
        &uk.replacen("+++\n", "+++\nbring = [\"Паспорт\"]\n", 1),
    );
    let en = site.read("content/guides/alpha/en.md");
    site.write(
        "content/guides/alpha/en.md",
        &en.replacen(
            "+++\n",
            "+++\nbring = [\"Passport\", \"\", \"Passport\"]\n",
            1,
        ),
    );
    assert_snapshot!(site.errors(), @r"
        content/guides/alpha/ar.md:2: warning: the pl file lists 2 item(s) to bring: translate its `bring` list here
        content/guides/alpha/en.md:2:22: error: an empty item in `bring`: remove it or write what to bring
        content/guides/alpha/en.md:2:26: error: `Passport` is already in `bring`: remove the repeated item
        content/guides/alpha/uk.md:2: warning: `bring` has 1 item(s), the pl file's has 2: translate the same items, one for one
        ");
}

#[tokio::test]
async fn the_qr_code_decodes_to_the_exact_short_link() {
    let app = TestSite::fixture("site").app();
    let r = app.get("/qr/g/alpha/ar").await;
    r.assert_status(200).assert_content_type("image/svg+xml");
    assert_eq!(decode_qr(&r.bytes), "https://portal.example/g/alpha/ar");
    let site = TestSite::fixture("directory-site");
    let id = app_first_service(&site);
    let r = site.app().get(&format!("/qr/s/{id}/uk")).await;
    assert_eq!(
        decode_qr(&r.bytes),
        format!("https://portal.example/s/{id}/uk")
    );
}

#[tokio::test]
async fn a_qr_code_is_cached_for_a_year_only_under_its_fingerprint() {
    let app = TestSite::fixture("site").app();
    let page = app.get("/pl/desk?g=alpha&for=ar").await.text();
    let src = page
        .split("src=\"/qr/g/alpha/ar?v=")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the desk shows the QR code");
    let r = app.get(&format!("/qr/g/alpha/ar?v={src}")).await;
    assert_eq!(
        r.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    let r = app.get("/qr/g/alpha/ar?v=00000000").await;
    assert_eq!(r.header("cache-control"), Some("no-cache"));
}

#[tokio::test]
async fn the_desk_sets_polish_beside_the_visitors_language_section_by_section() {
    let site = TestSite::fixture("site");
    // Two sections in every language, so rows pair the first with the first.
    for (lang, first, second) in [
        ("pl", "Pierwsza sekcja", "Druga sekcja"),
        ("ar", "القسم الأول", "القسم الثاني"),
    ] {
        let rel = format!("content/guides/alpha/{lang}.md");
        let text = site.read(&rel);
        assert!(text.contains(&format!("## {first}")), "{text}");
        site.write(&rel, &format!("{text}\n## {second}\n\nTekst.\n"));
    }
    let app = site.app();
    let r = app.get("/uk/desk?g=alpha&for=ar").await;
    r.assert_status(200)
        .assert_contains("<html lang=\"uk\" dir=\"ltr\"")
        .assert_contains("https://portal.example/g/alpha/ar");
    let html = r.text();
    let rows: Vec<&str> = html.split("<div class=\"desk-row\">").skip(1).collect();
    assert_eq!(rows.len(), 2, "{html}");
    for (row, (pl, ar)) in rows.iter().zip([
        ("Pierwsza sekcja", "القسم الأول"),
        ("Druga sekcja", "القسم الثاني"),
    ]) {
        let (left, right) = row.split_once("</div>").unwrap();
        assert!(left.contains("lang=\"pl\" dir=\"ltr\""), "{row}");
        assert!(left.contains(pl), "{row}");
        assert!(right.contains("lang=\"ar\" dir=\"rtl\""), "{row}");
        assert!(right.contains(ar), "{row}");
    }
    // No id twice, though one guide is shown in two languages.
    let mut ids: Vec<&str> = html
        .split(" id=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate ids in {html}");
}

#[tokio::test]
async fn a_missing_visitor_language_shows_the_fallback_and_says_so() {
    let app = TestSite::fixture("site").app();
    // `gamma` is only in Polish; Arabic falls back to English, then Polish.
    let html = app.get("/en/desk?g=gamma&for=ar").await.text();
    assert!(html.contains("notice-fallback"), "{html}");
    assert!(
        !html.contains("lang=\"ar\" dir=\"rtl\"><p class=\"lead\""),
        "{html}"
    );
}

#[tokio::test]
async fn the_desk_searches_in_polish_whatever_the_interface() {
    let app = TestSite::fixture("site").app();
    let html = app.get("/ar/desk?q=alfa&for=uk").await.text();
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\""), "{html}");
    assert!(
        html.contains("name=\"g\" value=\"alpha\""),
        "the Polish search finds alpha: {html}"
    );
    // The visitor's languages by their own names, each marked with its language.
    assert!(
        html.contains("<option value=\"uk\" lang=\"uk\" dir=\"ltr\" selected>Українська</option>"),
        "{html}"
    );
}

#[tokio::test]
async fn the_handout_is_in_the_visitors_language_with_both_checklists() {
    let site = TestSite::fixture("site");
    let pl = site.read("content/guides/alpha/pl.md");
    site.write(
        "content/guides/alpha/pl.md",
        &pl.replacen("+++\n", "+++\nbring = [\"Paszport\"]\n", 1),
    );
    let ar = site.read("content/guides/alpha/ar.md");
    site.write(
        "content/guides/alpha/ar.md",
        &ar.replacen("+++\n", "+++\nbring = [\"جواز السفر\"]\n", 1),
    );
    let now = chrono::DateTime::parse_from_rfc3339("2026-12-02T10:00:00Z")
        .unwrap()
        .to_utc();
    let app = site.app_at(now);
    let r = app.get("/pl/desk/handout?g=alpha&for=ar&pl=1").await;
    r.assert_status(200)
        .assert_contains("<html lang=\"ar\" dir=\"rtl\"")
        .assert_contains("<ul class=\"checklist\" lang=\"ar\" dir=\"rtl\">\n<li>جواز السفر</li>")
        .assert_contains("<ul class=\"checklist\" lang=\"pl\" dir=\"ltr\">\n<li>Paszport</li>")
        .assert_contains("href=\"https://portal.example/g/alpha/ar\"")
        .assert_contains("Pierwsza sekcja")
        .assert_contains("class=\"handout-back no-print\" lang=\"pl\" dir=\"ltr\"");
    // Nothing chosen: back to the desk.
    app.get("/pl/desk/handout?for=ar")
        .await
        .assert_redirect("/pl/desk?for=ar");
}

#[tokio::test]
async fn the_sheet_titles_each_code_in_its_language() {
    let app = TestSite::fixture("site").app();
    let html = app.get("/pl/desk/sheet?g=alpha&in=uk&in=ar").await.text();
    assert!(html.contains("/qr/g/alpha/uk?v="), "{html}");
    assert!(html.contains("/qr/g/alpha/ar?v="), "{html}");
    assert!(html.contains("ألفا بالعربية"), "{html}");
    assert!(html.contains("https://portal.example/g/alpha/uk"), "{html}");
}

#[tokio::test]
async fn guide_and_service_pages_link_to_the_desk() {
    let app = TestSite::fixture("site").app();
    // A GET form, not a link: a crawler sees one desk address per language, not one per page.
    app.get("/uk/guides/alpha").await.assert_contains(
        "<form class=\"desk-open no-print\" action=\"/uk/desk\" method=\"get\"><input type=\"hidden\" name=\"g\" value=\"alpha\"><input type=\"hidden\" name=\"for\" value=\"uk\">",
    );
    let site = TestSite::fixture("directory-site");
    let id = app_first_service(&site);
    site.app()
        .get(&format!("/pl/services/{id}"))
        .await
        .assert_contains(&format!(
            "action=\"/pl/desk\" method=\"get\"><input type=\"hidden\" name=\"s\" value=\"{id}\">"
        ));
}
