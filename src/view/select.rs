//! Narrowing a projected graph: classes, a focus and a depth, a size limit.

use super::{Omitted, Selection, ViewGraph};
use crate::error::{Error, Result};
use crate::rdf::Namespaces;
use crate::resources::Ontology;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use std::collections::{HashSet, VecDeque};

/// The nodes within `depth` steps of `start`, in breadth-first order, through `keep` only.
fn around(
    graph: &ViewGraph,
    start: NodeIndex,
    depth: usize,
    keep: &HashSet<NodeIndex>,
) -> Vec<NodeIndex> {
    let mut order = Vec::new();
    let mut seen = HashSet::from([start]);
    let mut queue = VecDeque::from([(start, 0)]);
    while let Some((n, d)) = queue.pop_front() {
        order.push(n);
        if d == depth {
            continue;
        }
        for m in graph.neighbors_undirected(n) {
            if keep.contains(&m) && seen.insert(m) {
                queue.push_back((m, d + 1));
            }
        }
    }
    order
}

/// The node a user's focus names: its IRI, compact IRI, label or an alias.
fn focus_node(graph: &ViewGraph, focus: &str, ns: &Namespaces) -> Result<NodeIndex> {
    let wanted = focus.to_lowercase();
    graph
        .node_indices()
        .find(|&n| {
            let node = &graph[n];
            node.id == focus
                || ns.compact(&node.id) == focus
                || node.label.to_lowercase() == wanted
                || node.aliases.iter().any(|a| a.to_lowercase() == wanted)
        })
        .ok_or_else(|| Error::NoSuchEntity {
            name: focus.to_string(),
        })
}

/// Keeps what the selection asks for, and says what was left out.
pub(super) fn narrow(
    graph: ViewGraph,
    onto: &Ontology,
    selection: &Selection,
    ns: &Namespaces,
) -> Result<(ViewGraph, Omitted)> {
    let (total_nodes, total_edges) = (graph.node_count(), graph.edge_count());
    let mut keep: HashSet<NodeIndex> = graph.node_indices().collect();
    if !selection.types.is_empty() {
        keep.retain(|&n| {
            let class = &graph[n].class;
            class == "Literal"
                || selection
                    .types
                    .iter()
                    .any(|t| super::is_a(class, t.strip_prefix("tkg:").unwrap_or(t), onto))
        });
    }
    let mut order: Vec<NodeIndex> = match &selection.focus {
        Some(focus) => {
            let order = around(
                &graph,
                focus_node(&graph, focus, ns)?,
                selection.depth,
                &keep,
            );
            keep = order.iter().copied().collect();
            order
        }
        None => {
            // Most connected first, so that a limit keeps the hubs.
            let mut order: Vec<NodeIndex> = keep.iter().copied().collect();
            order.sort_by_key(|&n| {
                (
                    std::cmp::Reverse(graph.neighbors_undirected(n).count()),
                    graph[n].label.clone(),
                )
            });
            order
        }
    };
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
