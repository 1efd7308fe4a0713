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
mod project;
mod select;
mod svg;

pub use dot::to_dot;
pub use graphml::to_graphml;
pub use html::to_html;
pub use json::{to_cytoscape, CytoscapeGraph};
pub use mermaid::to_mermaid;
pub use svg::to_svg;

use crate::error::Result;
use crate::resources::Ontology;
use crate::store::KgStore;
use petgraph::graph::DiGraph;
use std::collections::BTreeMap;

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

/// Colour and shape families of classes, shared by every format: the first family a class
/// belongs to gives its colour and shape.
const FAMILIES: [(&str, &str, &str); 8] = [
    ("Person", "#f4a261", "ellipse"),
    ("Organization", "#2a9d8f", "box"),
    ("Place", "#8ab17d", "hexagon"),
    ("Ideology", "#e9c46a", "diamond"),
    ("Concept", "#e9c46a", "diamond"),
    ("CreativeWork", "#a78bfa", "note"),
    ("Event", "#e76f51", "octagon"),
    ("Literal", "#dddddd", "plaintext"),
];

/// Whether the class named `class` is the class named `family` or one of its subclasses.
pub fn is_a(class: &str, family: &str, onto: &Ontology) -> bool {
    class == family
        || matches!(
            (onto.class_named(class), onto.class_named(family)),
            (Some(c), Some(f)) if onto.is_subclass(c, f)
        )
}

/// The colour and shape of a class.
pub fn style_of(class: &str, onto: &Ontology) -> (&'static str, &'static str) {
    FAMILIES
        .iter()
        .find(|(family, _, _)| is_a(class, family, onto))
        .map_or(("#cbd5e1", "box"), |&(_, colour, shape)| (colour, shape))
}

/// The class family a class belongs to, for legends and filters.
pub fn family_of(class: &str, onto: &Ontology) -> &'static str {
    FAMILIES
        .iter()
        .find(|(family, _, _)| is_a(class, family, onto))
        .map_or("Other", |&(family, _, _)| family)
}

/// Builds the view graph from the store: the statements (or a query's triples) projected onto
/// a graph, then narrowed by the selection.
pub fn load(
    store: &KgStore,
    onto: &Ontology,
    selection: &Selection,
) -> Result<(ViewGraph, Omitted)> {
    let graph = project::project(store, onto, selection)?;
    select::narrow(graph, onto, selection, store.namespaces())
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
