//! A draft into a service file with `toml_edit`: only the keys an edit changes are touched, so
//! the editors' comments, key order, blank lines and the fields the form does not show
//! (`source_hash`, a place's name and own hours, `areas`) stay as they were.

use std::path::PathBuf;

use time::Date;
use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value};

use super::diff::grouped;
use super::{EditContext, FieldError, ServiceDraft};
use crate::diagnostics::Diagnostics;
use crate::directory::load::{self, DIRECTORY_DIR};

/// A key the edit must change holds something else than the format says (a text written as a
/// string, a `[[phones]]` written as an inline array): the file is left to an editor.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{key}` is not written as the directory's format writes it ({expected}): edit the file by hand"
)]
pub struct ShapeError {
    pub key: String,
    pub expected: &'static str,
}

/// Sets each form field to its values (none: the key is removed), in `doc`.
pub fn set_fields(
    doc: &mut DocumentMut,
    fields: &[(String, Vec<String>)],
) -> Result<(), ShapeError> {
    let root = doc.as_table_mut();
    for (key, values) in fields {
        let parts: Vec<&str> = key.split('.').collect();
        let one = values.first().map(String::as_str);
        match parts.as_slice() {
            ["topics" | "languages"] => {
                let v =
                    (!values.is_empty()).then(|| Value::Array(values.iter().collect::<Array>()));
                set_value(root, key, v);
            }
            ["free"] => set_value(root, "free", one.map(|b| Value::from(b == "true"))),
            [field] => set_value(root, field, one.map(Value::from)),
            [field, lang] => set_text(root, field, lang, one)?,
            [list @ ("phones" | "locations"), i, rest @ ..] => {
                let i: usize = i.parse().map_err(|_| shape(key, "a numbered entry"))?;
                let entry = entry(root, list, i, one.is_some())?;
                let Some(entry) = entry else { continue };
                match rest {
                    [field] => {
                        if matches!(*field, "address" | "city" | "postal_code") {
                            // Coordinates were read for the old address.
                            entry.remove("lat");
                            entry.remove("lon");
                        }
                        set_value(entry, field, one.map(Value::from));
                    }
                    [field, lang] => set_text(entry, field, lang, one)?,
                    _ => return Err(shape(key, "a known field")),
                }
            }
            _ => return Err(shape(key, "a known field")),
        }
    }
    prune(root, "phones", "number");
    prune(root, "locations", "address");
    Ok(())
}

fn shape(key: &str, expected: &'static str) -> ShapeError {
    ShapeError {
        key: key.to_string(),
        expected,
    }
}

/// Replaces (keeping the comment beside it), adds or removes one value.
fn set_value(table: &mut Table, key: &str, value: Option<Value>) {
    match (table.get_mut(key), value) {
        (Some(item), Some(mut v)) => {
            if let Some(old) = item.as_value() {
                *v.decor_mut() = old.decor().clone();
            }
            *item = Item::Value(v);
        }
        (None, Some(v)) => {
            table.insert(key, Item::Value(v));
        }
        (_, None) => {
            table.remove(key);
        }
    }
}

/// One language of a text (`name = { pl = "…" }`, or a `[name]` table); the text goes when its
/// last language does.
fn set_text(
    table: &mut Table,
    field: &str,
    lang: &str,
    value: Option<&str>,
) -> Result<(), ShapeError> {
    let key = format!("{field}.{lang}");
    match table.get_mut(field) {
        None => {
            if let Some(v) = value {
                let mut t = InlineTable::new();
                t.insert(lang, Value::from(v));
                table.insert(field, Item::Value(Value::InlineTable(t)));
            }
            return Ok(());
        }
        Some(Item::Value(Value::InlineTable(t))) => {
            match value {
                Some(v) => match t.get_mut(lang) {
                    Some(old) => {
                        let decor = old.decor().clone();
                        *old = Value::from(v);
                        *old.decor_mut() = decor;
                    }
                    None => {
                        t.insert(lang, Value::from(v));
                    }
                },
                None => {
                    if t.remove(lang).is_some() {
                        // The removed pair held the spacing before `}`.
                        t.fmt();
                    }
                }
            }
            if !t.is_empty() {
                return Ok(());
            }
        }
        Some(Item::Table(t)) => {
            set_value(t, lang, value.map(Value::from));
            if !t.is_empty() {
                return Ok(());
            }
        }
        Some(_) => return Err(shape(&key, "a table of texts by language")),
    }
    table.remove(field);
    Ok(())
}

/// Entry `i` of `[[list]]`, made (with the entries before it) when `create`; `None` when it does
/// not exist and there is nothing to write.
fn entry<'a>(
    root: &'a mut Table,
    list: &str,
    i: usize,
    create: bool,
) -> Result<Option<&'a mut Table>, ShapeError> {
    if root.get(list).is_none() {
        if !create {
            return Ok(None);
        }
        root.insert(list, Item::ArrayOfTables(ArrayOfTables::new()));
    }
    let Some(Item::ArrayOfTables(aot)) = root.get_mut(list) else {
        return Err(shape(list, "one [[table]] per entry"));
    };
    if i >= aot.len() && !create {
        return Ok(None);
    }
    while aot.len() <= i {
        aot.push(Table::new());
    }
    Ok(aot.get_mut(i))
}

/// Removes the entries of `[[list]]` that lost their `required` key (an emptied phone or place),
/// and the list when it is left empty.
fn prune(root: &mut Table, list: &str, required: &str) {
    let Some(Item::ArrayOfTables(aot)) = root.get_mut(list) else {
        return;
    };
    for i in (0..aot.len()).rev() {
        if aot.get(i).is_some_and(|t| !t.contains_key(required)) {
            aot.remove(i);
        }
    }
    if aot.is_empty() {
        root.remove(list);
    }
}

/// Sets `verified` (only that), keeping its comment.
pub fn set_verified(doc: &mut DocumentMut, date: Date) {
    let value = date
        .to_string()
        .parse::<toml_edit::Datetime>()
        .map(Value::from)
        .ok();
    set_value(doc.as_table_mut(), "verified", value);
}

/// The file of a new service: its fields in the order of the format's README, `verified`, the
/// organisation, then phones and places.
pub fn new_document(draft: &ServiceDraft, verified: Date) -> Result<DocumentMut, ShapeError> {
    let mut doc = DocumentMut::new();
    let fields = grouped(draft.fields());
    let (lists, plain): (Vec<_>, Vec<_>) = fields
        .into_iter()
        .partition(|(k, _)| k.starts_with("phones.") || k.starts_with("locations."));
    set_fields(&mut doc, &plain)?;
    set_verified(&mut doc, verified);
    let org = &draft.organization;
    let mut t = Table::new();
    t.insert("id", Item::Value(Value::from(org.id.as_str())));
    let name: InlineTable = org
        .name
        .iter()
        .map(|(l, n)| (l.as_str(), Value::from(n.as_str())))
        .collect();
    t.insert("name", Item::Value(Value::InlineTable(name)));
    t.insert("kind", Item::Value(Value::from(org.kind.as_str())));
    if !org.website.is_empty() {
        t.insert("website", Item::Value(Value::from(org.website.as_str())));
    }
    doc.as_table_mut().insert("organization", Item::Table(t));
    set_fields(&mut doc, &lists)?;
    Ok(doc)
}

/// Where a service's file is, relative to the site folder, when it is new.
pub fn new_file_path(id: &str) -> PathBuf {
    PathBuf::from(DIRECTORY_DIR).join(format!("{id}.toml"))
}

/// What `witaj check` says of the file the draft would make on its own (a new service's file);
/// every problem on no field, in the loader's words.
pub(super) fn check_new_file(draft: &ServiceDraft, ctx: &EditContext) -> Vec<FieldError> {
    // Any real date: `verified` is set when the file is written.
    let doc = match new_document(draft, time::macros::date!(2000 - 01 - 01)) {
        Ok(doc) => doc,
        Err(e) => return vec![FieldError::new("", e)],
    };
    let mut diags = Diagnostics::default();
    let path = new_file_path(&draft.id);
    let text = doc.to_string();
    load::check_service_text(
        ctx.config,
        ctx.language_names,
        &path,
        &draft.id,
        &text,
        &mut diags,
    );
    diags
        .errors()
        .map(|d| FieldError::new("", &d.message))
        .collect()
}
