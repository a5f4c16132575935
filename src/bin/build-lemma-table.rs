//! Builds `data/lemmas/<lang>.lemmas` from a hunspell dictionary.
//!
//! ```text
//! apt-get install hunspell-pl hunspell-uk hunspell-be      # Debian 12: 1:7.5.0-1, 0.53-3.1
//! cargo run --release --features lemma-tools --bin build-lemma-table -- \
//!     --lang pl --aff /usr/share/hunspell/pl_PL.aff --dic /usr/share/hunspell/pl_PL.dic \
//!     --overrides data/lemma-overrides/pl.txt --out data/lemmas/pl.lemmas
//! ```
//! `--dump FILE` also writes every `form<TAB>lemma` pair the table encodes (for review/diffing);
//! `--explain WORD` (repeatable) prints the candidate lemmas of a word and the one chosen;
//! `--raw-sample FILE` every 500th generated (form, entry) pair before normalisation, to check the
//! affix expansion against `hunspell -s`.
//! Overrides files: one line per lemma, `lemma: form form ...`; `#` starts a comment.

use std::error::Error;
use std::fs;
use std::io::{BufWriter, Write};
use std::time::Instant;

use witaj::search::filters::Normalization;
use witaj::search::lemma_build::{Hunspell, LemmaTableBuilder};

struct Args {
    lang: String,
    aff: String,
    dic: String,
    overrides: Option<String>,
    out: String,
    dump: Option<String>,
    raw_sample: Option<String>,
    explain: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let (mut lang, mut aff, mut dic, mut overrides, mut out, mut dump, mut raw_sample) =
        (None, None, None, None, None, None, None);
    let mut explain = Vec::new();
    while let Some(flag) = it.next() {
        let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--lang" => lang = Some(value),
            "--aff" => aff = Some(value),
            "--dic" => dic = Some(value),
            "--overrides" => overrides = Some(value),
            "--out" => out = Some(value),
            "--dump" => dump = Some(value),
            "--raw-sample" => raw_sample = Some(value),
            "--explain" => explain.push(value),
            other => return Err(format!("unknown option {other}")),
        }
    }
    let need = |v: Option<String>, name: &str| v.ok_or_else(|| format!("missing {name}"));
    Ok(Args {
        lang: need(lang, "--lang")?,
        aff: need(aff, "--aff")?,
        dic: need(dic, "--dic")?,
        overrides,
        out: need(out, "--out")?,
        dump,
        raw_sample,
        explain,
    })
}

fn main() -> Result<(), Box<dyn Error>> {
    let args = parse_args().map_err(|e| format!("{e}\nusage: build-lemma-table --lang pl|uk|be --aff F --dic F --out F [--overrides F] [--dump F]"))?;
    let normalization = match args.lang.as_str() {
        "pl" => Normalization::PolishFolding,
        "uk" | "be" => Normalization::Cyrillic,
        other => return Err(format!("no lemma table for language {other:?}").into()),
    };
    let started = Instant::now();
    let aff = fs::read(&args.aff).map_err(|e| format!("{}: {e}", args.aff))?;
    let dic = fs::read(&args.dic).map_err(|e| format!("{}: {e}", args.dic))?;
    let hunspell = Hunspell::parse(&aff, &dic)?;
    let mut builder = LemmaTableBuilder::new(normalization.function());
    let mut expanded = 0usize;
    // Every 500th expansion, unnormalised, to check against `hunspell -s` (see REPORT.md).
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
        fs::write(path, lines)?;
    }
    if let Some(path) = &args.overrides {
        let text = fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let (lemma, forms) = line
                .split_once(':')
                .ok_or_else(|| format!("{path}:{}: expected `lemma: form form ...`", n + 1))?;
            for form in forms.split_whitespace() {
                builder.force(form, lemma.trim());
            }
        }
    }
    builder.finish();
    for word in &args.explain {
        eprintln!("explain {}", builder.explain(word));
    }
    let mut out =
        BufWriter::new(fs::File::create(&args.out).map_err(|e| format!("{}: {e}", args.out))?);
    let stats = builder.write(&mut out)?;
    out.flush()?;
    if let Some(path) = &args.dump {
        // Read the written table back, so the dump shows exactly what the analyzer will do.
        let table = witaj::search::lemma::LemmaTable::from_vec(fs::read(&args.out)?)?;
        let mut w = BufWriter::new(fs::File::create(path)?);
        for form in builder.forms() {
            writeln!(w, "{form}\t{}", table.lemmatize(form))?;
        }
        w.flush()?;
    }
    eprintln!(
        "{}: {} entries, {} expansions, {} distinct normalised forms ({} ambiguous), {} stored, {} transforms, {} bytes, {:.1}s",
        args.lang,
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
