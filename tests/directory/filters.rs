//! The services page's filters on their own, without HTTP: each alone, combined (AND), with
//! garbage values, and the facet counts beside each choice.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use witaj::Site;
use witaj::directory::OrgKind;
use witaj::directory::filter::{Candidate, Filter, candidates};

use crate::common::query_pairs;
use crate::{holiday, saturday, site, tuesday};

fn ids(found: &[Candidate]) -> BTreeSet<String> {
    found.iter().map(|c| c.service.id.clone()).collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn filter(site: &Site, query: &str) -> Filter {
    Filter::from_pairs(&query_pairs(query), &site.config, &site.directory)
}

/// The ids of the services the filter `query` keeps at `now`.
pub(crate) fn found(site: &Site, query: &str, now: DateTime<Utc>) -> BTreeSet<String> {
    let all = candidates(&site.directory, now);
    ids(&filter(site, query).apply(&all))
}

#[test]
fn each_filter_alone() {
    let s = site();
    let site = s.site();
    let t = tuesday();
    assert_eq!(site.directory.services.len(), 8);
    assert_eq!(
        found(&site, "topic=legal-aid", t),
        set(&["legal-gdansk-uk", "legal-gdynia-pl", "legal-gdynia-uk"])
    );
    assert_eq!(
        found(&site, "speaks=uk", t),
        set(&[
            "legal-gdansk-uk",
            "legal-gdynia-uk",
            "social-gdynia-saturday"
        ])
    );
    assert_eq!(
        found(&site, "place=gdynia", t),
        set(&[
            "legal-gdynia-pl",
            "legal-gdynia-uk",
            "social-gdynia-saturday"
        ])
    );
    // A service counts in a municipality by a location there or by the areas it serves.
    assert_eq!(
        found(&site, "place=puck", t),
        set(&["always-open", "two-places"])
    );
    assert_eq!(
        found(&site, "free=1", t),
        set(&[
            "always-open",
            "legal-gdansk-uk",
            "legal-gdynia-pl",
            "legal-gdynia-uk",
            "night-line"
        ])
    );
    assert_eq!(
        found(&site, "org=ngo", t),
        set(&["legal-gdansk-uk", "legal-gdynia-uk", "night-line"])
    );
    assert_eq!(
        found(&site, "org=city-unit", t),
        set(&["legal-gdynia-pl", "social-gdynia-saturday"])
    );
    assert_eq!(
        found(&site, "open=1", t),
        set(&[
            "always-open",
            "legal-gdansk-uk",
            "legal-gdynia-pl",
            "legal-gdynia-uk",
            "two-places"
        ])
    );
    assert_eq!(found(&site, "", t).len(), 8);
}

#[test]
fn filters_combine_with_and() {
    let s = site();
    let site = s.site();
    let q = "topic=legal-aid&speaks=uk&place=gdynia&open=1";
    // The question of the issue: Ukrainian-speaking legal help in Gdynia, open now.
    assert_eq!(found(&site, q, tuesday()), set(&["legal-gdynia-uk"]));
    assert!(found(&site, q, saturday()).is_empty());
    assert!(found(&site, q, holiday()).is_empty());
    assert_eq!(
        found(&site, "topic=legal-aid&org=city-unit", tuesday()),
        set(&["legal-gdynia-pl"])
    );
    assert_eq!(
        found(&site, "speaks=uk&place=gdynia&open=1", saturday()),
        set(&["social-gdynia-saturday"])
    );
    assert_eq!(
        found(&site, "speaks=uk&free=1", tuesday()),
        set(&["legal-gdansk-uk", "legal-gdynia-uk"])
    );
    assert!(found(&site, "topic=documents&speaks=uk", tuesday()).is_empty());
}

#[test]
fn unknown_or_garbage_values_are_ignored() {
    let s = site();
    let site = s.site();
    let f = filter(
        &site,
        "topic=nope&speaks=xx&place=warszawa&org=government&open=maybe&free=",
    );
    assert!(f.is_empty(), "{f:?}");
    let long = "a".repeat(10_000);
    assert!(filter(&site, &format!("topic={long}")).is_empty());
    // The canonical query string keeps only what applies, in a fixed order.
    let f = filter(&site, "open=1&topic=legal-aid&junk=1&speaks=uk");
    assert_eq!(f.to_query(), "topic=legal-aid&speaks=uk&open=1");
    assert_eq!(filter(&site, "org=ngo&free=true").org, Some(OrgKind::Ngo));
}

#[test]
fn facets_count_what_each_choice_would_give() {
    let s = site();
    let site = s.site();
    let all = candidates(&site.directory, tuesday());
    let f = filter(&site, "place=gdynia");
    let facets = f.facets(&all, &site.config, &site.directory);
    let speaks: BTreeMap<&str, usize> = facets
        .languages
        .iter()
        .map(|(l, n)| (l.as_str(), *n))
        .collect();
    assert_eq!(speaks["uk"], 2);
    assert_eq!(speaks["pl"], 2);
    assert_eq!(speaks["en"], 0);
    let places: BTreeMap<&str, usize> = facets
        .places
        .iter()
        .map(|(p, n)| (p.as_str(), *n))
        .collect();
    // Counts for other places ignore the current place filter.
    assert_eq!(places["gdansk"], 3);
    assert_eq!(places["gdynia"], 3);
    assert_eq!(facets.open_now, 2);
    assert_eq!(facets.free, 2);
}
