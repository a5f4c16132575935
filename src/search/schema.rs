//! The index's fields: per language a title, a heading and a body field, each analysed by that
//! language's analyzer; and a key that ties each document to what the index keeps about it
//! outside tantivy. Both the index (to add documents) and the query side (to name fields) need
//! them, so they live apart from either.

use std::collections::HashMap;

use tantivy::schema::{FAST, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions};

use super::analysis;

/// The fast field holding each document's index into the index's own metadata.
pub(crate) const KEY: &str = "key";

/// Which text analysis an index uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Analysis {
    /// Each language's own analyzer (see [`analysis`]): what the portal uses.
    PerLanguage,
    /// tantivy's default tokenizer for every language: the baseline the relevance test compares
    /// against.
    Plain,
}

impl Analysis {
    /// The registered analyzer a language's fields use.
    pub(crate) fn analyzer_name(self, code: &str) -> &'static str {
        match self {
            Analysis::PerLanguage => analysis::analyzer_name_for(code),
            Analysis::Plain => "default",
        }
    }
}

/// One language's fields.
#[derive(Clone, Copy)]
pub(crate) struct LangFields {
    pub(crate) title: Field,
    pub(crate) heading: Field,
    /// Stored too: snippets are cut from it.
    pub(crate) body: Field,
}

pub(crate) struct Fields {
    pub(crate) key: Field,
    /// Per language code.
    pub(crate) text: HashMap<String, LangFields>,
}

/// The schema of an index over `languages`.
pub(crate) fn build(languages: &[&str], analysis: Analysis) -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let key = builder.add_u64_field(KEY, FAST);
    let mut text = HashMap::new();
    for code in languages {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(analysis.analyzer_name(code))
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let indexed = TextOptions::default().set_indexing_options(indexing);
        let f = LangFields {
            title: builder.add_text_field(&format!("title_{code}"), indexed.clone()),
            heading: builder.add_text_field(&format!("heading_{code}"), indexed.clone()),
            // Only the body is stored: it is where snippets come from.
            body: builder.add_text_field(&format!("body_{code}"), indexed.set_stored()),
        };
        text.insert(code.to_string(), f);
    }
    (builder.build(), Fields { key, text })
}
