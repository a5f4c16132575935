//! The tantivy index: building it from the site, and running a request against it.

use std::collections::{BTreeMap, HashMap};

use tantivy::collector::TopDocs;
use tantivy::query::{EnableScoring, Query};
use tantivy::schema::{Field, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocSet, Index, IndexReader, TantivyDocument, doc};

pub use super::documents::{Document, HitKind};
pub use super::schema::Analysis;

use super::analysis::{self, LemmaTables};
use super::documents::{guide_documents, municipality_documents, service_documents};
use super::lexicon::{Lexicon, LexiconBuilder};
use super::query::{ParsedQuery, QueryContext, build_query};
use super::schema::{self, Fields};
use super::spelling::did_you_mean;
use super::stats::LanguageStatistics;
use crate::config::Config;
use crate::content::Content;
use crate::directory::Directory;
use crate::municipalities::Municipalities;

/// Documents a single request may look at before grouping them by guide: far more than a reader
/// pages through, few enough to stay fast.
const CANDIDATES: usize = 300;
/// Below this many hits in the reader's language, hits in other languages are shown after them.
const FEW: usize = 5;
/// Below this many documents in a language, no word is treated as common.
const COMMON_MIN_DOCS: usize = 2_000;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search analyzers: {0}")]
    Analysis(#[from] analysis::AnalysisError),
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
}

/// One result: a guide or a service, in one language, opening at its best-matching section.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Hit {
    pub kind: HitKind,
    /// The guide's slug or the service's id.
    pub id: String,
    /// The language of the matching text.
    pub lang: String,
    /// The heading anchor of the best-matching section, if a section matched best.
    pub anchor: Option<String>,
    /// The heading trail of that section.
    pub section: Option<String>,
    /// An HTML fragment, escaped, with the matched words in `<mark>`.
    pub snippet: String,
    pub topics: Vec<String>,
    pub score: f32,
}

#[derive(Debug, Clone)]
pub struct SearchRequest<'a> {
    pub text: &'a str,
    /// The reader's language: searched first, its hits listed first.
    pub lang: &'a str,
    /// Only hits on this topic (a facet the reader picked).
    pub topic: Option<&'a str>,
    /// 1-based page of the reader's-language hits.
    pub page: usize,
    pub per_page: usize,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct SearchOutcome {
    /// Hits in the reader's language, this page.
    pub hits: Vec<Hit>,
    /// All hits in the reader's language, before paging.
    pub total: usize,
    /// When the reader's language has few hits: hits in other languages, each marked with its
    /// language.
    pub others: Vec<Hit>,
    /// Topic facets of all hits (before the topic filter), with counts.
    pub topics: Vec<(String, usize)>,
    /// A spelling correction of the query, when nothing was found and one exists.
    pub suggestion: Option<String>,
}

/// What is known of an indexed document without reading it from the index: grouping, facets and
/// links come from here, so a query touches stored text only for the hits it shows.
#[derive(Debug)]
struct DocMeta {
    kind: HitKind,
    id: String,
    lang: String,
    anchor: Option<String>,
    trail: Option<String>,
    topics: Vec<String>,
    /// What its score is multiplied by (see [`Document::weight`]).
    weight: f32,
    /// The glossary's (see [`Document::glossary`]).
    glossary: bool,
}

/// One language's query and what it matched.
type Pass = (Box<dyn Query>, Vec<Group>);

/// A match in another language than the reader's, with its language's query (for its snippet).
type Foreign = (Group, Box<dyn Query>);

/// A guide or service matched by one language's query, with its best document.
struct Group {
    key: usize,
    /// What it is ranked by: `best + second`.
    score: f32,
    /// Its best document's score (times its weight).
    best: f32,
    /// Its second-best document's score (0 when it has only one).
    second: f32,
    /// What its best document's score was multiplied by (see [`Document::weight`]).
    weight: f32,
    addr: tantivy::DocAddress,
    body: Field,
}

pub struct SearchIndex {
    analysis: Analysis,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    meta: Vec<DocMeta>,
    /// Documents per language, for telling common words from rare ones.
    per_language: HashMap<String, usize>,
    /// Each reader language's fallback chain: other-language hits follow it.
    chains: HashMap<String, Vec<String>>,
    /// Each language's words, for typo tolerance, prefixes and "did you mean" (see [`Lexicon`]).
    lexicons: HashMap<String, Lexicon>,
    languages: Vec<String>,
    documents: usize,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("documents", &self.documents)
            .finish()
    }
}

impl SearchIndex {
    /// Indexes every guide page and section and every service of the site.
    pub fn build(
        config: &Config,
        content: &Content,
        directory: &Directory,
        municipalities: &Municipalities,
    ) -> Result<SearchIndex, SearchError> {
        Self::build_all(
            config,
            content,
            directory,
            municipalities,
            Analysis::PerLanguage,
        )
    }

    /// The same with a chosen analysis (the relevance test compares against [`Analysis::Plain`]).
    pub fn build_with(
        config: &Config,
        content: &Content,
        directory: &Directory,
        analysis: Analysis,
    ) -> Result<SearchIndex, SearchError> {
        Self::build_all(
            config,
            content,
            directory,
            &Municipalities::default(),
            analysis,
        )
    }

    /// Guides, services and municipalities, analysed as `analysis` says.
    fn build_all(
        config: &Config,
        content: &Content,
        directory: &Directory,
        municipalities: &Municipalities,
        analysis: Analysis,
    ) -> Result<SearchIndex, SearchError> {
        let guides = content.guides.values().flat_map(guide_documents);
        let services = directory
            .services
            .values()
            .flat_map(|s| service_documents(s, directory, config));
        let places = municipalities
            .places
            .values()
            .flat_map(|p| municipality_documents(p, municipalities, config));
        let docs = guides.chain(services).chain(places);
        let mut index = Self::from_documents(&config.codes(), docs, analysis)?;
        index.chains = config.chains();
        Ok(index)
    }

    /// Builds an index of `docs` for the given languages (also used by the benchmark).
    pub fn from_documents<'a>(
        languages: &[&str],
        docs: impl IntoIterator<Item = Document<'a>>,
        analysis: Analysis,
    ) -> Result<SearchIndex, SearchError> {
        let tables = LemmaTables::embedded()?;
        let (schema, fields) = schema::build(languages, analysis);
        let index = Index::create_in_ram(schema);
        analysis::register_analyzers(index.tokenizers(), &tables);

        // Only documents of the index's languages are indexed, keyed by their place in `meta`.
        let docs: Vec<Document<'a>> = docs
            .into_iter()
            .filter(|d| fields.text.contains_key(d.lang))
            .collect();
        let (lexicons, meta) = std::thread::scope(|scope| {
            // The lexicons (typo tolerance, "did you mean") are counted from the same texts on a
            // thread of their own while tantivy indexes them: counting is a third of the build's
            // work, and start-up waits for the index (issue 8).
            let lexicons = scope.spawn(|| {
                let mut builders: HashMap<&str, LexiconBuilder> = HashMap::new();
                for d in &docs {
                    let lexicon = builders.entry(d.lang).or_default();
                    lexicon.add_text(&d.title);
                    lexicon.add_text(d.heading);
                    lexicon.add_text(&d.body);
                }
                builders
                    .into_iter()
                    .map(|(l, b)| (l.to_string(), b.build()))
                    .collect::<HashMap<String, Lexicon>>()
            });
            let meta = index_documents(&index, &fields, &docs);
            match lexicons.join() {
                Ok(lexicons) => meta.map(|meta| (lexicons, meta)),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })?;
        let reader = index.reader()?;
        let mut per_language: HashMap<String, usize> = HashMap::new();
        for m in &meta {
            *per_language.entry(m.lang.clone()).or_default() += 1;
        }
        Ok(SearchIndex {
            analysis,
            index,
            reader,
            per_language,
            chains: HashMap::new(),
            lexicons,
            documents: meta.len(),
            fields,
            meta,
            languages: languages.iter().map(|l| l.to_string()).collect(),
        })
    }

    pub fn documents(&self) -> usize {
        self.documents
    }

    fn analyzer(&self, lang: &str) -> Option<TextAnalyzer> {
        self.index
            .tokenizers()
            .get(self.analysis.analyzer_name(lang))
    }

    /// Runs a request. Never fails on what the reader typed; an internal index error is logged and
    /// answered as no hits.
    pub fn search(&self, request: &SearchRequest) -> SearchOutcome {
        match self.try_search(request) {
            Ok(o) => o,
            Err(e) => {
                tracing::error!(error = %e, "search failed");
                SearchOutcome::default()
            }
        }
    }

    fn try_search(&self, request: &SearchRequest) -> Result<SearchOutcome, SearchError> {
        let parsed = ParsedQuery::parse(request.text);
        if parsed.is_empty() || !self.fields.text.contains_key(request.lang) {
            return Ok(SearchOutcome::default());
        }
        let searcher = self.reader.searcher();
        // Typo tolerance and completion only in the reader's language: it is the one they type
        // in, and leaving them out keeps the passes over the other languages cheap.
        let Some((own_query, mut own)) =
            self.pass(&searcher, &parsed, request.lang, request.lang, true)?
        else {
            return Ok(SearchOutcome::default());
        };
        // Facets count everything found in the reader's language, before the topic filter.
        let mut facet: BTreeMap<String, usize> = BTreeMap::new();
        for g in &own {
            for t in &self.meta[g.key].topics {
                *facet.entry(t.clone()).or_default() += 1;
            }
        }
        let on_topic = |g: &Group| {
            request
                .topic
                .is_none_or(|topic| self.meta[g.key].topics.iter().any(|t| t == topic))
        };
        own.retain(on_topic);
        let total = own.len();

        // Other languages, matched exactly, only when the reader's language has few hits.
        let others = if total < FEW {
            self.other_languages(&searcher, &parsed, request, &own, &on_topic)?
        } else {
            Vec::new()
        };

        let per_page = request.per_page.clamp(1, 50);
        let start = request.page.saturating_sub(1).saturating_mul(per_page);
        let mut hits = Vec::new();
        for g in own.iter().skip(start).take(per_page) {
            hits.push(self.hit(&searcher, &*own_query, g)?);
        }
        let mut other_hits = Vec::new();
        for (g, query) in &others {
            other_hits.push(self.hit(&searcher, &**query, g)?);
        }
        let suggestion = if total == 0 && other_hits.is_empty() {
            self.lexicons
                .get(request.lang)
                .and_then(|l| did_you_mean(l, &parsed))
        } else {
            None
        };
        let mut topics: Vec<(String, usize)> = facet.into_iter().collect();
        topics.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        Ok(SearchOutcome {
            hits,
            total,
            others: other_hits,
            topics,
            suggestion,
        })
    }

    /// The best few hits in the other languages, each with its language's query (for its
    /// snippet), leaving out what the reader's language already shows. The reader's fallback
    /// languages come first, in order (scores of different languages' fields do not compare),
    /// then the rest; within a language, by score. A guide found in several languages is kept in
    /// the one the reader's chain prefers.
    fn other_languages(
        &self,
        searcher: &tantivy::Searcher,
        parsed: &ParsedQuery,
        request: &SearchRequest,
        own: &[Group],
        on_topic: &dyn Fn(&Group) -> bool,
    ) -> Result<Vec<Foreign>, SearchError> {
        let mut others: Vec<Foreign> = Vec::new();
        for code in self.languages.iter().filter(|c| *c != request.lang) {
            if let Some((query, groups)) = self.pass(searcher, parsed, code, request.lang, false)? {
                let query: std::sync::Arc<dyn Query> = query.into();
                for g in groups.into_iter().filter(|g| on_topic(g)) {
                    others.push((g, query.box_clone()));
                }
            }
        }
        let shown: std::collections::HashSet<(HitKind, &str)> = own
            .iter()
            .map(|g| (self.meta[g.key].kind, self.meta[g.key].id.as_str()))
            .collect();
        let chain = self.chains.get(request.lang);
        let rank = |g: &Group| {
            let lang = &self.meta[g.key].lang;
            chain
                .and_then(|c| c.iter().position(|l| l == lang))
                .unwrap_or(usize::MAX)
        };
        let mut seen = std::collections::HashSet::new();
        others.sort_by(|a, b| {
            rank(&a.0)
                .cmp(&rank(&b.0))
                .then(b.0.score.total_cmp(&a.0.score))
        });
        others.retain(|(g, _)| {
            let m = &self.meta[g.key];
            !shown.contains(&(m.kind, m.id.as_str())) && seen.insert((m.kind, m.id.clone()))
        });
        others.truncate(FEW);
        Ok(others)
    }

    /// One language's search: its query, and the matching guides and services, best first, each
    /// with its best document (so a hit opens at its best section).
    fn pass(
        &self,
        searcher: &tantivy::Searcher,
        parsed: &ParsedQuery,
        code: &str,
        reader_lang: &str,
        fuzzy: bool,
    ) -> Result<Option<Pass>, SearchError> {
        let (Some(lf), Some(analyzer)) = (self.fields.text.get(code), self.analyzer(code)) else {
            return Ok(None);
        };
        let docs_in_language = self.per_language.get(code).copied().unwrap_or(0);
        // Share of the language's documents a term is in; on a small site every word is cheap and
        // frequency says little, so nothing counts as common there.
        let share = |term: &tantivy::Term| {
            if docs_in_language < COMMON_MIN_DOCS {
                return None;
            }
            let df = searcher.doc_freq(term).unwrap_or(0);
            Some(df as f64 / docs_in_language as f64)
        };
        let mut cx = QueryContext {
            analyzer,
            fields: lf,
            lang: code,
            lexicon: if fuzzy { self.lexicons.get(code) } else { None },
            reader_lang,
            share: &share,
        };
        let Some(built) = build_query(parsed, &mut cx) else {
            return Ok(None);
        };
        let query = built.query;
        // A question of what a word means ("что такое повят") is answered by the glossary's
        // section that has every word of the term; other glossary sections keep their weight
        // ("что такое niebieska karta" is not answered by the entry on "karta pobytu").
        let defining = match (parsed.asks_meaning(), &built.every_word) {
            (true, Some(q)) => Some(q.weight(EnableScoring::disabled_from_searcher(searcher))?),
            _ => None,
        };
        let has_every_word = |addr: tantivy::DocAddress| -> Result<bool, SearchError> {
            let Some(w) = &defining else {
                return Ok(false);
            };
            let mut scorer = w.scorer(searcher.segment_reader(addr.segment_ord), 1.0)?;
            Ok(scorer.seek(addr.doc_id) == addr.doc_id)
        };
        let statistics = LanguageStatistics {
            searcher,
            documents: docs_in_language as u64,
        };
        let top = searcher.search_with_statistics_provider(
            &*query,
            &TopDocs::with_limit(CANDIDATES).order_by_score(),
            &statistics,
        )?;
        let mut keys: Vec<Option<tantivy::columnar::Column<u64>>> = Vec::new();
        let mut groups: Vec<Group> = Vec::new();
        // Each guide or service with the index of its group and whether its second-best document
        // has been counted.
        let mut seen: HashMap<(HitKind, &str), (usize, bool)> = HashMap::new();
        for (score, addr) in top {
            let segment = addr.segment_ord as usize;
            if keys.len() <= segment {
                keys.resize_with(segment + 1, || None);
            }
            if keys[segment].is_none() {
                keys[segment] = Some(
                    searcher
                        .segment_reader(addr.segment_ord)
                        .fast_fields()
                        .u64(schema::KEY)?,
                );
            }
            let Some(key) = keys[segment].as_ref().and_then(|c| c.first(addr.doc_id)) else {
                continue;
            };
            let key = key as usize;
            let Some(m) = self.meta.get(key) else {
                continue;
            };
            let weight = if m.glossary && has_every_word(addr)? {
                super::documents::ASKED_GLOSSARY_WEIGHT
            } else {
                m.weight
            };
            let score = score * weight;
            // A better document of the same guide came first: the second best is kept too.
            if let Some((at, counted)) = seen.get_mut(&(m.kind, m.id.as_str())) {
                if !*counted {
                    *counted = true;
                    groups[*at].second = score;
                }
                continue;
            }
            seen.insert((m.kind, m.id.as_str()), (groups.len(), false));
            groups.push(Group {
                key,
                score,
                best: score,
                second: 0.0,
                weight,
                addr,
                body: lf.body,
            });
        }
        // A guide is ranked by its two best documents: one that answers the query in two sections
        // is more about it than one that mentions it once (many guides name "вид на жительство"
        // among the documents to bring; the residence guide talks about it throughout). Half of
        // the second, or a quarter, was tried on the judged queries: MRR 0.882 and 0.878 against
        // 0.897 for all of it.
        for g in &mut groups {
            g.score = g.best + g.second;
        }
        // Weights and second documents may change the order. Equal scores keep the site's order:
        // the index is written by several threads, so tantivy's order of ties varies by run.
        groups.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.key.cmp(&b.key)));
        Ok(Some((query, groups)))
    }

    /// A shown hit, with its snippet: the only place stored text is read.
    fn hit(
        &self,
        searcher: &tantivy::Searcher,
        query: &dyn Query,
        g: &Group,
    ) -> Result<Hit, SearchError> {
        let m = &self.meta[g.key];
        let doc: TantivyDocument = searcher.doc(g.addr)?;
        let mut generator = SnippetGenerator::create(searcher, query, g.body)?;
        generator.set_max_num_chars(180);
        let mut snippet = generator.snippet_from_doc(&doc);
        snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
        let mut html = snippet.to_html();
        if html.is_empty() {
            let body = doc.get_first(g.body).and_then(|v| v.as_str()).unwrap_or("");
            html = crate::html::escape(&truncate(body, 180));
        }
        Ok(Hit {
            kind: m.kind,
            id: m.id.clone(),
            lang: m.lang.clone(),
            anchor: m.anchor.clone(),
            section: m.trail.clone(),
            snippet: html,
            topics: m.topics.clone(),
            score: g.score,
        })
    }

    /// Why the first `n` hits in the reader's language scored what they did: for each, the weight
    /// applied to its kind and tantivy's explanation of its best document's score, so relevance is
    /// tuned from causes rather than guesses (`WITAJ_EXPLAIN`, see `tests/README.md`).
    pub fn explain(
        &self,
        request: &SearchRequest,
        n: usize,
    ) -> Result<Vec<Explained>, SearchError> {
        let parsed = ParsedQuery::parse(request.text);
        let searcher = self.reader.searcher();
        let Some((query, groups)) =
            self.pass(&searcher, &parsed, request.lang, request.lang, true)?
        else {
            return Ok(Vec::new());
        };
        let schema = self.index.schema();
        let statistics = LanguageStatistics {
            searcher: &searcher,
            documents: self.per_language.get(request.lang).copied().unwrap_or(0) as u64,
        };
        let weight = query.weight(EnableScoring::enabled_from_statistics_provider(
            &statistics,
            &searcher,
        ))?;
        let mut out = Vec::new();
        for g in groups.iter().take(n) {
            let segment = searcher.segment_reader(g.addr.segment_ord);
            let explanation = weight.explain(segment, g.addr.doc_id)?;
            let m = &self.meta[g.key];
            out.push(Explained {
                kind: m.kind,
                id: m.id.clone(),
                anchor: m.anchor.clone(),
                score: g.score,
                best: g.best,
                second: g.second,
                weight: g.weight,
                explained_score: explanation.value(),
                explanation: super::explain::render(&explanation, &schema),
            });
        }
        Ok(out)
    }

    /// The best few guides and services for what the reader is typing (the last word also as a
    /// prefix), for suggestions as they type.
    pub fn suggest(&self, text: &str, lang: &str, limit: usize) -> Vec<Hit> {
        let request = SearchRequest {
            text,
            lang,
            topic: None,
            page: 1,
            per_page: limit,
        };
        self.search(&request).hits
    }
}

/// One hit of [`SearchIndex::explain`].
#[derive(Debug, Clone)]
pub struct Explained {
    pub kind: HitKind,
    pub id: String,
    /// The section of a guide its best document is.
    pub anchor: Option<String>,
    /// The score the hit is ranked by: `best + second`.
    pub score: f32,
    /// tantivy's score of its best document times `weight`: the document explained.
    pub best: f32,
    /// The same of its second-best document (a guide's other section), 0 when there is none.
    pub second: f32,
    pub weight: f32,
    /// The score tantivy's explanation adds up to: `best / weight`, unless the two disagree.
    pub explained_score: f32,
    /// tantivy's explanation, one line per part of the score, indented by depth.
    pub explanation: String,
}

/// Writes `docs` into `index` with tantivy's indexing threads and commits; what is known of each
/// document outside tantivy comes back in the order of their keys.
fn index_documents(
    index: &Index,
    fields: &Fields,
    docs: &[Document<'_>],
) -> Result<Vec<DocMeta>, SearchError> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4);
    let mut writer: tantivy::IndexWriter =
        index.writer_with_num_threads(threads, threads * 40_000_000)?;
    let mut meta = Vec::with_capacity(docs.len());
    for d in docs {
        let Some(lf) = fields.text.get(d.lang) else {
            continue;
        };
        let document = doc!(
            fields.key => meta.len() as u64,
            lf.title => d.title.as_ref(),
            lf.heading => d.heading,
            lf.body => d.body.as_ref(),
        );
        meta.push(DocMeta {
            kind: d.kind,
            id: d.id.to_string(),
            lang: d.lang.to_string(),
            anchor: d.anchor.map(str::to_string),
            trail: d.trail.clone(),
            topics: d.topics.to_vec(),
            weight: d.weight,
            glossary: d.glossary,
        });
        writer.add_document(document)?;
    }
    writer.commit()?;
    Ok(meta)
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max).collect();
    out.push('…');
    out
}
