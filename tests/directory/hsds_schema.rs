//! The judge of our HSDS 3.0 output: Open Referral's own compiled JSON schemas, read at test time
//! from `<repository>/../shared/hsds-3.0/` (or the folder `WITAJ_HSDS_SCHEMAS` names), never
//! copied into the repository (they are CC BY-SA and 8 MB). Where the folder is absent the schema
//! half of a check is skipped with a printed reason, except under `CI=true`, where that fails: a
//! green CI run must mean the output was judged.
//!
//! What the schemas cannot say (they describe one record at a time, and allow nulls and empty
//! lists) `assert_hsds_invariants` checks: our rules from docs/api.md.
//!
//! The compiled schemas are self-contained (no `$ref`), so nothing is fetched. Should a later
//! version refer to sibling files, `SiblingFiles` serves them from the same folder; the crate is
//! built without its HTTP and file resolvers, so a reference to anything else fails loudly instead
//! of reaching the network.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::PathBuf;
use std::sync::OnceLock;

use jsonschema::{Retrieve, Uri, Validator};
use serde_json::Value;

use crate::common::{in_ci, repo_root};

/// The published schemas we judge against, one per kind of answer.
#[derive(Clone, Copy, Debug)]
pub enum Schema {
    /// A full service: `GET /services/{id}`, and each record of `?full=true` or of the export.
    Service,
    /// One item of `GET /services`: the one-to-one fields and the organisation.
    ServiceListItem,
}

impl Schema {
    fn file(self) -> &'static str {
        match self {
            Schema::Service => "service.json",
            Schema::ServiceListItem => "service_list.json",
        }
    }
}

/// Where the schemas are: `WITAJ_HSDS_SCHEMAS`, or `shared/hsds-3.0` beside the repository, as CI
/// clones it.
fn folder() -> PathBuf {
    std::env::var_os("WITAJ_HSDS_SCHEMAS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("../shared/hsds-3.0"))
}

/// Serves a `$ref` to `…/name.json` from the schemas' own folder.
struct SiblingFiles(PathBuf);

impl Retrieve for SiblingFiles {
    fn retrieve(
        &self,
        uri: &Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri.as_str().rsplit('/').next().unwrap_or_default();
        let text = std::fs::read_to_string(self.0.join(name))
            .map_err(|e| format!("{uri}: not in {}: {e}", self.0.display()))?;
        Ok(serde_json::from_str(&text)?)
    }
}

/// The compiled validator of `schema`, built once per test binary (the service schema is 2 MB),
/// or `None` when the folder is absent outside CI.
fn validator(schema: Schema) -> Option<&'static Validator> {
    static SERVICE: OnceLock<Option<Validator>> = OnceLock::new();
    static LIST_ITEM: OnceLock<Option<Validator>> = OnceLock::new();
    let cell = match schema {
        Schema::Service => &SERVICE,
        Schema::ServiceListItem => &LIST_ITEM,
    };
    cell.get_or_init(|| {
        let dir = folder();
        let path = dir.join(schema.file());
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if in_ci() => panic!(
                "CI=true, and the HSDS output must be judged there, but {} cannot be read: {e}",
                path.display()
            ),
            Err(e) => {
                // Straight to stderr, not `eprintln!`, which the test harness captures and shows
                // only for failing tests: a skip must be seen.
                let _ = writeln!(
                    std::io::stderr(),
                    "HSDS schema check skipped: {} cannot be read ({e}); set WITAJ_HSDS_SCHEMAS \
                     to the folder of Open Referral's compiled schemas",
                    path.display()
                );
                return None;
            }
        };
        let json: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .with_retriever(SiblingFiles(dir))
            .build(&json)
            .unwrap_or_else(|e| panic!("{} does not compile: {e}", path.display()));
        Some(validator)
    })
    .as_ref()
}

/// Every violation of the published `schema` in `value`, with its place; `None` when the schemas
/// are absent (outside CI).
pub fn violations(schema: Schema, value: &Value) -> Option<Vec<String>> {
    let validator = validator(schema)?;
    Some(
        validator
            .iter_errors(value)
            .map(|e| format!("  at {}: {e}", e.instance_path()))
            .collect(),
    )
}

/// `value` is valid against the published `schema`; every violation is listed with its place.
#[track_caller]
pub fn assert_valid(schema: Schema, value: &Value) {
    let Some(errors) = violations(schema, value) else {
        return;
    };
    assert!(
        errors.is_empty(),
        "not valid against HSDS {}:\n{}\nin {value}",
        schema.file(),
        errors.join("\n")
    );
}

/// The ids seen so far, per kind of record, across one export: HSDS ids are unique per kind.
pub type SeenIds = BTreeMap<&'static str, BTreeSet<String>>;

/// A full service record is valid HSDS (the schema), and keeps our own rules (docs/api.md): no
/// nulls and no empty lists at any depth (both are left out), every id a UUID v5 unique for its
/// kind across `seen`, the `*_id` links equal to the ids of what they link, and times of day as
/// `HH:MM` with Warsaw's UTC offset, never `24:00`.
#[track_caller]
pub fn assert_valid_service(v: &Value, seen: &mut SeenIds) {
    assert_valid(Schema::Service, v);
    assert_hsds_invariants(v, seen);
}

#[track_caller]
fn assert_hsds_invariants(v: &Value, seen: &mut SeenIds) {
    no_nulls(v, "service");
    let mut unique = |kind: &'static str, item: &Value| {
        let id = uuid_v5(item, kind);
        assert!(
            seen.entry(kind).or_default().insert(id.clone()),
            "duplicate {kind} id {id}"
        );
    };
    unique("service", v);
    uuid_v5(&v["organization"], "organization");
    assert_eq!(v["organization_id"], v["organization"]["id"]);
    for (list, kind) in [
        ("phones", "phone"),
        ("languages", "language"),
        ("schedules", "schedule"),
        ("cost_options", "cost_option"),
        ("attributes", "attribute"),
        ("service_areas", "service_area"),
        ("service_at_locations", "service_at_location"),
    ] {
        for item in items(&v[list]) {
            unique(kind, item);
        }
    }
    times(&v["schedules"]);
    for a in items(&v["attributes"]) {
        assert!(
            a["taxonomy_term"].is_object(),
            "attribute without its term: {a}"
        );
        assert_eq!(a["taxonomy_term_id"], a["taxonomy_term"]["id"], "{a}");
    }
    for sal in items(&v["service_at_locations"]) {
        let location = &sal["location"];
        unique("location", location);
        assert_eq!(sal["location_id"], location["id"], "{sal}");
        for s in items(&sal["schedules"]) {
            unique("schedule", s);
        }
        times(&sal["schedules"]);
        for a in items(&location["addresses"]) {
            unique("address", a);
        }
    }
}

fn items(v: &Value) -> impl Iterator<Item = &Value> {
    v.as_array().into_iter().flatten()
}

/// The record's id, which must be a version 5 UUID: derived from our ids, so stable across
/// exports.
#[track_caller]
fn uuid_v5(v: &Value, what: &str) -> String {
    let s = v["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{what} without id: {v}"));
    let u = uuid::Uuid::parse_str(s).unwrap_or_else(|_| panic!("{what} id {s} is not a UUID"));
    assert_eq!(u.get_version_num(), 5, "{what} id {s}");
    s.to_string()
}

#[track_caller]
fn no_nulls(v: &Value, path: &str) {
    match v {
        Value::Null => panic!("null at {path}"),
        Value::Array(a) if a.is_empty() => panic!("empty array at {path}"),
        Value::Array(a) => a.iter().for_each(|x| no_nulls(x, path)),
        Value::Object(m) => m
            .iter()
            .for_each(|(k, x)| no_nulls(x, &format!("{path}.{k}"))),
        _ => {}
    }
}

/// `opens_at` and `closes_at` of schedule rows: `HH:MM` from 00:00 to 23:59 with Warsaw's UTC
/// offset (the schema leaves the string free).
#[track_caller]
fn times(rows: &Value) {
    for row in items(rows) {
        for field in ["opens_at", "closes_at"] {
            let Some(t) = row.get(field) else { continue };
            let t = t
                .as_str()
                .unwrap_or_else(|| panic!("{field} is not a string: {t}"));
            let Some(t) = t
                .strip_suffix("+01:00")
                .or_else(|| t.strip_suffix("+02:00"))
            else {
                panic!("{field} has no Warsaw UTC offset: {t}")
            };
            let ok = t.len() == 5
                && t.as_bytes()[2] == b':'
                && t[..2].parse::<u32>().is_ok_and(|h| h < 24)
                && t[3..].parse::<u32>().is_ok_and(|m| m < 60);
            assert!(ok, "{field} is not a time of day: {t}");
        }
    }
}
