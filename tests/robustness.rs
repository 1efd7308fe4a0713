//! Hostile input never panics the pipeline, and everything it reports points into the text.
//! Property tests (proptest) over arbitrary Unicode and over word soups built from the
//! extractor's own trigger words, plus fixed cases for other scripts, markup and huge sentences.
//! `PROPTEST_CASES=20000 cargo test --release --test robustness` runs them longer.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)] // a failed unwrap is a failed test; a scenario may be long

use proptest::prelude::*;
use std::sync::OnceLock;
use textkg::{Document, Extractor};

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::builtin().expect("built-in extractor"))
}

/// Runs the whole pipeline and checks every offset it reports.
fn check(title: Option<&str>, text: &str) {
    let ex = extractor();
    let doc = Document {
        title: title.map(str::to_string),
        ..Document::from_text("p", text)
    };
    let extraction = ex.extract(doc);
    for s in extraction.analysis.segmentation.sentences.iter() {
        assert!(s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    for m in extraction.analysis.mentions.iter() {
        assert!(m.start < m.end && m.end <= text.len(), "mention {m:?}");
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
    }
    for r in textkg::rdf::records(extraction.graph(), &ex.ontology) {
        if let Some(ev) = &r.evidence {
            assert_eq!(&text[ev.start..ev.end], ev.text);
        }
        assert!(
            oxrdf::NamedNode::new(&r.subject.iri).is_ok(),
            "{}",
            r.subject.iri
        );
        serde_json::to_string(&r).expect("record serialises");
    }
    let quads = textkg::rdf::to_quads(extraction.graph(), &ex.ontology, &ex.namespaces);
    load_into_a_store(&ex.namespaces.document_iri("p"), quads);
}

/// The quads load into a real store (with the store feature).
#[cfg(feature = "store")]
fn load_into_a_store(graph: &str, quads: Vec<oxrdf::Quad>) {
    let store = textkg::KgStore::memory().expect("memory store");
    store
        .replace_documents(&[(graph.to_string(), quads)])
        .expect("quads load");
}

/// Without the store, the quads must at least serialise as N-Quads and parse back.
#[cfg(not(feature = "store"))]
fn load_into_a_store(_graph: &str, quads: Vec<oxrdf::Quad>) {
    let mut writer =
        oxrdfio::RdfSerializer::from_format(oxrdfio::RdfFormat::NQuads).for_writer(Vec::new());
    for q in &quads {
        writer.serialize_quad(q).expect("a quad serialises");
    }
    let bytes = writer.finish().expect("serialised");
    let back = oxrdfio::RdfParser::from_format(oxrdfio::RdfFormat::NQuads)
        .for_slice(&bytes)
        .count();
    assert_eq!(back, quads.len());
}

const WORDS: &[&str] = &[
    "The",
    "the",
    "was",
    "is",
    "a",
    "an",
    "founded",
    "in",
    "on",
    "by",
    "of",
    "born",
    "died",
    "(",
    ")",
    ",",
    ".",
    "–",
    "-",
    "\"",
    "'",
    "[1]",
    "U.S.",
    "Dr.",
    "R.",
    "American",
    "Marxist",
    "Party",
    "League",
    "International",
    "Socialist",
    "Organization",
    "ISO",
    "it",
    "He",
    "she",
    "1977",
    "4",
    "May",
    "2001",
    "1500",
    "members",
    "Paris",
    "France",
    "Ohio",
    "County",
    "album",
    "by",
    "\n",
    "\n\n",
    "Newspaper",
    "Founded",
    "LeaderCollective",
    "al-",
    "Hal",
    "Draper",
    "split",
    "from",
    "influenced",
    "against",
    "advocated",
    "é",
    "東京",
    "ـ",
    "\u{200b}",
    "\t",
    ",",
    "and",
    "as",
    "well",
    "Boycott",
    "Divestment",
    "movement",
    "socialist",
    "feminist",
    "Black",
    "feminism",
    "right",
    "to",
    "they",
    "They",
    "economic",
    "political",
    "Spain",
    "France",
    "Marxist",
    "open",
    "disparagingly",
    "term",
    "that",
    "impossibility",
    "theories",
    "adopted",
    "principle",
    "Leninist",
    "\"",
];

proptest! {
    // 512 cases a property in CI; PROPTEST_CASES=20000 for a long run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(512),
        .. ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,400}", title in proptest::option::of("\\PC{0,40}")) {
        check(title.as_deref(), &text);
    }

    #[test]
    fn arbitrary_bytes_as_text_never_panic(text in any::<String>()) {
        check(None, &text);
    }

    #[test]
    fn word_soups_of_trigger_words_never_panic(words in proptest::collection::vec(proptest::sample::select(WORDS), 0..300)) {
        let joined = words.iter().enumerate().fold(String::new(), |mut acc, (i, w)| {
            if i % 3 != 0 { acc.push(' '); }
            acc.push_str(w);
            acc
        });
        check(Some("International Socialist Organization"), &joined);
    }
}

#[test]
fn other_scripts_markup_and_control_characters() {
    for text in [
        "東京は日本の首都である。1868年に首都となった。",
        "القاهرة هي عاصمة مصر. تأسست في عام 969.",
        "Москва — столица России. Основана в 1147 году.",
        "<p>The <b>Acme League</b> was founded in <i>1901</i>.</p><script>alert(1)</script>",
        "= Heading =\n{{Infobox|name=X}}\n* item\n| table |",
        "\u{0}\u{1}\u{7}\u{1b}[31mred\u{1b}[0m The Zed Party was founded in 1950.\u{7f}",
        "e\u{301}cole\u{200d}\u{fe0f} 🇫🇷 The Café Society was dissolved in 1990.",
        "((((((((([[[[[[[[\"\"\"\"''''''",
    ] {
        check(None, text);
    }
}

#[test]
fn a_very_long_sentence_and_no_sentence_at_all() {
    let long = format!(
        "The Acme League {} was founded in 1901.",
        "and the Zed Party ".repeat(5000)
    );
    check(Some("Acme League"), &long);
    let no_sentence = "word ".repeat(20_000);
    check(None, &no_sentence);
    check(None, &"1977 ".repeat(10_000));
}
