//! Accounts, sessions, CSRF, login limits and the store (issue 10's foundation), in-process
//! against the real router with a real SQLite file in a temporary folder; the command line
//! (`witaj invite`, `witaj backup`) and a `kill -9` of the real server. See tests/README.md.

#[path = "../common/mod.rs"]
mod common;

mod cli;
mod editor_pages;
mod flow;
mod moderation;
mod security;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Body;
use axum::http::Request;
use chrono::{DateTime, Duration, TimeZone, Utc};
use common::{TestResponse, TestSite};
use tower::ServiceExt;
use witaj::accounts::{Inviter, Role};
use witaj::state::Store;
use witaj::web::{AppState, router};

/// 2 December 2026, 10:00 UTC: the instant the tests' clock starts at.
pub fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 10, 0, 0).unwrap()
}

/// A clock the test moves by hand.
#[derive(Clone)]
pub struct Clock(Arc<Mutex<DateTime<Utc>>>);

impl Clock {
    pub fn advance(&self, by: Duration) {
        let mut now = self.0.lock().unwrap();
        *now += by;
    }

    pub fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
}

/// A portal over the directory fixture, its store in a SQLite file of the site's folder.
pub struct Portal {
    pub site: TestSite,
    pub state: AppState,
    pub clock: Clock,
    router: Router,
}

impl Portal {
    /// Over a fresh copy of the directory fixture.
    pub fn fixture() -> Portal {
        Self::over(TestSite::fixture("directory-site"))
    }

    /// Over a fresh copy of the directory fixture made the editors' checkout approvals commit
    /// to: a git repository with one commit (`TestSite::git_repo`).
    pub fn git_checkout() -> Portal {
        let site = TestSite::fixture("directory-site");
        site.git_repo();
        Self::over(site)
    }

    /// Over a fixture copy already changed by the test.
    pub fn over(site: TestSite) -> Portal {
        let clock = Clock(Arc::new(Mutex::new(start())));
        let store = Store::open(&site.path().join("state/witaj.sqlite3")).unwrap();
        let c = clock.clone();
        let state = AppState::new(site.site())
            .with_store(store)
            .with_clock(move || c.now());
        Portal {
            router: router(state.clone()),
            site,
            state,
            clock,
        }
    }

    /// A one-time invitation link's path, as `witaj invite` makes it.
    pub fn invite(&self, email: &str, role: Role) -> String {
        let site = self.state.site();
        witaj::accounts::invite(
            self.state.store(),
            &site.directory,
            email,
            role,
            Inviter::CommandLine,
            self.clock.now(),
        )
        .unwrap()
        .path()
    }

    /// A browser signed in as a new account with `role` (invited, password set).
    pub async fn signed_in(&self, email: &str, role: Role) -> Browser {
        let link = self.invite(email, role);
        let mut b = self.browser();
        let form = b.get(&link).await;
        form.assert_status(200);
        let csrf = csrf_of(&form);
        b.post(
            &link,
            &[
                ("csrf", &csrf),
                ("password", PASSWORD),
                ("password2", PASSWORD),
            ],
        )
        .await
        .assert_status(303);
        b
    }

    pub fn browser(&self) -> Browser {
        Browser {
            router: self.router.clone(),
            cookies: BTreeMap::new(),
        }
    }
}

/// The role of an account of organisation `id` (`[organization] id` in the directory).
pub fn org(id: &str) -> Role {
    Role::Organisation(id.into())
}

/// A password the rules accept.
pub const PASSWORD: &str = "tramwaj jedzie przez Oliwę";

/// A client that keeps its cookies, as a browser does.
pub struct Browser {
    router: Router,
    pub cookies: BTreeMap<String, String>,
}

impl Browser {
    pub async fn get(&mut self, path: &str) -> TestResponse {
        self.send(Request::get(path), Body::empty()).await
    }

    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let req = Request::post(path).header("content-type", "application/x-www-form-urlencoded");
        self.send(req, Body::from(body)).await
    }

    /// GETs `form_page`, then posts `fields` with the page's CSRF token to `action`.
    pub async fn submit(
        &mut self,
        form_page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> TestResponse {
        let page = self.get(form_page).await;
        let csrf = csrf_of(&page);
        let mut all = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post(action, &all).await
    }

    async fn send(&mut self, mut req: axum::http::request::Builder, body: Body) -> TestResponse {
        if !self.cookies.is_empty() {
            let header = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ");
            req = req.header("cookie", header);
        }
        let resp = self
            .router
            .clone()
            .oneshot(req.body(body).unwrap())
            .await
            .unwrap();
        let resp = TestResponse::read(resp).await;
        for set in resp.headers.get_all("set-cookie") {
            let c = cookie::Cookie::parse(set.to_str().unwrap().to_string()).unwrap();
            if c.max_age() == Some(cookie::time::Duration::ZERO) {
                self.cookies.remove(c.name());
            } else {
                self.cookies
                    .insert(c.name().to_string(), c.value().to_string());
            }
        }
        resp
    }
}

/// The CSRF token of the (first) form on a page.
#[track_caller]
pub fn csrf_of(page: &TestResponse) -> String {
    let text = page.text();
    let marker = "name=\"csrf\" value=\"";
    let start = text
        .find(marker)
        .unwrap_or_else(|| panic!("no CSRF field in:\n{text}"))
        + marker.len();
    text[start..start + text[start..].find('"').unwrap()].to_string()
}
