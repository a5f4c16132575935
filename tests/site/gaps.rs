//! `witaj search-gaps` reads what the server recorded in its SQLite file.

use crate::common::run_cli;

#[test]
fn search_gaps_lists_what_the_server_counted() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.sqlite3");
    let store = witaj::state::Store::open(&file).unwrap();
    let day = time::Date::from_calendar_date(2026, time::Month::November, 20).unwrap();
    store
        .record_search_gap("uk", "зимові шини", day, None)
        .unwrap();
    store
        .record_search_gap("uk", "зимові шини", day, None)
        .unwrap();
    store.record_search_gap("pl", "opony", day, None).unwrap();
    drop(store);
    let out = run_cli([
        "--state".as_ref(),
        file.as_os_str(),
        "search-gaps".as_ref(),
        "--lang".as_ref(),
        "uk".as_ref(),
    ]);
    out.assert_success();
    let text = &out.stdout;
    assert!(
        text.contains("2  uk  зимові шини  (first 2026-11-20, last 2026-11-20)"),
        "{text}"
    );
    assert!(!text.contains("opony"), "{text}");
    let none = dir.path().join("none.sqlite3");
    let out = run_cli(["--state".as_ref(), none.as_os_str(), "search-gaps".as_ref()]);
    assert!(
        out.stdout.contains("no searches recorded yet"),
        "{}",
        out.stdout
    );
}
