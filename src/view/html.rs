//! One self-contained HTML page that works offline: Cytoscape.js (vendored, MIT, see
//! `src/view/assets/cytoscape.LICENSE`) and the graph's data are inlined. A person can search,
//! filter by type and property, switch layouts, and click a node or an edge to read the
//! sentences behind each statement.

use super::{to_cytoscape, ViewGraph};
use crate::resources::Ontology;

const TEMPLATE: &str = include_str!("assets/page.html");
const CYTOSCAPE: &str = include_str!("assets/cytoscape.min.js");

/// JSON made safe inside a `<script>` element.
fn script_safe(json: &str) -> String {
    json.replace("</", "<\\/").replace("<!--", "<\\!--")
}

fn html_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The interactive page.
pub fn to_html(graph: &ViewGraph, onto: &Ontology, title: &str) -> String {
    let data = serde_json::to_string(&to_cytoscape(graph, onto))
        .unwrap_or_else(|_| "{\"nodes\":[],\"edges\":[]}".into());
    // Fill the markers in one pass, so that nothing inserted is scanned for markers again.
    let mut out = String::with_capacity(TEMPLATE.len() + CYTOSCAPE.len() + data.len());
    let mut rest = TEMPLATE;
    while let Some(start) = rest.find("/*") {
        let Some(len) = rest[start..].find("*/") else {
            break;
        };
        let marker = &rest[start + 2..start + len];
        let replacement = match marker {
            "TITLE" => html_text(title),
            "CYTOSCAPE" => CYTOSCAPE.to_string(),
            "DATA" => script_safe(&data),
            _ => rest[start..start + len + 2].to_string(),
        };
        out.push_str(&rest[..start]);
        out.push_str(&replacement);
        rest = &rest[start + len + 2..];
    }
    out.push_str(rest);
    out
}
