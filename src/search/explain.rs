//! tantivy's explanation of a score, as short indented text: one line per part of the sum, each
//! term's BM25 figures on its line. tantivy gives a tree in JSON with field numbers and every
//! constant of the formula as a node of its own, which is too long to compare two hits by.

use serde_json::Value;
use tantivy::query::Explanation;
use tantivy::schema::{Field, Schema};

/// The explanation as lines `score  what`, children indented under their parent.
pub(crate) fn render(explanation: &Explanation, schema: &Schema) -> String {
    let mut out = String::new();
    match serde_json::to_value(explanation) {
        Ok(tree) => node(&tree, 0, schema, &mut out),
        Err(e) => out.push_str(&format!("(explanation not readable: {e})")),
    }
    out
}

fn node(tree: &Value, depth: usize, schema: &Schema, out: &mut String) {
    let value = tree["value"].as_f64().unwrap_or(f64::NAN);
    let description = tree["description"].as_str().unwrap_or("");
    let indent = "  ".repeat(depth);
    if description.starts_with("TermQuery") {
        let term = context(tree)
            .and_then(|c| term_name(c, schema))
            .unwrap_or_default();
        let mut figures = Vec::new();
        for (label, prefix) in [
            ("tf", "freq,"),
            ("dl", "dl,"),
            ("avgdl", "avgdl,"),
            ("idf", "idf,"),
        ] {
            if let Some(v) = find(tree, prefix) {
                figures.push(format!("{label} {v:.1}"));
            }
        }
        out.push_str(&format!(
            "{indent}{value:.3}  {term}  ({})\n",
            figures.join(", ")
        ));
        return;
    }
    out.push_str(&format!("{indent}{value:.3}  {description}\n"));
    if let Some(details) = tree["details"].as_array() {
        for d in details {
            node(d, depth + 1, schema, out);
        }
    }
}

fn context(tree: &Value) -> Option<&str> {
    tree["context"].as_array()?.first()?.as_str()
}

/// `Term=Term(field=3, type=Str, "zasilek")` as `body_pl:zasilek`.
fn term_name(context: &str, schema: &Schema) -> Option<String> {
    let rest = context.split_once("field=")?.1;
    let (id, rest) = rest.split_once(',')?;
    let field = Field::from_field_id(id.trim().parse().ok()?);
    let text = rest.rsplit_once(", ").map_or(rest, |(_, t)| t);
    let text = text.trim_end_matches(')').trim_matches('"');
    let name = schema.get_field_entry(field).name();
    Some(format!("{name}:{text}"))
}

/// The value of the first node below `tree` whose description starts with `prefix`.
fn find(tree: &Value, prefix: &str) -> Option<f64> {
    for d in tree["details"].as_array()? {
        if d["description"]
            .as_str()
            .is_some_and(|s| s.starts_with(prefix))
        {
            return d["value"].as_f64();
        }
        if let Some(v) = find(d, prefix) {
            return Some(v);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use tantivy::collector::TopDocs;
    use tantivy::query::{BoostQuery, Query, TermQuery};
    use tantivy::schema::{IndexRecordOption, TEXT};
    use tantivy::{Index, Term, doc};

    use super::*;

    #[test]
    fn a_boosted_term_on_one_line_with_its_figures() {
        let mut builder = Schema::builder();
        let body = builder.add_text_field("body_pl", TEXT);
        let schema = builder.build();
        let index = Index::create_in_ram(schema.clone());
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer
            .add_document(doc!(body => "zasilek zasilek celowy"))
            .unwrap();
        writer.add_document(doc!(body => "urzad pracy")).unwrap();
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let term = TermQuery::new(
            Term::from_field_text(body, "zasilek"),
            IndexRecordOption::WithFreqs,
        );
        let query = BoostQuery::new(Box::new(term), 3.0);
        let (score, addr) = searcher
            .search(&query, &TopDocs::with_limit(1).order_by_score())
            .unwrap()[0];
        let text = render(&query.explain(&searcher, addr).unwrap(), &schema);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text}");
        assert!(
            lines[0].starts_with(&format!("{score:.3}  Boost x3")),
            "{text}"
        );
        assert!(lines[1].starts_with("  "), "{text}");
        assert!(lines[1].contains("body_pl:zasilek"), "{text}");
        assert!(lines[1].contains("tf 2.0, dl 3.0"), "{text}");
    }
}
