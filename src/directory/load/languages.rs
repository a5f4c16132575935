//! `content/directory/_languages.toml`: names, in themselves, of languages staff may speak beyond
//! the portal's own (`hy = "Հայերեն"`), so a service can list them and the page can name them.

use std::collections::BTreeMap;
use std::path::Path;

use toml::Spanned;

use super::{DIRECTORY_DIR, LANGUAGES_FILE};
use crate::config::Config;
use crate::diagnostics::{Diagnostics, Reporter, read_site_text, rel};

/// Every language code a service may list, with its name in itself: the portal's languages, then
/// those of `content/directory/_languages.toml` (a missing file adds none).
pub fn language_names(
    root: &Path,
    config: &Config,
    diags: &mut Diagnostics,
) -> BTreeMap<String, String> {
    let mut names: BTreeMap<String, String> = config
        .languages
        .iter()
        .map(|l| (l.code.clone(), l.name.clone()))
        .collect();
    let file = root.join(DIRECTORY_DIR).join(LANGUAGES_FILE);
    if !file.is_file() {
        return names;
    }
    let rel = rel(root, &file);
    let Some(text) = read_site_text(root, &file, diags) else {
        return names;
    };
    let mut r = Reporter::new(&rel, &text, 1, diags);
    let Some(raw) = r.parse::<BTreeMap<String, Spanned<String>>>("") else {
        return names;
    };
    for (code, name) in raw {
        let valid = code
            .parse::<unic_langid::LanguageIdentifier>()
            .is_ok_and(|id| id.to_string() == code);
        if !valid {
            r.error(
                &name,
                format_args!(
                    "`{code}` is not a language code: use an ISO 639 code such as `uk` or `hy`"
                ),
            );
        } else if name.get_ref().trim().is_empty() {
            r.error(
                &name,
                format_args!("language `{code}` has no name: write its name in that language itself, as a reader of it would look for it"),
            );
        } else {
            names.entry(code).or_insert_with(|| name.into_inner());
        }
    }
    names
}
