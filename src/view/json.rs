//! Cytoscape.js elements JSON: what the interactive page draws, and what other tools can load.

use super::{family_of, style_of, Evidence, ViewGraph};
use crate::resources::Ontology;
use petgraph::visit::EdgeRef;
use serde::{Deserialize, Serialize};

/// A node's data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeData {
    pub id: String,
    pub label: String,
    pub iri: String,
    #[serde(rename = "type")]
    pub class: String,
    pub family: String,
    pub color: String,
    pub aliases: Vec<String>,
    pub attributes: Vec<(String, String)>,
}

/// An edge's data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EdgeData {
    pub id: String,
    pub source: String,
    pub target: String,
    pub label: String,
    pub property: String,
    pub evidence: Vec<EvidenceData>,
}

/// One piece of evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceData {
    pub sentence: String,
    pub rule: String,
    pub confidence: f64,
    pub document: String,
}

impl From<&Evidence> for EvidenceData {
    fn from(e: &Evidence) -> Self {
        EvidenceData {
            sentence: e.sentence.clone(),
            rule: e.rule.clone(),
            confidence: e.confidence,
            document: e.document.clone(),
        }
    }
}

/// `{"data": …}` wrappers, as Cytoscape expects.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Element<T> {
    pub data: T,
}

/// The whole graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CytoscapeGraph {
    pub nodes: Vec<Element<NodeData>>,
    pub edges: Vec<Element<EdgeData>>,
}

/// The graph as Cytoscape elements.
pub fn to_cytoscape(graph: &ViewGraph, onto: &Ontology) -> CytoscapeGraph {
    let nodes = graph
        .node_indices()
        .map(|n| {
            let node = &graph[n];
            Element {
                data: NodeData {
                    id: format!("n{}", n.index()),
                    label: node.label.clone(),
                    iri: node.id.clone(),
                    class: node.class.clone(),
                    family: family_of(&node.class, onto).to_string(),
                    color: style_of(&node.class, onto).0.to_string(),
                    aliases: node.aliases.clone(),
                    attributes: node.attributes.clone(),
                },
            }
        })
        .collect();
    let edges = graph
        .edge_references()
        .map(|e| Element {
            data: EdgeData {
                id: format!("e{}", e.id().index()),
                source: format!("n{}", e.source().index()),
                target: format!("n{}", e.target().index()),
                label: e.weight().label.clone(),
                property: e.weight().property.clone(),
                evidence: e.weight().evidence.iter().map(EvidenceData::from).collect(),
            },
        })
        .collect();
    CytoscapeGraph { nodes, edges }
}
