//! Extraction quality gates, measured with the project's scorer on real gold data. They guard the
//! floors of the extractor issue against regressions; the README reports the current numbers.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)] // a failed unwrap is a failed test; a scenario may be long

use std::path::Path;
use textkg::eval::{evaluate, read_gold, Report};
use textkg::Extractor;

fn score(relative: &str) -> Report {
    score_with(relative, &Extractor::builtin().expect("extractor"))
}

fn score_with(relative: &str, extractor: &Extractor) -> Report {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let text = std::fs::read_to_string(&path).expect("gold file");
    let gold = read_gold(&text, relative).expect("gold parses");
    evaluate(extractor, &gold, None, false)
}

/// The relation model ships because it measured better on documents it never saw; this keeps
/// that decision honest after every change to the rules or the model.
#[test]
fn the_model_beats_the_rules_alone_on_held_out_documents() {
    let with_model = Extractor::builtin().expect("extractor");
    assert!(with_model.model.is_some(), "the built-in model loads");
    let mut rules_alone = with_model.clone();
    rules_alone.model = None;
    let measure = "data/eval/redocred-dev-measure.jsonl";
    let (a, b) = (
        score_with(measure, &with_model),
        score_with(measure, &rules_alone),
    );
    assert!(
        a.all.f1() > b.all.f1(),
        "all triples: model {:.3}, rules {:.3}",
        a.all.f1(),
        b.all.f1()
    );
    assert!(
        a.title_subject.f1() > b.title_subject.f1(),
        "article subject: model {:.3}, rules {:.3}",
        a.title_subject.f1(),
        b.title_subject.f1()
    );
}

#[test]
fn held_out_redocred_meets_the_floors() {
    let r = score("data/eval/redocred-dev-measure.jsonl");
    assert_eq!(r.documents, 250);
    let (all, title) = (r.all, r.title_subject);
    assert!(
        all.precision() >= 0.50,
        "all-triples precision {:.3}",
        all.precision()
    );
    assert!(all.f1() >= 0.20, "all-triples F1 {:.3}", all.f1());
    assert!(
        title.precision() >= 0.70,
        "title-subject precision {:.3}",
        title.precision()
    );
    assert!(title.f1() >= 0.40, "title-subject F1 {:.3}", title.f1());
}

#[test]
fn the_example_article_meets_its_floor() {
    let r = score("data/gold/international-socialist-organization.jsonl");
    assert!(
        r.all.precision() >= 0.85,
        "precision {:.3}",
        r.all.precision()
    );
    assert!(r.all.f1() >= 0.90, "F1 {:.3}", r.all.f1());
    for p in ["P571", "P576", "P2124", "P2813", "P488", "P807", "P61"] {
        let c = r.by_property.get(p).copied().unwrap_or_default();
        assert_eq!(c.found, c.gold, "{p}: every gold statement found");
    }
}
