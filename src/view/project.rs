//! The store projected onto a graph: entities as nodes, statements as edges with their evidence
//! (or the triples of a user's query), literal values as node attributes or nodes.

use super::{Edge, Evidence, Node, Selection, ViewGraph};
use crate::error::{Error, Result};
use crate::rdf::Namespaces;
use crate::resources::Ontology;
use crate::store::KgStore;
use crate::vocab::TKG;
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use petgraph::graph::{EdgeIndex, NodeIndex};
use std::collections::HashMap;

fn eval_err(e: oxigraph::sparql::QueryEvaluationError) -> Error {
    match e {
        oxigraph::sparql::QueryEvaluationError::Cancelled => Error::Cancelled,
        e => Error::SparqlEvaluation {
            message: e.to_string(),
        },
    }
}

fn term_text(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

/// Entity labels, aliases and most specific classes, from the store.
fn entity_info(store: &KgStore, onto: &Ontology) -> Result<HashMap<String, Node>> {
    let mut nodes: HashMap<String, Node> = HashMap::new();
    let q = "SELECT ?e ?label ?type ?alias WHERE { GRAPH ?g { ?e tkg:mentionedIn ?g ; rdfs:label ?label ; a ?type . \
             OPTIONAL { ?e skos:altLabel ?alias } } }";
    let QueryResults::Solutions(rows) = store.query(q)? else {
        return Ok(nodes);
    };
    for row in rows {
        let row = row.map_err(eval_err)?;
        let (Some(e), Some(label), Some(class)) = (row.get("e"), row.get("label"), row.get("type"))
        else {
            continue;
        };
        let iri = term_text(e);
        let class = term_text(class)
            .strip_prefix(TKG)
            .unwrap_or("Entity")
            .to_string();
        let node = nodes.entry(iri.clone()).or_insert_with(|| Node {
            id: iri.clone(),
            label: term_text(label),
            class: "Entity".into(),
            aliases: Vec::new(),
            attributes: Vec::new(),
        });
        // The most specific class wins.
        if super::is_a(&class, &node.class, onto) {
            node.class = class;
        }
        if let Some(alias) = row.get("alias").map(term_text) {
            if !node.aliases.contains(&alias) && alias != node.label {
                node.aliases.push(alias);
            }
        }
    }
    Ok(nodes)
}

/// A triple of the view with its evidence.
struct Fact {
    s: String,
    p: String,
    o: Term,
    evidence: Option<Evidence>,
}

fn statements(store: &KgStore) -> Result<Vec<Fact>> {
    let q = "SELECT ?s ?p ?o ?sentence ?rule ?conf ?g WHERE { GRAPH ?g { ?st a tkg:Statement ; rdf:subject ?s ; \
             rdf:predicate ?p ; rdf:object ?o ; tkg:rule ?rule ; tkg:confidence ?conf ; tkg:evidence ?span . \
             ?span nif:anchorOf ?sentence } }";
    let mut out = Vec::new();
    let QueryResults::Solutions(rows) = store.query(q)? else {
        return Ok(out);
    };
    let ns = store.namespaces();
    for row in rows {
        let row = row.map_err(eval_err)?;
        let (Some(s), Some(p), Some(o)) = (row.get("s"), row.get("p"), row.get("o")) else {
            continue;
        };
        let text = |name: &str| row.get(name).map(term_text).unwrap_or_default();
        out.push(Fact {
            s: term_text(s),
            p: term_text(p),
            o: o.clone(),
            evidence: Some(Evidence {
                sentence: text("sentence"),
                rule: text("rule"),
                confidence: text("conf").parse().unwrap_or(0.0),
                document: row
                    .get("g")
                    .map(|g| ns.compact(&term_text(g)))
                    .unwrap_or_default(),
            }),
        });
    }
    Ok(out)
}

fn query_facts(store: &KgStore, query: &str) -> Result<Vec<Fact>> {
    let mut out = Vec::new();
    match store.query(query)? {
        QueryResults::Graph(triples) => {
            for t in triples {
                let t = t.map_err(eval_err)?;
                out.push(Fact {
                    s: t.subject.to_string().trim_matches(['<', '>']).to_string(),
                    p: t.predicate.as_str().to_string(),
                    o: t.object,
                    evidence: None,
                });
            }
        }
        QueryResults::Solutions(rows) => {
            for row in rows {
                let row = row.map_err(eval_err)?;
                let (Some(s), Some(p), Some(o)) = (row.get("s"), row.get("p"), row.get("o")) else {
                    return Err(Error::SparqlEvaluation {
                        message:
                            "a --query SELECT must bind ?s ?p ?o in every row (or use CONSTRUCT)"
                                .into(),
                    });
                };
                out.push(Fact {
                    s: term_text(s),
                    p: term_text(p),
                    o: o.clone(),
                    evidence: None,
                });
            }
        }
        QueryResults::Boolean(_) => {
            return Err(Error::SparqlEvaluation {
                message: "--query needs CONSTRUCT or SELECT ?s ?p ?o, not ASK".into(),
            });
        }
    }
    Ok(out)
}

/// Whether a property (IRI) is the one a user named: local name, `tkg:` name, IRI, Wikidata id
/// or label.
fn matches_predicate(wanted: &str, property: &str, onto: &Ontology) -> bool {
    let local = property.strip_prefix(TKG).unwrap_or(property);
    let wanted = wanted.strip_prefix("tkg:").unwrap_or(wanted);
    wanted == property
        || wanted == local
        || onto.property_named(local).is_some_and(|p| {
            let p = onto.property(p);
            p.wikidata.as_deref() == Some(wanted) || p.label == wanted
        })
}

/// The graph being built, with its node and edge indexes.
struct Builder<'a> {
    graph: ViewGraph,
    info: HashMap<String, Node>,
    nodes: HashMap<String, NodeIndex>,
    edges: HashMap<(NodeIndex, NodeIndex, String), EdgeIndex>,
    literals: usize,
    ns: &'a Namespaces,
}

impl Builder<'_> {
    fn node(&mut self, iri: &str) -> NodeIndex {
        if let Some(&n) = self.nodes.get(iri) {
            return n;
        }
        let ns = self.ns;
        let node = self.info.remove(iri).unwrap_or_else(|| Node {
            id: iri.to_string(),
            label: iri
                .strip_prefix(ns.entity())
                .map(|l| l.replace('_', " "))
                .unwrap_or_else(|| ns.compact(iri)),
            class: "Entity".into(),
            aliases: Vec::new(),
            attributes: Vec::new(),
        });
        let n = self.graph.add_node(node);
        self.nodes.insert(iri.to_string(), n);
        n
    }

    fn add(&mut self, fact: Fact, onto: &Ontology, literal_nodes: bool) {
        let local = fact.p.strip_prefix(TKG).unwrap_or(&fact.p).to_string();
        let label = onto
            .property_named(&local)
            .map(|p| onto.property(p).label.clone())
            .unwrap_or_else(|| self.ns.compact(&fact.p));
        let s = self.node(&fact.s);
        let o = match &fact.o {
            Term::NamedNode(n) => self.node(n.as_str()),
            other if !literal_nodes => {
                let attrs = &mut self.graph[s].attributes;
                let attribute = (label, term_text(other));
                if !attrs.contains(&attribute) {
                    attrs.push(attribute);
                }
                return;
            }
            other => {
                self.literals += 1;
                self.graph.add_node(Node {
                    id: format!("literal-{}", self.literals),
                    label: term_text(other),
                    class: "Literal".into(),
                    aliases: Vec::new(),
                    attributes: Vec::new(),
                })
            }
        };
        let key = (s, o, local.clone());
        match self.edges.get(&key) {
            Some(&e) => {
                if let Some(ev) = fact.evidence {
                    if !self.graph[e].evidence.contains(&ev) {
                        self.graph[e].evidence.push(ev);
                    }
                }
            }
            None => {
                let edge = Edge {
                    property: local,
                    label,
                    evidence: fact.evidence.into_iter().collect(),
                };
                let e = self.graph.add_edge(s, o, edge);
                self.edges.insert(key, e);
            }
        }
    }
}

/// The statements of the store (or the triples of the selection's query) as a graph, filtered
/// by the selection's properties.
pub(super) fn project(
    store: &KgStore,
    onto: &Ontology,
    selection: &Selection,
) -> Result<ViewGraph> {
    let facts = match &selection.query {
        Some(q) => query_facts(store, q)?,
        None => statements(store)?,
    };
    let mut b = Builder {
        graph: ViewGraph::new(),
        info: entity_info(store, onto)?,
        nodes: HashMap::new(),
        edges: HashMap::new(),
        literals: 0,
        ns: store.namespaces(),
    };
    for fact in facts {
        let wanted = selection.predicates.is_empty()
            || selection
                .predicates
                .iter()
                .any(|w| matches_predicate(w, &fact.p, onto));
        if wanted {
            b.add(fact, onto, selection.literal_nodes);
        }
    }
    Ok(b.graph)
}
