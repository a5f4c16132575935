//! The tantivy index: its schema, building it from the site, and running a request against it.

use std::collections::{BTreeMap, HashMap};

use tantivy::collector::TopDocs;
use tantivy::query::Query;
use tantivy::schema::{
    Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, TantivyDocument, doc};

use super::analysis::{self, LemmaTables};
use super::query::{ParsedQuery, build_query};
use super::suggest::Vocabulary;
use crate::config::Config;
use crate::content::Content;
use crate::directory::Directory;

/// Documents a single request may look at before grouping them by guide: far more than a reader
/// pages through, few enough to stay fast.
const CANDIDATES: usize = 300;
/// Below this many hits in the reader's language, hits in other languages are shown after them.
const FEW: usize = 5;
/// Services rank a little below guides with the same score: a general question ("free legal
/// advice") is first answered by the guide, which then lists the services.
const SERVICE_WEIGHT: f32 = 0.8;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search analyzers: {0}")]
    Analysis(#[from] analysis::AnalysisError),
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
}

/// What a hit points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HitKind {
    Guide,
    Service,
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

struct Fields {
    kind: Field,
    id: Field,
    lang: Field,
    anchor: Field,
    trail: Field,
    topics: Field,
    /// Per language: title, headings, text.
    text: HashMap<String, LangFields>,
}

#[derive(Clone, Copy)]
pub struct LangFields {
    pub title: Field,
    pub heading: Field,
    pub body: Field,
}

/// Which text analysis an index uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Analysis {
    /// Each language's own analyzer (see [`analysis`]): what the portal uses.
    PerLanguage,
    /// tantivy's default tokenizer for every language: the baseline the relevance test compares
    /// against.
    Plain,
}

pub struct SearchIndex {
    analysis: Analysis,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    languages: Vec<String>,
    vocabularies: HashMap<String, Vocabulary>,
    documents: usize,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("documents", &self.documents)
            .finish()
    }
}

/// One document to index, whatever its source.
pub struct Document<'a> {
    pub kind: HitKind,
    pub id: &'a str,
    pub lang: &'a str,
    pub anchor: Option<&'a str>,
    pub trail: Option<String>,
    pub title: &'a str,
    pub heading: &'a str,
    pub body: &'a str,
    pub topics: &'a [String],
}

impl SearchIndex {
    /// Indexes every guide page and section and every service of the site.
    pub fn build(
        config: &Config,
        content: &Content,
        directory: &Directory,
    ) -> Result<SearchIndex, SearchError> {
        Self::build_with(config, content, directory, Analysis::PerLanguage)
    }

    /// The same with a chosen analysis (the relevance test compares against [`Analysis::Plain`]).
    pub fn build_with(
        config: &Config,
        content: &Content,
        directory: &Directory,
        analysis: Analysis,
    ) -> Result<SearchIndex, SearchError> {
        let texts: Vec<_> = directory.search_texts(config).collect();
        let mut docs = Vec::new();
        for guide in content.guides.values() {
            for page in guide.pages.values() {
                docs.push(Document {
                    kind: HitKind::Guide,
                    id: &guide.slug,
                    lang: &page.lang,
                    anchor: None,
                    trail: None,
                    title: &page.title,
                    heading: "",
                    body: &page.summary,
                    topics: &guide.topics,
                });
                for section in &page.sections {
                    docs.push(Document {
                        kind: HitKind::Guide,
                        id: &guide.slug,
                        lang: &page.lang,
                        anchor: section.anchor.as_deref(),
                        trail: Some(section.trail.join(" › ")),
                        title: &page.title,
                        heading: section.trail.last().map_or("", String::as_str),
                        body: &section.text,
                        topics: &guide.topics,
                    });
                }
            }
        }
        // A service is indexed once per language its text is really written in; readers of other
        // languages find it among the other-language hits.
        for t in texts.iter().filter(|t| t.lang == t.content_lang) {
            docs.push(Document {
                kind: HitKind::Service,
                id: t.id,
                lang: t.content_lang,
                anchor: None,
                trail: None,
                title: t.title,
                heading: "",
                body: &t.body,
                topics: t.topics,
            });
        }
        let languages: Vec<String> = config.languages.iter().map(|l| l.code.clone()).collect();
        Self::from_documents(&languages, docs, analysis)
    }

    /// Builds an index of `docs` for the given languages (also used by the benchmark).
    pub fn from_documents<'a>(
        languages: &[String],
        docs: impl IntoIterator<Item = Document<'a>>,
        analysis: Analysis,
    ) -> Result<SearchIndex, SearchError> {
        let tables = LemmaTables::embedded()?;
        let mut builder = Schema::builder();
        let kind = builder.add_text_field("kind", STRING | STORED);
        let id = builder.add_text_field("id", STRING | STORED);
        let lang = builder.add_text_field("lang", STRING | STORED);
        let anchor = builder.add_text_field("anchor", STORED);
        let trail = builder.add_text_field("trail", STORED);
        let topics = builder.add_text_field("topics", STRING | STORED);
        let mut text = HashMap::new();
        for code in languages {
            let opts = TextOptions::default()
                .set_indexing_options(
                    TextFieldIndexing::default()
                        .set_tokenizer(analyzer_name(analysis, code))
                        .set_index_option(IndexRecordOption::WithFreqsAndPositions),
                )
                .set_stored();
            let f = LangFields {
                title: builder.add_text_field(&format!("title_{code}"), opts.clone()),
                heading: builder.add_text_field(&format!("heading_{code}"), opts.clone()),
                body: builder.add_text_field(&format!("body_{code}"), opts),
            };
            text.insert(code.clone(), f);
        }
        let schema = builder.build();
        let index = Index::create_in_ram(schema);
        analysis::register_analyzers(index.tokenizers(), &tables);
        let fields = Fields {
            kind,
            id,
            lang,
            anchor,
            trail,
            topics,
            text,
        };

        let mut vocabularies: HashMap<String, Vocabulary> = HashMap::new();
        let mut writer = index.writer_with_num_threads(1, 50_000_000)?;
        let mut documents = 0;
        for d in docs {
            let Some(lf) = fields.text.get(d.lang) else {
                continue;
            };
            let mut document = doc!(
                fields.kind => match d.kind { HitKind::Guide => "guide", HitKind::Service => "service" },
                fields.id => d.id,
                fields.lang => d.lang,
                lf.title => d.title,
                lf.heading => d.heading,
                lf.body => d.body,
            );
            if let Some(a) = d.anchor {
                document.add_text(fields.anchor, a);
            }
            if let Some(t) = &d.trail {
                document.add_text(fields.trail, t);
            }
            for t in d.topics {
                document.add_text(fields.topics, t);
            }
            let vocab = vocabularies.entry(d.lang.to_string()).or_default();
            vocab.add_text(d.title);
            vocab.add_text(d.heading);
            vocab.add_text(d.body);
            writer.add_document(document)?;
            documents += 1;
        }
        writer.commit()?;
        let reader = index.reader()?;
        Ok(SearchIndex {
            analysis,
            index,
            reader,
            fields,
            languages: languages.to_vec(),
            vocabularies,
            documents,
        })
    }

    pub fn documents(&self) -> usize {
        self.documents
    }

    fn analyzer(&self, lang: &str) -> Option<TextAnalyzer> {
        self.index
            .tokenizers()
            .get(analyzer_name(self.analysis, lang))
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
        let mut own: Vec<Hit> = Vec::new();
        let mut others: Vec<Hit> = Vec::new();
        // The reader's language with typo tolerance, then every other language exactly.
        for code in std::iter::once(request.lang).chain(
            self.languages
                .iter()
                .map(String::as_str)
                .filter(|c| *c != request.lang),
        ) {
            let (Some(lf), Some(mut analyzer)) = (self.fields.text.get(code), self.analyzer(code))
            else {
                continue;
            };
            let fuzzy = code == request.lang;
            let Some(query) = build_query(&parsed, &mut analyzer, lf, fuzzy, request.lang) else {
                continue;
            };
            let top =
                searcher.search(&*query, &TopDocs::with_limit(CANDIDATES).order_by_score())?;
            let hits = self.group(&searcher, &*query, lf, top)?;
            if fuzzy {
                own = hits;
            } else {
                others.extend(hits);
            }
        }
        // Facets count everything found in the reader's language, before the topic filter.
        let mut facet: BTreeMap<String, usize> = BTreeMap::new();
        for h in &own {
            for t in &h.topics {
                *facet.entry(t.clone()).or_default() += 1;
            }
        }
        if let Some(topic) = request.topic {
            own.retain(|h| h.topics.iter().any(|t| t == topic));
            others.retain(|h| h.topics.iter().any(|t| t == topic));
        }
        let total = own.len();
        if total >= FEW {
            others.clear();
        } else {
            // One entry per guide or service: skip what the reader's language already lists.
            let shown: std::collections::HashSet<(HitKind, String)> =
                own.iter().map(|h| (h.kind, h.id.clone())).collect();
            let mut seen = std::collections::HashSet::new();
            others.sort_by(|a, b| b.score.total_cmp(&a.score));
            others.retain(|h| {
                !shown.contains(&(h.kind, h.id.clone())) && seen.insert((h.kind, h.id.clone()))
            });
            others.truncate(FEW);
        }
        let per_page = request.per_page.clamp(1, 50);
        let start = request.page.saturating_sub(1).saturating_mul(per_page);
        let hits: Vec<Hit> = own.into_iter().skip(start).take(per_page).collect();
        let suggestion = if total == 0 && others.is_empty() {
            self.vocabularies
                .get(request.lang)
                .and_then(|v| v.correct(&parsed))
        } else {
            None
        };
        let mut topics: Vec<(String, usize)> = facet.into_iter().collect();
        topics.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        Ok(SearchOutcome {
            hits,
            total,
            others,
            topics,
            suggestion,
        })
    }

    /// Groups matching documents by guide or service, keeping each one's best document (so a hit
    /// opens at its best section), with a snippet of it.
    fn group(
        &self,
        searcher: &tantivy::Searcher,
        query: &dyn Query,
        lf: &LangFields,
        top: Vec<(f32, tantivy::DocAddress)>,
    ) -> Result<Vec<Hit>, SearchError> {
        let mut best: Vec<Hit> = Vec::new();
        let mut index_of: HashMap<(HitKind, String), usize> = HashMap::new();
        let mut snippets: Option<SnippetGenerator> = None;
        for (score, addr) in top {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let text = |f: Field| {
                doc.get_first(f)
                    .and_then(|v| v.as_str())
                    .unwrap_or("")
                    .to_string()
            };
            let kind = if text(self.fields.kind) == "service" {
                HitKind::Service
            } else {
                HitKind::Guide
            };
            let key = (kind, text(self.fields.id));
            if index_of.contains_key(&key) {
                continue; // a better document of the same guide came first
            }
            if snippets.is_none() {
                let mut g = SnippetGenerator::create(searcher, query, lf.body)?;
                g.set_max_num_chars(180);
                snippets = Some(g);
            }
            let generator = snippets.as_ref().expect("just set");
            let mut snippet = generator.snippet_from_doc(&doc);
            snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
            let mut html = snippet.to_html();
            if html.is_empty() {
                html = escape(&truncate(&text(lf.body), 180));
            }
            let anchor = Some(text(self.fields.anchor)).filter(|a| !a.is_empty());
            let trail = Some(text(self.fields.trail)).filter(|a| !a.is_empty());
            let score = if kind == HitKind::Service {
                score * SERVICE_WEIGHT
            } else {
                score
            };
            index_of.insert(key.clone(), best.len());
            best.push(Hit {
                kind,
                id: key.1,
                lang: text(self.fields.lang),
                anchor,
                section: trail,
                snippet: html,
                topics: doc
                    .get_all(self.fields.topics)
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
                score,
            });
        }
        // Re-weighting may change the order.
        best.sort_by(|a, b| b.score.total_cmp(&a.score));
        Ok(best)
    }

    /// Titles starting with what the reader is typing, for suggestions as they type.
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

fn analyzer_name(analysis: Analysis, code: &str) -> &'static str {
    match analysis {
        Analysis::PerLanguage => analysis::analyzer_name_for(code),
        Analysis::Plain => "default",
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max).collect();
    out.push('…');
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
