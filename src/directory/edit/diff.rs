//! What an edit changes: the form fields whose values differ, with the values before and after,
//! in the order of the form. The review page shows it; [`super::apply`] writes only these fields,
//! so two edits of different fields of one service can both be approved.

use serde::Serialize;

use super::ServiceDraft;

/// One changed field. A multi-valued field (`topics`, `languages`) has all its values on each
/// side; an empty side means the field is not given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The form field's name (`email`, `description.uk`, `phones.0.number`).
    pub field: String,
    pub before: Vec<String>,
    pub after: Vec<String>,
}

/// The fields that differ between `before` and `after`, in form order (fields only `before` has
/// come where `before` has them, after the others).
pub fn diff(before: &ServiceDraft, after: &ServiceDraft) -> Vec<Change> {
    let old = grouped(before.fields());
    let new = grouped(after.fields());
    let mut names: Vec<&String> = new.iter().map(|(k, _)| k).collect();
    for (k, _) in &old {
        if !names.contains(&k) {
            names.push(k);
        }
    }
    let values = |list: &[(String, Vec<String>)], k: &str| {
        list.iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    names
        .into_iter()
        .filter_map(|k| {
            let (b, a) = (values(&old, k), values(&new, k));
            (b != a).then(|| Change {
                field: k.clone(),
                before: b,
                after: a,
            })
        })
        .collect()
}

/// Form pairs grouped by name, names in order of first appearance.
pub(super) fn grouped(pairs: Vec<(String, String)>) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for (k, v) in pairs {
        match out.iter_mut().find(|(n, _)| *n == k) {
            Some((_, values)) => values.push(v),
            None => out.push((k, vec![v])),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changed_fields_in_form_order() {
        let mut a = ServiceDraft::default();
        a.texts
            .entry("name".into())
            .or_default()
            .insert("pl".into(), "Punkt".into());
        a.languages = vec!["pl".into()];
        a.email = "a@example.org".into();
        let mut b = a.clone();
        b.languages.push("uk".into());
        b.email.clear();
        b.website = "https://example.org".into();
        let changes = diff(&a, &b);
        let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["languages", "website", "email"]);
        assert_eq!(changes[0].before, ["pl"]);
        assert_eq!(changes[0].after, ["pl", "uk"]);
        assert!(changes[2].after.is_empty());
        assert!(diff(&a, &a).is_empty());
    }
}
