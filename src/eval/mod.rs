//! Scoring extraction against gold documents (the Re-DocRED record format; see
//! `data/eval/README.md`): micro precision, recall and F1 over all triples, over the triples
//! whose subject is the article's own entity, and per property. [`training`] prepares gold
//! documents for fitting the pair model.

pub mod gold;
pub mod score;
pub mod training;

pub use gold::{read_gold, GoldDocument, GoldEntity, GoldTriple};
pub use score::{Counts, Mistake, Report};

use crate::pipeline::Extractor;
use crate::rdf::record::{records, StatementRecord};
use crate::resources::Lexicon;
use crate::text::{segment, Date, MentionFinder, Value};
use rayon::prelude::*;
use score::{counted, Scorer};
use std::collections::BTreeSet;

/// Parses a date as a gold entity names it ("August 20, 1920", "1977").
pub fn parse_date(name: &str, extractor: &Extractor) -> Option<Date> {
    let lexicon: &Lexicon = &extractor.lexicon;
    let seg = segment(name, lexicon);
    let mentions = MentionFinder::new(lexicon, &extractor.ontology).find(name, &seg, &[]);
    mentions.into_vec().into_iter().find_map(|m| match m.value {
        Some(Value::Date(d)) => Some(d),
        _ => None,
    })
}

/// Runs the extractor on every gold document and scores it; `relations` limits the properties
/// counted, `keep_errors` lists every wrong prediction and missed triple.
pub fn evaluate(
    extractor: &Extractor,
    gold: &[GoldDocument],
    relations: Option<&BTreeSet<String>>,
    keep_errors: bool,
) -> Report {
    let properties: BTreeSet<String> = gold
        .iter()
        .flat_map(|d| d.triples.iter().map(|t| t.predicate.clone()))
        .collect();
    let records: Vec<Vec<StatementRecord>> = gold
        .par_iter()
        .map(|g| {
            let ex = extractor.extract(g.document());
            records(ex.graph(), &extractor.ontology)
        })
        .collect();
    let parse = |name: &str| parse_date(name, extractor);
    let counts_for = counted(&properties, relations);
    let mut report = Report::default();
    for (g, r) in gold.iter().zip(&records) {
        Scorer::new(g, &extractor.lexicon, &parse).score(r, &counts_for, keep_errors, &mut report);
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_dates_parse_at_their_precision() {
        let extractor = Extractor::builtin().unwrap();
        let d = |name| parse_date(name, &extractor).unwrap();
        assert_eq!(
            d("August 20, 1920"),
            Date {
                year: 1920,
                month: Some(8),
                day: Some(20)
            }
        );
        assert_eq!(
            d("1920"),
            Date {
                year: 1920,
                month: None,
                day: None
            }
        );
    }

    #[test]
    fn annotated_documents_count_only_their_properties_and_their_conventions() {
        // KnowledgeNet: a child's father is met by the parent's child read the other way, and
        // predictions of properties the document was not annotated for do not count.
        let line = r#"{"id": "k", "title": null, "text": "Jane Smith is the daughter of John Smith. Jane Smith was born in 1950.", "entities": [{"names": ["Jane Smith"]}, {"names": ["John Smith"]}], "triples": [{"h": 0, "t": 1, "predicate": "P22"}], "title_entity": null, "annotated": ["P22"]}"#;
        let gold = read_gold(line, "k.jsonl").unwrap();
        let report = evaluate(&Extractor::builtin().unwrap(), &gold, None, false);
        assert_eq!(report.all.gold, 1);
        assert!(
            !report.by_property.contains_key("P569"),
            "{:?}",
            report.by_property
        );
    }

    #[test]
    fn a_gold_document_scores_its_own_facts() {
        let line = r#"{"id": "t", "title": "Acme League", "text": "The Acme League was founded in 1901 by Jane Smith.", "entities": [{"names": ["Acme League"]}, {"names": ["1901"]}, {"names": ["Jane Smith"]}, {"names": ["Nobody"]}], "triples": [{"h": 0, "t": 1, "predicate": "P571"}, {"h": 0, "t": 2, "predicate": "P112"}, {"h": 0, "t": 3, "predicate": "P112"}], "title_entity": 0}"#;
        let gold = read_gold(line, "g.jsonl").unwrap();
        let report = evaluate(&Extractor::builtin().unwrap(), &gold, None, true);
        assert_eq!(report.all.gold, 3);
        assert_eq!(report.all.found, 2, "{:?}", report.errors);
        assert_eq!(report.by_property["P571"].found, 1);
        assert!(report
            .errors
            .iter()
            .any(|m| m.kind == "missed" && m.object == "Nobody"));
    }
}
