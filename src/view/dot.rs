//! Graphviz DOT: nodes shaped and coloured by class, edges labelled with the property's name.

use super::{attribute_lines, style_of, ViewGraph};
use crate::resources::Ontology;
use petgraph::visit::EdgeRef;
use std::fmt::Write;

/// Escapes a string for a DOT double-quoted ID.
pub(super) fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The graph as DOT.
///
/// ```
/// let g = textkg::view::ViewGraph::new();
/// assert!(textkg::view::to_dot(&g, &textkg::Ontology::builtin()?).starts_with("digraph"));
/// # Ok::<(), textkg::Error>(())
/// ```
pub fn to_dot(graph: &ViewGraph, onto: &Ontology) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "digraph textkg {{");
    let _ = writeln!(
        out,
        "  graph [rankdir=LR, overlap=false, splines=true, fontname=\"Helvetica\"];"
    );
    let _ = writeln!(
        out,
        "  node [style=filled, fontname=\"Helvetica\", fontsize=11];"
    );
    let _ = writeln!(
        out,
        "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];"
    );
    for n in graph.node_indices() {
        let node = &graph[n];
        let (colour, shape) = style_of(&node.class, onto);
        let mut label = node.label.clone();
        for line in attribute_lines(node) {
            label.push('\n');
            label.push_str(&line);
        }
        let _ = writeln!(
            out,
            "  n{} [label={}, shape={}, fillcolor={}, tooltip={}];",
            n.index(),
            quote(&label),
            shape,
            quote(colour),
            quote(&format!("{} ({})", node.id, node.class))
        );
    }
    for e in graph.edge_references() {
        let _ = writeln!(
            out,
            "  n{} -> n{} [label={}];",
            e.source().index(),
            e.target().index(),
            quote(&e.weight().label)
        );
    }
    let _ = writeln!(out, "}}");
    out
}
