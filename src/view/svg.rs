//! SVG laid out in-process with layout-rs, so that a user without Graphviz still gets a picture.

use super::{attribute_lines, style_of, ViewGraph};
use crate::error::{Error, Result};
use crate::resources::Ontology;
use layout::backends::svg::SVGWriter;
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::style::StyleAttr;
use layout::std_shapes::render::get_shape_size;
use layout::std_shapes::shapes::{Arrow, Element, ShapeKind};
use layout::topo::layout::VisualGraph;
use petgraph::visit::EdgeRef;

const FONT: usize = 14;

/// The graph as an SVG picture.
pub fn to_svg(graph: &ViewGraph, onto: &Ontology) -> Result<String> {
    if graph.node_count() == 0 {
        return Ok(r#"<svg xmlns="http://www.w3.org/2000/svg" width="320" height="40"><text x="10" y="25">(empty graph)</text></svg>"#.to_string());
    }
    let orientation = Orientation::LeftToRight;
    let mut vg = VisualGraph::new(orientation);
    let mut handles = Vec::with_capacity(graph.node_count());
    for n in graph.node_indices() {
        let node = &graph[n];
        let mut text = node.label.clone();
        for line in attribute_lines(node) {
            text.push('\n');
            text.push_str(&line);
        }
        let shape = ShapeKind::new_box(&text);
        let fill = Color::from_name(style_of(&node.class, onto).0);
        let look = StyleAttr::new(Color::fast("black"), 1, fill, 6, FONT);
        let size = get_shape_size(orientation, &shape, FONT, false);
        handles.push(vg.add_node(Element::create(shape, look, orientation, size)));
    }
    for e in graph.edge_references() {
        // layout-rs draws no self-loops; a statement about itself is shown by the other formats.
        if e.source() == e.target() {
            continue;
        }
        let mut arrow = Arrow::simple(&e.weight().label);
        arrow.look = StyleAttr::new(Color::fast("#555555"), 1, None, 0, 11);
        vg.add_edge(
            arrow,
            handles[e.source().index()],
            handles[e.target().index()],
        );
    }
    // layout-rs asserts on shapes it cannot place; report that instead of crashing.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let rendered = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
        let mut svg = SVGWriter::new();
        vg.do_it(false, false, false, &mut svg);
        svg.finalize()
    }));
    std::panic::set_hook(previous);
    rendered.map_err(|_| Error::View("the in-process SVG layout failed on this graph; write --format dot and render it with Graphviz".into()))
}
