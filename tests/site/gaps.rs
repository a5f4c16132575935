//! `witaj search-gaps` reads what the server recorded in its SQLite file.

use std::process::Command;

#[test]
fn search_gaps_lists_what_the_server_counted() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.sqlite3");
    let store = witaj::state::Store::open(&file).unwrap();
    let day = time::Date::from_calendar_date(2026, time::Month::November, 20).unwrap();
    store.record_search_gap("uk", "зимові шини", day).unwrap();
    store.record_search_gap("uk", "зимові шини", day).unwrap();
    store.record_search_gap("pl", "opony", day).unwrap();
    drop(store);
    let out = Command::new(env!("CARGO_BIN_EXE_witaj"))
        .args(["--state"])
        .arg(&file)
        .args(["search-gaps", "--lang", "uk"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("2  uk  зимові шини  (first 2026-11-20, last 2026-11-20)"),
        "{text}"
    );
    assert!(!text.contains("opony"), "{text}");
    let out = Command::new(env!("CARGO_BIN_EXE_witaj"))
        .args(["--state"])
        .arg(dir.path().join("none.sqlite3"))
        .arg("search-gaps")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("no searches recorded yet"));
}
