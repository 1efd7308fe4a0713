//! Views: the relationship graph as pictures people can read.
//!
//! [`load`] projects the store onto a petgraph [`ViewGraph`] (entities as nodes, statements as
//! edges with their evidence), [`Selection`] narrows it (a focus and a depth, properties, types,
//! a SPARQL query, a size limit), and the submodules write it as DOT, SVG (laid out in-process),
//! Mermaid, GraphML, Cytoscape JSON or a self-contained interactive HTML page.

mod dot;
mod graphml;
mod html;
mod json;
mod mermaid;
mod svg;

pub use dot::to_dot;
pub use graphml::to_graphml;
pub use html::to_html;
pub use json::{to_cytoscape, CytoscapeGraph};
pub use mermaid::to_mermaid;
pub use svg::to_svg;

use crate::error::{Error, Result};
use crate::ontology::Ontology;
use crate::rdf::{compact, TKG};
use crate::store::KgStore;
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

/// A node: an entity, or a literal value when literals are shown as nodes.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Node {
    pub id: String,
    pub label: String,
    /// Ontology class local name (`Person`), or `Literal`.
    pub class: String,
    pub aliases: Vec<String>,
    /// Literal-valued properties shown on the node: (property label, value).
    pub attributes: Vec<(String, String)>,
}

/// Why an edge is there: the sentence, the rule, the confidence, the document.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Evidence {
    pub sentence: String,
    pub rule: String,
    pub confidence: f64,
    pub document: String,
}

/// An edge: one property between two nodes, with all its evidence.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Edge {
    /// Property local name (`influencedBy`).
    pub property: String,
    /// Its label (`influenced by`).
    pub label: String,
    pub evidence: Vec<Evidence>,
}

/// The graph model of every view.
pub type ViewGraph = DiGraph<Node, Edge>;

/// Which part of the graph to show.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// An entity (IRI, label or alias) to centre on.
    pub focus: Option<String>,
    /// How many steps from the focus.
    pub depth: usize,
    /// Only these properties (local names, `tkg:` names, IRIs or Wikidata ids).
    pub predicates: Vec<String>,
    /// Only nodes of these classes (and their subclasses).
    pub types: Vec<String>,
    /// A SPARQL CONSTRUCT, or SELECT ?s ?p ?o, that defines the subgraph.
    pub query: Option<String>,
    /// At most this many nodes.
    pub limit: Option<usize>,
    /// Show literal values as nodes instead of node attributes.
    pub literal_nodes: bool,
}

/// What the selection left out, for the message a user sees.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Omitted {
    pub nodes: usize,
    pub edges: usize,
}

/// Colour and shape families of classes, shared by every format.
pub fn style_of(class: &str, onto: &Ontology) -> (&'static str, &'static str) {
    let families: [(&str, &str, &str); 8] = [
        ("Person", "#f4a261", "ellipse"),
        ("Organization", "#2a9d8f", "box"),
        ("Place", "#8ab17d", "hexagon"),
        ("Ideology", "#e9c46a", "diamond"),
        ("Concept", "#e9c46a", "diamond"),
        ("CreativeWork", "#a78bfa", "note"),
        ("Event", "#e76f51", "octagon"),
        ("Literal", "#dddddd", "plaintext"),
    ];
    for (family, colour, shape) in families {
        if class == family || onto.is_subclass(class, family) {
            return (colour, shape);
        }
    }
    ("#cbd5e1", "box")
}

/// The class family a class belongs to, for legends and filters.
pub fn family_of(class: &str, onto: &Ontology) -> &'static str {
    for family in [
        "Person",
        "Organization",
        "Place",
        "Ideology",
        "Concept",
        "CreativeWork",
        "Event",
        "Literal",
    ] {
        if class == family || onto.is_subclass(class, family) {
            return family;
        }
    }
    "Other"
}

fn eval_err(e: impl std::fmt::Display) -> Error {
    Error::SparqlEvaluation {
        message: e.to_string(),
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
    if let QueryResults::Solutions(rows) = store.query(q)? {
        for row in rows {
            let row = row.map_err(eval_err)?;
            let (Some(e), Some(label), Some(class)) =
                (row.get("e"), row.get("label"), row.get("type"))
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
            if onto.is_subclass(&class, &node.class) {
                node.class = class;
            }
            if let Some(alias) = row.get("alias").map(term_text) {
                if !node.aliases.contains(&alias) && alias != node.label {
                    node.aliases.push(alias);
                }
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
    if let QueryResults::Solutions(rows) = store.query(q)? {
        for row in rows {
            let row = row.map_err(eval_err)?;
            let (Some(s), Some(p), Some(o)) = (row.get("s"), row.get("p"), row.get("o")) else {
                continue;
            };
            out.push(Fact {
                s: term_text(s),
                p: term_text(p),
                o: o.clone(),
                evidence: Some(Evidence {
                    sentence: row.get("sentence").map(term_text).unwrap_or_default(),
                    rule: row.get("rule").map(term_text).unwrap_or_default(),
                    confidence: row
                        .get("conf")
                        .map(term_text)
                        .and_then(|c| c.parse().ok())
                        .unwrap_or(0.0),
                    document: row
                        .get("g")
                        .map(|g| compact(&term_text(g)))
                        .unwrap_or_default(),
                }),
            });
        }
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

fn matches_predicate(wanted: &str, property: &str, onto: &Ontology) -> bool {
    let local = property.strip_prefix(TKG).unwrap_or(property);
    let wanted = wanted.strip_prefix("tkg:").unwrap_or(wanted);
    wanted == property
        || wanted == local
        || onto
            .property(local)
            .is_some_and(|p| p.wikidata.as_deref() == Some(wanted) || p.label == wanted)
}

/// Builds the view graph from the store.
pub fn load(
    store: &KgStore,
    onto: &Ontology,
    selection: &Selection,
) -> Result<(ViewGraph, Omitted)> {
    let mut info = entity_info(store, onto)?;
    let facts = match &selection.query {
        Some(q) => query_facts(store, q)?,
        None => statements(store)?,
    };
    let mut graph = ViewGraph::new();
    let mut index: HashMap<String, NodeIndex> = HashMap::new();
    let mut edge_index: HashMap<(NodeIndex, NodeIndex, String), petgraph::graph::EdgeIndex> =
        HashMap::new();
    let mut node_for =
        |graph: &mut ViewGraph, iri: &str, info: &mut HashMap<String, Node>| -> NodeIndex {
            *index.entry(iri.to_string()).or_insert_with(|| {
                let node = info.remove(iri).unwrap_or_else(|| Node {
                    id: iri.to_string(),
                    label: iri
                        .strip_prefix(crate::rdf::entity_ns().as_str())
                        .map(|l| l.replace('_', " "))
                        .unwrap_or_else(|| compact(iri)),
                    class: "Entity".into(),
                    aliases: Vec::new(),
                    attributes: Vec::new(),
                });
                graph.add_node(node)
            })
        };
    let mut literal_count = 0;
    for fact in facts {
        let local = fact.p.strip_prefix(TKG).unwrap_or(&fact.p).to_string();
        if !selection.predicates.is_empty()
            && !selection
                .predicates
                .iter()
                .any(|w| matches_predicate(w, &fact.p, onto))
        {
            continue;
        }
        let label = onto
            .property(&local)
            .map(|p| p.label.clone())
            .unwrap_or_else(|| compact(&fact.p));
        let s = node_for(&mut graph, &fact.s, &mut info);
        let o = match &fact.o {
            Term::NamedNode(n) => node_for(&mut graph, n.as_str(), &mut info),
            other => {
                let value = term_text(other);
                if !selection.literal_nodes {
                    let attrs = &mut graph[s].attributes;
                    if !attrs.contains(&(label.clone(), value.clone())) {
                        attrs.push((label, value));
                    }
                    continue;
                }
                literal_count += 1;
                graph.add_node(Node {
                    id: format!("literal-{literal_count}"),
                    label: value,
                    class: "Literal".into(),
                    aliases: Vec::new(),
                    attributes: Vec::new(),
                })
            }
        };
        let key = (s, o, local.clone());
        match edge_index.get(&key) {
            Some(&e) => {
                if let Some(ev) = fact.evidence {
                    if !graph[e].evidence.contains(&ev) {
                        graph[e].evidence.push(ev);
                    }
                }
            }
            None => {
                let e = graph.add_edge(
                    s,
                    o,
                    Edge {
                        property: local,
                        label,
                        evidence: fact.evidence.into_iter().collect(),
                    },
                );
                edge_index.insert(key, e);
            }
        }
    }
    let total_nodes = graph.node_count();
    let total_edges = graph.edge_count();
    let mut keep: HashSet<NodeIndex> = graph.node_indices().collect();

    if !selection.types.is_empty() {
        keep.retain(|&n| {
            let class = &graph[n].class;
            class == "Literal"
                || selection
                    .types
                    .iter()
                    .any(|t| onto.is_subclass(class, t.strip_prefix("tkg:").unwrap_or(t)))
        });
    }
    let mut order: Vec<NodeIndex> = Vec::new();
    if let Some(focus) = &selection.focus {
        let wanted = focus.to_lowercase();
        let start = graph.node_indices().find(|&n| {
            let node = &graph[n];
            node.id == *focus
                || compact(&node.id) == *focus
                || node.label.to_lowercase() == wanted
                || node.aliases.iter().any(|a| a.to_lowercase() == wanted)
        });
        let Some(start) = start else {
            return Err(Error::Store(format!(
                "no entity `{focus}` in the graph; give an IRI, a label or an alias (`textkg query 'SELECT ?l {{ ?e rdfs:label ?l }}'` lists them)"
            )));
        };
        // Breadth-first over edges in both directions, through kept nodes only.
        let mut seen = HashSet::from([start]);
        let mut queue = VecDeque::from([(start, 0)]);
        while let Some((n, d)) = queue.pop_front() {
            order.push(n);
            if d == selection.depth {
                continue;
            }
            let neighbours: Vec<NodeIndex> = graph.neighbors_undirected(n).collect();
            for m in neighbours {
                if keep.contains(&m) && seen.insert(m) {
                    queue.push_back((m, d + 1));
                }
            }
        }
        keep = order.iter().copied().collect();
    } else {
        // Most connected first, so that a limit keeps the hubs.
        order = keep.iter().copied().collect();
        order.sort_by_key(|&n| {
            (
                std::cmp::Reverse(graph.neighbors_undirected(n).count()),
                graph[n].label.clone(),
            )
        });
    }
    // Nodes with no edge left are noise in a relationship graph, unless they are all there is.
    let connected: HashSet<NodeIndex> = graph
        .edge_references()
        .filter(|e| keep.contains(&e.source()) && keep.contains(&e.target()))
        .flat_map(|e| [e.source(), e.target()])
        .collect();
    if !connected.is_empty() {
        keep.retain(|n| connected.contains(n) || selection.focus.is_some());
    }
    order.retain(|n| keep.contains(n));
    if let Some(limit) = selection.limit {
        order.truncate(limit);
        keep = order.iter().copied().collect();
    }
    let graph = graph.filter_map(
        |n, node| keep.contains(&n).then(|| node.clone()),
        |_, e| Some(e.clone()),
    );
    let omitted = Omitted {
        nodes: total_nodes - graph.node_count(),
        edges: total_edges - graph.edge_count(),
    };
    Ok((graph, omitted))
}

/// Counts of nodes per class family, for legends.
pub fn families(graph: &ViewGraph, onto: &Ontology) -> BTreeMap<&'static str, usize> {
    let mut out = BTreeMap::new();
    for n in graph.node_weights() {
        *out.entry(family_of(&n.class, onto)).or_insert(0) += 1;
    }
    out
}

/// Node attributes as one line each, for labels: "inception: 1977".
pub fn attribute_lines(node: &Node) -> Vec<String> {
    node.attributes
        .iter()
        .map(|(p, v)| format!("{p}: {v}"))
        .collect()
}
