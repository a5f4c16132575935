//! BM25's statistics for one language's fields.
//!
//! Every language's documents share one tantivy index, each filling only its own language's
//! fields. tantivy divides a field's tokens and a term's document frequency by *all* the index's
//! documents, so for a Polish query the average section looked seven times shorter than it is
//! (a Polish document's `body_pl` averaged 10.8 words, counting the empty `body_pl` of every
//! Ukrainian, Russian, … document) and every word looked rarer. The length normalisation then
//! crushed long sections: a guide's 168-word section saying "zasiłek" twice scored under half of
//! a 29-word section saying it once elsewhere. Scoring a language's query against that
//! language's own document count gives BM25 the figures it is defined with.

use tantivy::query::Bm25StatisticsProvider;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

/// The searcher's figures, with the document count of the language whose fields a query names.
pub(crate) struct LanguageStatistics<'a> {
    pub(crate) searcher: &'a Searcher,
    /// Documents in the language (at least 1, so averages stay finite).
    pub(crate) documents: u64,
}

impl Bm25StatisticsProvider for LanguageStatistics<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        // Only the language's own documents have tokens in its fields.
        self.searcher.total_num_tokens(field)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.documents.max(1))
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        self.searcher.doc_freq(term)
    }
}
