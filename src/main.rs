//! The `witaj` command line: serve the site, check it, report translation status, stamp a
//! translation. Everything else lives in the library so tests exercise the same code.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use witaj::Site;
use witaj::diagnostics::Diagnostics;
use witaj::stamp::stamp;
use witaj::web::{AppState, router};

#[derive(Parser)]
#[command(
    name = "witaj",
    version,
    about = "A multilingual public information portal for newcomers"
)]
struct Cli {
    /// The site folder: the one holding portal.toml, content/, locales/, templates/ and static/.
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    /// The SQLite file for state that is not content (search gaps, accounts, sessions, the audit
    /// log); default: state/witaj.sqlite3
    /// under the site folder.
    #[arg(long, global = true)]
    state: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the site (the default command).
    Serve {
        /// Address to listen on, e.g. 0.0.0.0:8080 (default: `bind` in portal.toml).
        #[arg(long)]
        bind: Option<String>,
        /// Reload the site whenever its files change (for editors previewing their work).
        #[arg(long)]
        watch: bool,
    },
    /// Check every file and render every kind of page once; report problems as
    /// path:line:column: severity: message; exits 1 on errors.
    Check {
        /// `text` (one problem a line) or `json` (an array; the shape is in docs/editors.md).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Judge dates (a year without review) as of this day, YYYY-MM-DD, instead of today.
        #[arg(long, value_parser = parse_date)]
        today: Option<time::Date>,
    },
    /// Print every guide × language as source, current, outdated or missing, and each language's
    /// completeness; with --lang, what that language's translator should do, most important first.
    Status {
        /// Only this language's work: outdated and missing guides, most important first.
        #[arg(long)]
        lang: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Count ages as of this day, YYYY-MM-DD, instead of today.
        #[arg(long, value_parser = parse_date)]
        today: Option<time::Date>,
    },
    /// Start a translation: write content/guides/SLUG/LANG.md from the source file, with the
    /// current source_hash and the values to translate marked `TRANSLATE: `.
    Translate { slug: String, lang: String },
    /// Write every page that does not depend on the clock, in every language, as files with
    /// .gz and .br copies, plus the static files, sitemap.xml and robots.txt (docs/deploy.md).
    Build {
        /// The folder to write; emptied first if an earlier build wrote it.
        #[arg(long)]
        out: PathBuf,
    },
    /// Write the directory of services in a format other systems take.
    Export {
        /// `hsds`: Open Referral HSDS 3.0, every service fully nested in one `Page` (docs/api.md).
        #[arg(long, value_enum, default_value_t = ExportFormat::Hsds)]
        format: ExportFormat,
        /// The file to write; `-` or nothing for standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// The language of the texts (missing ones come from its fallback chain); default: the
        /// source language.
        #[arg(long)]
        lang: Option<String>,
    },
    /// List what visitors searched for and did not find, most frequent first.
    SearchGaps {
        /// Only this language.
        #[arg(long)]
        lang: Option<String>,
        /// How many to list.
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// Print what visitors told the editors: answers per page and language, comments, searches
    /// that found nothing, translation demand, and the trend per month.
    Insight {
        /// `csv` (one table, a `section` column) or `json`.
        #[arg(long, value_enum, default_value_t = InsightFormat::Json)]
        format: InsightFormat,
        /// One calendar month, e.g. 2026-11.
        #[arg(long, conflicts_with_all = ["since", "until"])]
        month: Option<String>,
        /// First day counted, e.g. 2026-11-01.
        #[arg(long)]
        since: Option<String>,
        /// Last day counted, e.g. 2026-11-30.
        #[arg(long)]
        until: Option<String>,
    },
    /// Invite someone to an account: prints a one-time link valid 7 days (also e-mailed when
    /// portal.toml has [smtp]).
    Invite {
        /// `editor` or `organisation`.
        #[arg(long, value_enum)]
        role: InviteRole,
        /// The `[organization] id` of the directory (for `--role organisation`).
        #[arg(long)]
        org: Option<String>,
        #[arg(long)]
        email: String,
    },
    /// Write a consistent copy of the state database to FILE, while the server runs.
    Backup {
        /// A new file (an existing one is never overwritten).
        file: PathBuf,
    },
    /// Record in a translation that it matches the current source-language text.
    Stamp {
        /// Translation files, e.g. content/guides/pesel/uk.md, or service files
        /// (content/directory/<id>.toml: every language in them)
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// List services not verified for some months, oldest first, with their organisation.
    Stale {
        /// How many months without a check make a service stale.
        #[arg(long, default_value_t = 6)]
        months: u32,
        /// `text` one line per service, or `json`.
        #[arg(long, value_enum, default_value_t = StaleFormat::Text)]
        format: StaleFormat,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum StaleFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum InviteRole {
    Editor,
    Organisation,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    Hsds,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum InsightFormat {
    Csv,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

fn parse_date(s: &str) -> Result<time::Date, String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(s, &format).map_err(|e| format!("not a date like 2026-12-02: {e}"))
}

fn today_or(day: Option<time::Date>) -> time::Date {
    day.unwrap_or_else(|| time::OffsetDateTime::now_utc().date())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "witaj=info,tower_http=warn".into()),
        )
        .with_writer(std::io::stderr)
        // Colour codes only for a person at a terminal, never in a log file or journal.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let state = cli
        .state
        .clone()
        .unwrap_or_else(|| cli.root.join("state/witaj.sqlite3"));
    let result = match cli.command.unwrap_or(Command::Serve {
        bind: None,
        watch: false,
    }) {
        Command::Serve { bind, watch } => serve(&cli.root, bind, watch, &state),
        Command::SearchGaps { lang, limit } => search_gaps(&state, lang.as_deref(), limit),
        Command::Check { format, today } => check(&cli.root, format, today_or(today)),
        Command::Status {
            lang,
            format,
            today,
        } => status(&cli.root, &state, lang.as_deref(), format, today_or(today)),
        Command::Translate { slug, lang } => translate(&cli.root, &slug, &lang),
        Command::Build { out } => build(&cli.root, &out),
        Command::Export {
            format,
            output,
            lang,
        } => export(&cli.root, format, output.as_deref(), lang.as_deref()),
        Command::Stamp { paths } => stamp_files(&cli.root, &paths),
        Command::Stale { months, format } => stale(&cli.root, months, format),
        Command::Insight {
            format,
            month,
            since,
            until,
        } => insight(&cli.root, &state, format, month, since, until),
        Command::Invite { role, org, email } => invite(&cli.root, &state, role, org, &email),
        Command::Backup { file } => backup(&state, &file),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("witaj: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn load(root: &Path) -> Result<Site, Diagnostics> {
    Site::load(root)
}

fn report(diags: &Diagnostics) {
    eprint!("{diags}");
    let errors = diags.errors().count();
    let warnings = diags.warnings().count();
    eprintln!("{errors} error(s), {warnings} warning(s)");
}

/// Loads the site for publishing as of `today`, then renders every kind of page once
/// (`web::selfcheck`): the site and the runtime it was checked on, or every problem.
fn load_checked(
    root: &Path,
    today: time::Date,
    listening: Option<std::net::SocketAddr>,
) -> Result<(AppState, tokio::runtime::Runtime, Diagnostics), Diagnostics> {
    let options = witaj::check::Options {
        today,
        ..witaj::check::Options::publishing()
    };
    let mut site = Site::load_with(root, options)?;
    if let Some(addr) = listening {
        site.config.serve_at(addr);
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            let mut diags = Diagnostics::default();
            diags.error(
                root,
                None,
                format_args!("cannot start the async runtime: {e}"),
            );
            return Err(diags);
        }
    };
    let mut warnings = site.warnings.clone();
    let state = AppState::new(site);
    let started = std::time::Instant::now();
    let rendered = runtime.block_on(witaj::web::selfcheck::run(&state));
    tracing::debug!(
        phase = "render self-check",
        ms = started.elapsed().as_millis() as u64,
        "done"
    );
    if rendered.has_errors() {
        warnings.extend(rendered);
        return Err(warnings);
    }
    Ok((state, runtime, warnings))
}

fn check(root: &Path, format: Format, today: time::Date) -> Result<ExitCode> {
    let started = std::time::Instant::now();
    let (diags, ok) = match load_checked(root, today, None) {
        Ok((state, _runtime, warnings)) => {
            let site = state.site();
            let pages: usize = site.content.guides.values().map(|g| g.pages.len()).sum();
            if format == Format::Text {
                report(&warnings);
                println!(
                    "ok: {} guides, {pages} pages in {} languages, {} services, checked in {} ms",
                    site.content.guides.len(),
                    site.config.languages.len(),
                    site.directory.services.len(),
                    started.elapsed().as_millis()
                );
            }
            (warnings, true)
        }
        Err(diags) => {
            if format == Format::Text {
                report(&diags);
            }
            (diags, false)
        }
    };
    if format == Format::Json {
        println!("{}", diags.to_json());
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn status(
    root: &Path,
    state: &Path,
    lang: Option<&str>,
    format: Format,
    today: time::Date,
) -> Result<ExitCode> {
    let options = witaj::check::Options {
        today,
        unfinished: witaj::diagnostics::Severity::Warning,
    };
    let site = match Site::load_with(root, options) {
        Ok(site) => site,
        Err(diags) => {
            report(&diags);
            return Ok(ExitCode::FAILURE);
        }
    };
    if let Some(lang) = lang {
        if site.config.language(lang).is_none() {
            anyhow::bail!(
                "`{lang}` is not a language of this portal (they are: {})",
                site.config.codes().join(", ")
            );
        }
        // What readers asked for with "I need this in my language" comes first; no state file
        // yet is no demand yet.
        let demand = if state.exists() {
            Some(witaj::state::Store::open(state)?.demand_for(lang)?)
        } else {
            None
        };
        let work = witaj::status::work(&site, lang, today, demand.as_ref());
        if format == Format::Json {
            println!("{}", serde_json::to_string_pretty(&work)?);
        } else if work.is_empty() {
            println!("{lang}: nothing to do, every guide is current");
        } else {
            for w in &work {
                let what = match w.days_outdated {
                    Some(days) => format!("outdated, source changed {days} days ago"),
                    None => w.status.as_str().to_string(),
                };
                let asked = if w.demand > 0 {
                    format!("  asked for {} time(s)", w.demand)
                } else {
                    String::new()
                };
                println!(
                    "{:<24} {what:<40} {:>6} words  {}{asked}",
                    w.slug, w.words, w.next
                );
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let r = witaj::status::report(&site, today);
    if format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&r)?);
        return Ok(ExitCode::SUCCESS);
    }
    let width = r
        .guides
        .iter()
        .map(|g| g.slug.len())
        .max()
        .unwrap_or(5)
        .max(5);
    // Lines without trailing spaces: the last column is padded like the others otherwise.
    let mut line = format!("{:width$}", "guide");
    for l in &r.languages {
        line.push_str(&format!("  {:<14}", l.lang));
    }
    println!("{}", line.trim_end());
    for row in &r.guides {
        let mut line = format!("{:width$}", row.slug);
        for c in &row.cells {
            let cell = match c.days_outdated {
                Some(days) => format!("outdated {days}d"),
                None => c.status.as_str().to_string(),
            };
            line.push_str(&format!("  {cell:<14}"));
        }
        println!("{}", line.trim_end());
    }
    println!();
    for l in &r.languages {
        println!(
            "{}: {} current, {} outdated, {} missing; {}% of guides, {}% of words",
            l.lang, l.current, l.outdated, l.missing, l.guides_percent, l.words_percent
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn translate(root: &Path, slug: &str, lang: &str) -> Result<ExitCode> {
    let mut diags = Diagnostics::default();
    let Some(config) = witaj::config::Config::load(root, &mut diags) else {
        report(&diags);
        return Ok(ExitCode::FAILURE);
    };
    let today = time::OffsetDateTime::now_utc().date();
    let started = witaj::translate::translate(root, &config, slug, lang, today)?;
    println!(
        "wrote {} (source_hash {}): translate the values marked TRANSLATE: and the text, then run `witaj check`",
        started.path.display(),
        started.source_hash
    );
    Ok(ExitCode::SUCCESS)
}

fn export(
    root: &Path,
    format: ExportFormat,
    output: Option<&Path>,
    lang: Option<&str>,
) -> Result<ExitCode> {
    let site = match load(root) {
        Ok(site) => site,
        Err(diags) => {
            report(&diags);
            return Ok(ExitCode::FAILURE);
        }
    };
    let lang = lang.unwrap_or(&site.config.source_language);
    if site.config.language(lang).is_none() {
        anyhow::bail!("`{lang}` is not a language of this portal");
    }
    let ExportFormat::Hsds = format;
    let hsds = site.hsds(lang, chrono::Utc::now());
    let json = serde_json::to_string_pretty(&hsds.export())? + "\n";
    match output {
        Some(path) if path != Path::new("-") => {
            std::fs::write(path, json)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!(
                "witaj: wrote {} services as HSDS {} to {}",
                site.directory.services.len(),
                witaj::directory::hsds::HSDS_VERSION,
                path.display()
            );
        }
        _ => print!("{json}"),
    }
    Ok(ExitCode::SUCCESS)
}

fn build(root: &Path, out: &Path) -> Result<ExitCode> {
    let site = match load(root) {
        Ok(site) => site,
        Err(diags) => {
            report(&diags);
            return Ok(ExitCode::FAILURE);
        }
    };
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    let built = runtime.block_on(witaj::web::export::build(AppState::new(site), out))?;
    println!(
        "witaj: wrote {} pages and {} files ({} KB with their .gz and .br copies) to {}",
        built.pages,
        built.files,
        built.bytes / 1024,
        out.display()
    );
    println!(
        "witaj: {} pages say whether a service is open now: `witaj serve` answers them",
        built.clock_dependent.len()
    );
    Ok(ExitCode::SUCCESS)
}

fn stamp_files(root: &Path, paths: &[PathBuf]) -> Result<ExitCode> {
    let mut diags = Diagnostics::default();
    let Some(config) = witaj::config::Config::load(root, &mut diags) else {
        report(&diags);
        return Ok(ExitCode::FAILURE);
    };
    let mut failed = false;
    for path in paths {
        // Accept paths relative to the current folder or to the site root.
        let path = if path.exists() {
            path.clone()
        } else {
            root.join(path)
        };
        match stamp(root, &config, &path) {
            Ok(s) if s.languages.is_empty() => {
                println!("{}: no translations to stamp", path.display())
            }
            Ok(s) if s.changed => println!(
                "{}: stamped {} ({})",
                path.display(),
                s.languages.join(", "),
                s.hash
            ),
            Ok(s) => println!("{}: already current ({})", path.display(), s.hash),
            Err(e) => {
                eprintln!("witaj: {e}");
                failed = true;
            }
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn stale(root: &Path, months: u32, format: StaleFormat) -> Result<ExitCode> {
    let mut diags = Diagnostics::default();
    let config = witaj::config::Config::load(root, &mut diags);
    let directory = config
        .as_ref()
        .map(|c| witaj::directory::Directory::load(root, c, &mut diags));
    let (Some(config), Some(directory), false) = (config, directory, diags.has_errors()) else {
        report(&diags);
        return Ok(ExitCode::FAILURE);
    };
    // Today in Warsaw, where the entries are checked.
    let today = witaj::directory::hours::local_date(chrono::Utc::now());
    let today = time::Date::from_calendar_date(
        chrono::Datelike::year(&today),
        time::Month::try_from(chrono::Datelike::month(&today) as u8)?,
        chrono::Datelike::day(&today) as u8,
    )?;
    let list =
        witaj::directory::edit::stale::stale(&directory, &config.source_language, today, months);
    match format {
        StaleFormat::Json => println!("{}", serde_json::to_string_pretty(&list)?),
        StaleFormat::Text if list.is_empty() => {
            println!("no service is older than {months} months")
        }
        StaleFormat::Text => {
            for s in &list {
                println!(
                    "{}  {}  {} ({})  {}",
                    s.verified, s.id, s.organization, s.organization_id, s.name
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn search_gaps(state: &Path, lang: Option<&str>, limit: usize) -> Result<ExitCode> {
    if !state.exists() {
        println!(
            "no searches recorded yet ({} does not exist)",
            state.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let store = witaj::state::Store::open(state)?;
    let gaps = store.search_gaps(lang, limit)?;
    if gaps.is_empty() {
        println!("no searches without results");
    }
    for g in gaps {
        println!(
            "{:>6}  {:<3} {}  (first {}, last {})",
            g.count, g.lang, g.query, g.first_seen, g.last_seen
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn insight(
    root: &Path,
    state: &Path,
    format: InsightFormat,
    month: Option<String>,
    since: Option<String>,
    until: Option<String>,
) -> Result<ExitCode> {
    use witaj::feedback::insight::Period;
    let period = match month {
        Some(m) => Period::month(&m)?,
        None => Period::between(since.as_deref(), until.as_deref())?,
    };
    let mut diags = Diagnostics::default();
    let Some(config) = witaj::config::Config::load(root, &mut diags) else {
        report(&diags);
        return Ok(ExitCode::FAILURE);
    };
    // No file yet is no feedback yet: the same empty shapes, so scripts need no special case.
    let store = if state.exists() {
        witaj::state::Store::open(state)?
    } else {
        witaj::state::Store::in_memory()
    };
    // Comments past the retention period are deleted here too, not only when a new one arrives.
    let today = time::OffsetDateTime::now_utc().date();
    store.purge_comments(today, config.feedback.comment_retention_months)?;
    let insight = store.insight(period)?;
    match format {
        InsightFormat::Csv => print!("{}", insight.to_csv()),
        InsightFormat::Json => print!("{}", insight.to_json()),
    }
    Ok(ExitCode::SUCCESS)
}

fn invite(
    root: &Path,
    state: &Path,
    role: InviteRole,
    org: Option<String>,
    email: &str,
) -> Result<ExitCode> {
    let role = match (role, org) {
        (InviteRole::Editor, None) => witaj::accounts::Role::Editor,
        (InviteRole::Organisation, Some(org)) => witaj::accounts::Role::Organisation(org),
        (InviteRole::Editor, Some(_)) => anyhow::bail!("--org is only for --role organisation"),
        (InviteRole::Organisation, None) => {
            anyhow::bail!(
                "--role organisation needs --org ORG_ID, the [organization] id of its services"
            )
        }
    };
    let site = match load(root) {
        Ok(site) => site,
        Err(diags) => {
            report(&diags);
            return Ok(ExitCode::FAILURE);
        }
    };
    let store = witaj::state::Store::open(state)?;
    let sent = witaj::accounts::invite::invite_and_mail(
        &store,
        &site,
        email,
        role,
        witaj::accounts::Inviter::CommandLine,
        chrono::Utc::now(),
    )?;
    println!("{}", sent.link);
    match sent.mailed {
        Some(Ok(())) => eprintln!("witaj: the link was also e-mailed to {}", sent.email),
        Some(Err(e)) => {
            eprintln!("witaj: warning: the e-mail was not sent ({e}); pass the link on yourself")
        }
        None => {}
    }
    eprintln!(
        "witaj: the link works once, until {}",
        sent.expires_at.format("%Y-%m-%d %H:%M UTC")
    );
    Ok(ExitCode::SUCCESS)
}

fn backup(state: &Path, file: &Path) -> Result<ExitCode> {
    if !state.exists() {
        anyhow::bail!("there is no state database at {}", state.display());
    }
    let store = witaj::state::Store::open(state)?;
    store.backup_to(file)?;
    println!("witaj: copied {} to {}", state.display(), file.display());
    Ok(ExitCode::SUCCESS)
}

fn serve(root: &Path, bind: Option<String>, watch: bool, state_file: &Path) -> Result<ExitCode> {
    let today = time::OffsetDateTime::now_utc().date();
    // Listen before loading: a site without `base_url` names the address it really serves at in
    // its links and QR codes, and the self-check renders its pages so.
    let mut config_diags = Diagnostics::default();
    let Some(bind) =
        bind.or_else(|| witaj::config::Config::load(root, &mut config_diags).map(|c| c.bind))
    else {
        report(&config_diags);
        eprintln!(
            "witaj: not starting: fix the errors above (run `witaj check` to see them again)"
        );
        return Ok(ExitCode::FAILURE);
    };
    let std_listener =
        std::net::TcpListener::bind(&bind).with_context(|| format!("cannot listen on {bind}"))?;
    std_listener.set_nonblocking(true)?;
    let addr = std_listener.local_addr()?;
    let (state, runtime, warnings) = match load_checked(root, today, Some(addr)) {
        Ok(checked) => checked,
        Err(diags) => {
            report(&diags);
            eprintln!(
                "witaj: not starting: fix the errors above (run `witaj check` to see them again)"
            );
            return Ok(ExitCode::FAILURE);
        }
    };
    if !warnings.is_empty() {
        eprintln!(
            "witaj: {} warning(s); run `witaj check` to list them",
            warnings.len()
        );
    }
    let site = state.site();
    if !site.config.base_url_set && !witaj::config::is_loopback_bind(&bind) {
        eprintln!(
            "witaj: warning: serving other machines at {bind} without `base_url` in portal.toml: links and QR codes name {}",
            site.config.base_url
        );
    }
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(std_listener)
            .with_context(|| format!("cannot listen on {bind}"))?;
        println!(
            "witaj: serving {} guides in {} languages at http://{addr}",
            site.content.guides.len(),
            site.config.languages.len()
        );
        let store = match witaj::state::Store::open(state_file) {
            Ok(store) => store,
            Err(e) => {
                // Serving matters more than counting: say so loudly and count in memory.
                eprintln!("witaj: warning: {e}; searches without results, accounts and sessions are kept in memory only until restart");
                witaj::state::Store::in_memory()
            }
        };
        tracing::debug!(phase = "state store opened", "done");
        // The self-check's searches went to the in-memory store it was built with.
        let state = state.with_store(store);
        state.live().listening_at(addr);
        // A reload (SIGHUP, --watch) renders every kind of page of the new site before swapping
        // it in, as start-up did: a template that fails at render time keeps the old site.
        let handle = tokio::runtime::Handle::current();
        state.live().verify_reloads_with(Box::new(move |site| {
            handle.block_on(witaj::web::selfcheck::run(&AppState::shared(site.clone())))
        }));
        witaj::reload::reload_on_hangup(state.live(), root.to_path_buf());
        // Kept alive for as long as the server runs.
        let _watcher = if watch {
            // Editors see every change at once (and pages will carry a live error banner):
            // nothing is rendered ahead or kept.
            state.live().set_page_cache_bytes(0);
            let watcher = witaj::reload::reload_on_change(state.live(), root)
                .context("cannot watch the site's files")?;
            println!("witaj: watching the site's files; changes are reloaded");
            Some(watcher)
        } else {
            None
        };
        let limits = state.site().config.server.clone();
        witaj::web::serve(listener, router(state), &limits, shutdown_signal()).await;
        eprintln!("witaj: stopped");
        Ok(ExitCode::SUCCESS)
    })
}

/// SIGTERM (from a service manager) or SIGINT (Ctrl-C): stop accepting, drain, exit.
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
    eprintln!("witaj: shutting down; finishing the requests in flight");
}
