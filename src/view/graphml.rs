//! GraphML, for Gephi, yEd, Cytoscape desktop and NetworkX.

use super::ViewGraph;
use petgraph::visit::EdgeRef;
use std::fmt::Write;

fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 allows only tab, newline and carriage return among the controls.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// The graph as GraphML.
pub fn to_graphml(graph: &ViewGraph) -> String {
    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ",
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
        "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n",
        "  <key id=\"class\" for=\"node\" attr.name=\"class\" attr.type=\"string\"/>\n",
        "  <key id=\"iri\" for=\"node\" attr.name=\"iri\" attr.type=\"string\"/>\n",
        "  <key id=\"attributes\" for=\"node\" attr.name=\"attributes\" attr.type=\"string\"/>\n",
        "  <key id=\"elabel\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n",
        "  <key id=\"property\" for=\"edge\" attr.name=\"property\" attr.type=\"string\"/>\n",
        "  <key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n",
        "  <graph id=\"textkg\" edgedefault=\"directed\">\n",
    ));
    for n in graph.node_indices() {
        let node = &graph[n];
        let attrs = super::attribute_lines(node).join("; ");
        let _ = writeln!(
            out,
            "    <node id=\"n{}\"><data key=\"label\">{}</data><data key=\"class\">{}</data><data key=\"iri\">{}</data><data key=\"attributes\">{}</data></node>",
            n.index(),
            xml(&node.label),
            xml(&node.class),
            xml(&node.id),
            xml(&attrs)
        );
    }
    for e in graph.edge_references() {
        let w = e.weight();
        let evidence: Vec<&str> = w.evidence.iter().map(|ev| ev.sentence.as_str()).collect();
        let _ = writeln!(
            out,
            "    <edge id=\"e{}\" source=\"n{}\" target=\"n{}\"><data key=\"elabel\">{}</data><data key=\"property\">{}</data><data key=\"evidence\">{}</data></edge>",
            e.id().index(),
            e.source().index(),
            e.target().index(),
            xml(&w.label),
            xml(&w.property),
            xml(&evidence.join(" | "))
        );
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}
