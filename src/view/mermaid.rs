//! Mermaid flowcharts, for Markdown renderers that draw them (GitHub, GitLab, many wikis).

use super::{family_of, style_of, ViewGraph};
use crate::resources::Ontology;
use petgraph::visit::EdgeRef;
use std::fmt::Write;

/// Mermaid's label syntax: quotes and brackets as entity codes.
fn label(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '#' => out.push_str("#35;"),
            '|' => out.push_str("#124;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The graph as a Mermaid flowchart.
pub fn to_mermaid(graph: &ViewGraph, onto: &Ontology) -> String {
    let mut out = String::from("flowchart LR\n");
    let mut families = std::collections::BTreeSet::new();
    for n in graph.node_indices() {
        let node = &graph[n];
        let family = family_of(&node.class, onto);
        families.insert((family, style_of(&node.class, onto).0));
        let _ = writeln!(out, "  n{}[{}]:::{}", n.index(), label(&node.label), family);
    }
    for e in graph.edge_references() {
        let _ = writeln!(
            out,
            "  n{} -->|{}| n{}",
            e.source().index(),
            label(&e.weight().label),
            e.target().index()
        );
    }
    for (family, colour) in families {
        let _ = writeln!(
            out,
            "  classDef {family} fill:{colour},stroke:#333,color:#111"
        );
    }
    out
}
