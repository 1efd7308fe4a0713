//! One document's extraction → RDF quads, all in the document's own named graph so that
//! rebuilding a document replaces exactly what it said.
//!
//! Per document: the document node (Dublin Core, PROV), each entity (class and superclasses,
//! `rdfs:label`, `skos:altLabel`), each statement as a plain triple, and its provenance as a
//! reified `tkg:Statement` (rdf:subject/predicate/object) with `tkg:evidence` pointing at a NIF
//! sentence (`nif:anchorOf`, `nif:beginIndex`, `nif:endIndex`, byte offsets), `tkg:rule`,
//! `tkg:confidence`, `prov:wasDerivedFrom`, and its qualifiers. A statement that rests on world
//! knowledge is also `prov:wasDerivedFrom` each data set (described once a graph: `rdfs:label`,
//! `dcterms:license`) with `tkg:sourceRecord` for each record followed; one that a data set alone
//! states is a `tkg:WorldKnowledgeStatement` with no `tkg:evidence` and no document behind it.

use crate::rdf::iri::{span_iri, Namespaces, DCTERMS, NIF, PROV, RDF, RDFS, SKOS, TKG, XSD};
use crate::rdf::DocumentGraph;
use crate::relate::{Knowledge, Object, Statement};
use crate::resources::{Dataset, Ontology};
use crate::text::Value;
use oxrdf::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use std::collections::HashSet;

fn iri(s: impl Into<String>) -> NamedNode {
    NamedNode::new_unchecked(s)
}

fn typed(value: &Value) -> Literal {
    Literal::new_typed_literal(value.lexical(), iri(format!("{XSD}{}", value.datatype())))
}

fn lang(text: &str) -> Term {
    Literal::new_language_tagged_literal_unchecked(text, "en").into()
}

/// Quads of one named graph, as they are added.
struct GraphWriter {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl GraphWriter {
    fn add(&mut self, s: &NamedOrBlankNode, p: &str, o: Term) {
        self.quads
            .push(Quad::new(s.clone(), iri(p), o, self.graph.clone()));
    }
}

/// All quads of one document's extraction, in the document's named graph.
pub fn to_quads(g: DocumentGraph, onto: &Ontology, ns: &Namespaces) -> Vec<Quad> {
    let doc = &g.analysis.document;
    let doc_iri = ns.document_iri(&doc.id);
    let mut w = GraphWriter {
        graph: GraphName::NamedNode(iri(&doc_iri)),
        quads: Vec::new(),
    };
    document(&mut w, doc, &doc_iri);
    entities(&mut w, g, onto, &doc_iri);
    let mut sentences_done = HashSet::new();
    for st in g.statements {
        statement(&mut w, g, st, onto, ns, &doc_iri, &mut sentences_done);
    }
    let mut described = HashSet::new();
    for k in g.statements.iter().filter_map(|s| s.knowledge.as_ref()) {
        for d in k.datasets.iter() {
            if described.insert(d) {
                dataset(&mut w, d);
            }
        }
    }
    w.quads
}

/// The document node: its types, id, title and content hash.
fn document(w: &mut GraphWriter, doc: &crate::text::Document, doc_iri: &str) {
    let node: NamedOrBlankNode = iri(doc_iri).into();
    w.add(
        &node,
        &format!("{RDF}type"),
        iri(format!("{TKG}Document")).into(),
    );
    w.add(
        &node,
        &format!("{RDF}type"),
        iri(format!("{PROV}Entity")).into(),
    );
    w.add(
        &node,
        &format!("{DCTERMS}identifier"),
        Literal::from(doc.id.as_str()).into(),
    );
    if let Some(title) = &doc.title {
        w.add(
            &node,
            &format!("{DCTERMS}title"),
            Literal::from(title.as_str()).into(),
        );
    }
    w.add(
        &node,
        &format!("{TKG}contentHash"),
        Literal::from(doc.content_hash()).into(),
    );
}

/// Each named entity: its class and superclasses, label, aliases, and the document.
fn entities(w: &mut GraphWriter, g: DocumentGraph, onto: &Ontology, doc_iri: &str) {
    for (e, entity_iri) in g.analysis.resolution.entities.iter().zip(g.iris) {
        if !e.is_named() {
            continue;
        }
        let node: NamedOrBlankNode = iri(entity_iri).into();
        let mut class = Some(e.class);
        while let Some(c) = class {
            w.add(&node, &format!("{RDF}type"), iri(&onto.class(c).iri).into());
            class = onto.class(c).parent;
        }
        w.add(&node, &format!("{RDFS}label"), lang(&e.label));
        for alias in &e.aliases {
            w.add(&node, &format!("{SKOS}altLabel"), lang(alias));
        }
        w.add(&node, &format!("{TKG}mentionedIn"), iri(doc_iri).into());
    }
}

/// The sentence a statement was read from, as a NIF string (once a sentence).
fn sentence(w: &mut GraphWriter, g: DocumentGraph, st: &Statement, doc_iri: &str) -> String {
    let doc = &g.analysis.document;
    let sentence = &g.analysis.segmentation.sentences[st.sentence];
    let span = span_iri(doc_iri, sentence.start, sentence.end);
    let s: NamedOrBlankNode = iri(&span).into();
    w.add(
        &s,
        &format!("{RDF}type"),
        iri(format!("{NIF}Sentence")).into(),
    );
    w.add(
        &s,
        &format!("{NIF}anchorOf"),
        Literal::from(&doc.text[sentence.start..sentence.end]).into(),
    );
    w.add(
        &s,
        &format!("{NIF}beginIndex"),
        Literal::from(sentence.start as i64).into(),
    );
    w.add(
        &s,
        &format!("{NIF}endIndex"),
        Literal::from(sentence.end as i64).into(),
    );
    w.add(&s, &format!("{NIF}referenceContext"), iri(doc_iri).into());
    span
}

/// A data set that statements rest on.
fn dataset(w: &mut GraphWriter, d: Dataset) {
    let node: NamedOrBlankNode = iri(d.iri()).into();
    let prov_entity = iri(format!("{PROV}Entity")).into();
    w.add(&node, &format!("{RDF}type"), prov_entity);
    w.add(&node, &format!("{RDFS}label"), lang(d.name()));
    if let Some(licence) = d.licence() {
        w.add(&node, &format!("{DCTERMS}license"), iri(licence).into());
    }
}

/// What a statement that rests on world knowledge adds to its provenance.
fn knowledge(w: &mut GraphWriter, stmt: &NamedOrBlankNode, k: &Knowledge) {
    if !k.with_text {
        let class = iri(format!("{TKG}WorldKnowledgeStatement")).into();
        w.add(stmt, &format!("{RDF}type"), class);
    }
    for d in k.datasets.iter() {
        w.add(stmt, &format!("{PROV}wasDerivedFrom"), iri(d.iri()).into());
    }
    for r in &k.records {
        let record = Literal::from(r.as_str()).into();
        w.add(stmt, &format!("{TKG}sourceRecord"), record);
    }
}

/// A statement as a triple, and its provenance as a reified `tkg:Statement`.
fn statement(
    w: &mut GraphWriter,
    g: DocumentGraph,
    st: &Statement,
    onto: &Ontology,
    ns: &Namespaces,
    doc_iri: &str,
    sentences_done: &mut HashSet<crate::text::SentenceId>,
) {
    let property = onto.property(st.property);
    let subject: NamedOrBlankNode = iri(&g.iris[st.subject]).into();
    let object: Term = match &st.object {
        Object::Entity(o) => iri(&g.iris[*o]).into(),
        Object::Value(v) => typed(v).into(),
    };
    w.add(&subject, &property.iri, object.clone());
    let textual = !st.is_world_knowledge();
    let span = if textual && sentences_done.insert(st.sentence) {
        sentence(w, g, st, doc_iri)
    } else {
        let s = &g.analysis.segmentation.sentences[st.sentence];
        span_iri(doc_iri, s.start, s.end)
    };
    let key = format!("{doc_iri}\n{subject}\n{}\n{object}", property.iri);
    let stmt: NamedOrBlankNode =
        iri(ns.statement_iri(&crate::text::document::sha256_hex(&key)[..20])).into();
    w.add(
        &stmt,
        &format!("{RDF}type"),
        iri(format!("{TKG}Statement")).into(),
    );
    w.add(&stmt, &format!("{RDF}subject"), subject.into());
    w.add(&stmt, &format!("{RDF}predicate"), iri(&property.iri).into());
    w.add(&stmt, &format!("{RDF}object"), object);
    if textual {
        w.add(&stmt, &format!("{TKG}evidence"), iri(&span).into());
        w.add(&stmt, &format!("{PROV}wasDerivedFrom"), iri(doc_iri).into());
    }
    if let Some(k) = &st.knowledge {
        knowledge(w, &stmt, k);
    }
    w.add(
        &stmt,
        &format!("{TKG}rule"),
        Literal::from(st.rule.as_str()).into(),
    );
    let confidence = (f64::from(st.confidence) * 100.0).round() / 100.0;
    w.add(
        &stmt,
        &format!("{TKG}confidence"),
        Literal::from(confidence).into(),
    );
    for (q, v) in &st.qualifiers {
        w.add(&stmt, &onto.property(*q).iri, typed(v).into());
    }
}
