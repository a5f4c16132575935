//! Builds `data/lemmas/<lang>.lemmas` from a hunspell dictionary (see `data/lemmas/README.md`).
//!
//! ```text
//! apt-get install hunspell-pl hunspell-uk hunspell-be      # Debian 12: 1:7.5.0-1, 0.53-3.1
//! cargo run --release -p lemma-table -- \
//!     --lang pl --aff /usr/share/hunspell/pl_PL.aff --dic /usr/share/hunspell/pl_PL.dic \
//!     --overrides data/lemma-overrides/pl.txt --out data/lemmas/pl.lemmas
//! ```
//!
//! A workspace member of its own, not a binary of the portal, so that the portal's library holds
//! only what the portal runs; it takes the table format and the normalisations from `witaj`.

mod hunspell;
mod overrides;
mod table;

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result, anyhow};
use clap::{Parser, ValueEnum};
use witaj::search::analysis::Lang;
use witaj::search::lemma::LemmaTable;

use hunspell::Hunspell;
use table::LemmaTableBuilder;

/// Builds a lemma table (`data/lemmas/<lang>.lemmas`) from a hunspell dictionary.
#[derive(Parser)]
#[command(name = "build-lemma-table")]
struct Args {
    /// The language whose analyzer will read the table.
    #[arg(long, value_enum)]
    lang: TableLang,
    /// The dictionary's affix file, e.g. /usr/share/hunspell/pl_PL.aff.
    #[arg(long)]
    aff: PathBuf,
    /// The dictionary's word list, e.g. /usr/share/hunspell/pl_PL.dic.
    #[arg(long)]
    dic: PathBuf,
    /// Hand-written lemmas that win over the dictionary: `lemma: form form ...` per line.
    #[arg(long)]
    overrides: Option<PathBuf>,
    /// Where to write the table.
    #[arg(long)]
    out: PathBuf,
    /// Also write every `form<TAB>lemma` pair the written table encodes, for review and diffing.
    #[arg(long)]
    dump: Option<PathBuf>,
    /// Also write every 500th expanded `(form, entry)` pair before normalisation, to compare the
    /// affix expansion with `hunspell -s`.
    #[arg(long)]
    raw_sample: Option<PathBuf>,
    /// Print the candidate lemmas of a word and the one chosen (repeatable).
    #[arg(long)]
    explain: Vec<String>,
}

/// The languages whose analyzers lemmatise with a table.
#[derive(Clone, Copy, ValueEnum)]
enum TableLang {
    Pl,
    Uk,
    Be,
}

impl TableLang {
    fn lang(self) -> Lang {
        match self {
            TableLang::Pl => Lang::Pl,
            TableLang::Uk => Lang::Uk,
            TableLang::Be => Lang::Be,
        }
    }
}

fn read(path: &Path) -> Result<Vec<u8>> {
    fs::read(path).with_context(|| format!("cannot read {}", path.display()))
}

fn main() -> Result<()> {
    let args = Args::parse();
    let lang = args.lang.lang();
    // The table's keys must be normalised exactly as the analyzer normalises tokens before its
    // lemma filter, so the normalisation comes from the analyzer's own description.
    let normalization = lang
        .normalization()
        .ok_or_else(|| anyhow!("the {} analyzer has no normalisation", lang.code()))?;
    let started = Instant::now();
    let hunspell = Hunspell::parse(&read(&args.aff)?, &read(&args.dic)?)
        .with_context(|| format!("cannot read the dictionary {}", args.aff.display()))?;
    let mut builder = LemmaTableBuilder::new(normalization.function());
    let mut expanded = 0usize;
    let mut sample: Vec<(String, String)> = Vec::new();
    for entry in &hunspell.entries {
        let paradigm = !entry.flags.is_empty();
        hunspell.expand(entry, |form, lemma| {
            expanded += 1;
            if args.raw_sample.is_some() && expanded % 500 == 0 {
                sample.push((form.to_owned(), lemma.to_owned()));
            }
            builder.add(form, lemma, paradigm);
        });
    }
    if let Some(path) = &args.raw_sample {
        let lines: String = sample.iter().map(|(f, l)| format!("{f}\t{l}\n")).collect();
        fs::write(path, lines).with_context(|| format!("cannot write {}", path.display()))?;
    }
    if let Some(path) = &args.overrides {
        let text = String::from_utf8(read(path)?)
            .with_context(|| format!("{} is not UTF-8", path.display()))?;
        let pairs = overrides::parse(&text).with_context(|| format!("{}", path.display()))?;
        for (form, lemma) in pairs {
            builder.force(form, lemma);
        }
    }
    builder.finish();
    for word in &args.explain {
        eprintln!("explain {}", builder.explain(word));
    }
    let file = fs::File::create(&args.out)
        .with_context(|| format!("cannot create {}", args.out.display()))?;
    let mut out = BufWriter::new(file);
    let stats = builder.write(&mut out)?;
    out.flush()?;
    if let Some(path) = &args.dump {
        // Read the written table back, so the dump shows exactly what the analyzer will do.
        let table = LemmaTable::from_vec(read(&args.out)?)?;
        let file =
            fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
        let mut w = BufWriter::new(file);
        for form in builder.forms() {
            writeln!(w, "{form}\t{}", table.lemmatize(form))?;
        }
        w.flush()?;
    }
    eprintln!(
        "{}: {} entries, {} expansions, {} distinct normalised forms ({} ambiguous), {} stored, {} transforms, {} bytes, {:.1}s",
        lang.code(),
        hunspell.entries.len(),
        expanded,
        stats.forms,
        stats.ambiguous_forms,
        stats.stored_forms,
        stats.transforms,
        stats.bytes,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
