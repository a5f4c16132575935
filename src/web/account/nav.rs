//! The account navigation every signed-in account page shows (`templates/account/_nav.html`):
//! what this account may use, and which entry is the page being shown (`aria-current="page"`).
//! One list here, so that a page added for editors appears everywhere at once, and an
//! organisation is never shown a link that would answer 403.

use serde::Serialize;

use crate::accounts::Role;
use crate::urls;

/// One entry: its account page (`account(page)`), its label's Fluent id, and who sees it.
struct Entry {
    page: &'static str,
    label: &'static str,
    editors_only: bool,
}

/// In the order shown. The review queue belongs to moderation (issue 10 point 4).
const ENTRIES: &[Entry] = &[
    Entry {
        page: "",
        label: "account-dashboard-title",
        editors_only: false,
    },
    Entry {
        page: "review",
        label: "editor-nav-review",
        editors_only: true,
    },
    Entry {
        page: "status",
        label: "editor-status-title",
        editors_only: true,
    },
    Entry {
        page: "stale",
        label: "editor-stale-title",
        editors_only: true,
    },
    Entry {
        page: "insight",
        label: "editor-insight-title",
        editors_only: true,
    },
    Entry {
        page: "accounts",
        label: "account-accounts-title",
        editors_only: true,
    },
    Entry {
        page: "audit",
        label: "account-audit-title",
        editors_only: true,
    },
];

/// A link of the navigation, as the template shows it.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct NavItem {
    pub href: String,
    pub label: &'static str,
    /// Whether this is the page shown (`aria-current="page"`).
    pub current: bool,
}

/// The navigation of `role` on the page at `path`, its links in language `lang`.
pub fn items(role: &Role, path: &str, lang: &str) -> Vec<NavItem> {
    let editor = *role == Role::Editor;
    ENTRIES
        .iter()
        .filter(|e| editor || !e.editors_only)
        .map(|e| {
            let target = urls::account(e.page);
            NavItem {
                current: path == target,
                href: format!("{target}?lang={lang}"),
                label: e.label,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisations_see_only_their_dashboard() {
        let org = items(&Role::Organisation("x".into()), "/account/", "uk");
        assert_eq!(
            org,
            [NavItem {
                href: "/account/?lang=uk".into(),
                label: "account-dashboard-title",
                current: true
            }]
        );
        let editor = items(&Role::Editor, "/account/stale", "pl");
        assert_eq!(editor.len(), ENTRIES.len());
        let current: Vec<_> = editor.iter().filter(|i| i.current).collect();
        assert_eq!(current.len(), 1);
        assert_eq!(current[0].href, "/account/stale?lang=pl");
    }
}
