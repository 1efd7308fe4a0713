//! Extraction → RDF quads, all in the document's own named graph so that rebuilding a document
//! replaces exactly what it said.
//!
//! Per document: the document node (Dublin Core, PROV), each entity (class and superclasses,
//! `rdfs:label`, `skos:altLabel`), each statement as a plain triple, and its provenance as a
//! reified `tkg:Statement` (rdf:subject/predicate/object) with `tkg:evidence` pointing at a NIF
//! sentence (`nif:anchorOf`, `nif:beginIndex`, `nif:endIndex`, byte offsets), `tkg:rule`,
//! `tkg:confidence`, `prov:wasDerivedFrom`, and its qualifiers.

use crate::ontology::Ontology;
use crate::pipeline::Extraction;
use crate::rdf::{document_iri, span_iri, DCTERMS, NIF, PROV, RDF, RDFS, SKOS, TKG, XSD};
use crate::relation::Object;
use crate::value::Value;
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

fn iri(s: impl Into<String>) -> NamedNode {
    NamedNode::new_unchecked(s)
}

fn typed(value: &Value) -> Literal {
    Literal::new_typed_literal(value.lexical(), iri(format!("{XSD}{}", value.datatype())))
}

/// SHA-256 of a text, hex.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// All quads of one extraction, in the document's named graph.
pub fn to_quads(ex: &Extraction, onto: &Ontology) -> Vec<Quad> {
    let doc = &ex.document;
    let doc_iri = document_iri(&doc.id);
    let graph = GraphName::NamedNode(iri(&doc_iri));
    let mut quads = Vec::new();
    let mut add =
        |s: NamedOrBlankNode, p: &str, o: Term| quads.push(Quad::new(s, iri(p), o, graph.clone()));
    let doc_node: NamedOrBlankNode = iri(&doc_iri).into();
    add(
        doc_node.clone(),
        &format!("{RDF}type"),
        iri(format!("{TKG}Document")).into(),
    );
    add(
        doc_node.clone(),
        &format!("{RDF}type"),
        iri(format!("{PROV}Entity")).into(),
    );
    add(
        doc_node.clone(),
        &format!("{DCTERMS}identifier"),
        Literal::from(doc.id.as_str()).into(),
    );
    if let Some(title) = &doc.title {
        add(
            doc_node.clone(),
            &format!("{DCTERMS}title"),
            Literal::from(title.as_str()).into(),
        );
    }
    add(
        doc_node.clone(),
        &format!("{TKG}contentHash"),
        Literal::from(content_hash(&doc.text)).into(),
    );

    for (e, entity_iri) in ex.resolution.entities.iter().zip(&ex.iris) {
        if e.mentions.is_empty() && !e.is_topic {
            continue;
        }
        let node: NamedOrBlankNode = iri(entity_iri).into();
        let mut class = Some(e.class.as_str());
        while let Some(c) = class {
            add(
                node.clone(),
                &format!("{RDF}type"),
                iri(format!("{TKG}{c}")).into(),
            );
            class = onto.class(c).and_then(|c| c.parent.as_deref());
        }
        add(node.clone(), &format!("{RDFS}label"), lang(&e.label));
        for alias in &e.aliases {
            add(node.clone(), &format!("{SKOS}altLabel"), lang(alias));
        }
        add(
            node.clone(),
            &format!("{TKG}mentionedIn"),
            iri(&doc_iri).into(),
        );
    }

    let mut sentences_done = std::collections::HashSet::new();
    for st in &ex.statements {
        let Some(property) = onto.property(&st.property) else {
            continue;
        };
        let subject: NamedOrBlankNode = iri(&ex.iris[st.subject]).into();
        let object: Term = match &st.object {
            Object::Entity(o) => iri(&ex.iris[*o]).into(),
            Object::Value(v) => typed(v).into(),
        };
        add(subject.clone(), &property.iri, object.clone());

        let sentence = &ex.segmentation.sentences[st.sentence];
        let span = span_iri(&doc_iri, sentence.start, sentence.end);
        if sentences_done.insert(st.sentence) {
            let s: NamedOrBlankNode = iri(&span).into();
            add(
                s.clone(),
                &format!("{RDF}type"),
                iri(format!("{NIF}Sentence")).into(),
            );
            add(
                s.clone(),
                &format!("{NIF}anchorOf"),
                Literal::from(&doc.text[sentence.start..sentence.end]).into(),
            );
            add(
                s.clone(),
                &format!("{NIF}beginIndex"),
                Literal::from(sentence.start as i64).into(),
            );
            add(
                s.clone(),
                &format!("{NIF}endIndex"),
                Literal::from(sentence.end as i64).into(),
            );
            add(s, &format!("{NIF}referenceContext"), iri(&doc_iri).into());
        }
        let key = format!("{doc_iri}\n{subject}\n{}\n{object}", property.iri);
        let stmt: NamedOrBlankNode = iri(format!(
            "{}{}",
            crate::rdf::statement_ns(),
            &content_hash(&key)[..20]
        ))
        .into();
        add(
            stmt.clone(),
            &format!("{RDF}type"),
            iri(format!("{TKG}Statement")).into(),
        );
        add(stmt.clone(), &format!("{RDF}subject"), subject.into());
        add(
            stmt.clone(),
            &format!("{RDF}predicate"),
            iri(&property.iri).into(),
        );
        add(stmt.clone(), &format!("{RDF}object"), object);
        add(stmt.clone(), &format!("{TKG}evidence"), iri(&span).into());
        add(
            stmt.clone(),
            &format!("{TKG}rule"),
            Literal::from(st.rule.as_str()).into(),
        );
        let confidence = (f64::from(st.confidence) * 100.0).round() / 100.0;
        add(
            stmt.clone(),
            &format!("{TKG}confidence"),
            Literal::from(confidence).into(),
        );
        add(
            stmt.clone(),
            &format!("{PROV}wasDerivedFrom"),
            iri(&doc_iri).into(),
        );
        for (q, v) in &st.qualifiers {
            if let Some(qp) = onto.property(q) {
                add(stmt.clone(), &qp.iri, typed(v).into());
            }
        }
    }
    quads
}

fn lang(text: &str) -> Term {
    Literal::new_language_tagged_literal_unchecked(text, "en").into()
}
