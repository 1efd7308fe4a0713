//! Format names as users type them, for results, extraction output and graph pictures.

use crate::error::{Error, Result};
use crate::rdf::{rdf_format, RDF_FORMATS};
use oxigraph::io::RdfFormat;

/// How SELECT/ASK results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultsFormat {
    Table,
    Json,
    Csv,
    Tsv,
    Xml,
}

/// Results formats, for messages.
pub const RESULTS_FORMATS: &str = "table, json, csv, tsv, xml";

/// Parses a results format name.
pub fn results_format(name: &str) -> Result<ResultsFormat> {
    match name.to_ascii_lowercase().as_str() {
        "table" | "text" => Ok(ResultsFormat::Table),
        "json" | "srj" | "application/sparql-results+json" => Ok(ResultsFormat::Json),
        "csv" | "text/csv" => Ok(ResultsFormat::Csv),
        "tsv" | "text/tab-separated-values" => Ok(ResultsFormat::Tsv),
        "xml" | "srx" | "application/sparql-results+xml" => Ok(ResultsFormat::Xml),
        _ => Err(Error::UnknownFormat {
            what: "results",
            given: name.to_string(),
            valid: RESULTS_FORMATS.to_string(),
        }),
    }
}

/// What `extract` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtractFormat {
    Jsonl,
    Rdf(RdfFormat),
}

/// Parses an extract format name.
pub fn extract_format(name: &str) -> Result<ExtractFormat> {
    if matches!(
        name.to_ascii_lowercase().as_str(),
        "jsonl" | "json" | "ndjson"
    ) {
        return Ok(ExtractFormat::Jsonl);
    }
    rdf_format(name)
        .map(ExtractFormat::Rdf)
        .map_err(|_| Error::UnknownFormat {
            what: "extract",
            given: name.to_string(),
            valid: format!("jsonl, {RDF_FORMATS}"),
        })
}

/// The picture formats of `textkg graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewFormat {
    Dot,
    Svg,
    Html,
    Mermaid,
    GraphMl,
    Json,
}

/// The view formats, for messages.
pub const VIEW_FORMATS: &str = "dot, svg, html, mermaid, graphml, json";

/// Parses a picture format name or extension.
pub fn view_format(name: &str) -> Result<ViewFormat> {
    match name.to_ascii_lowercase().as_str() {
        "dot" | "gv" => Ok(ViewFormat::Dot),
        "svg" => Ok(ViewFormat::Svg),
        "html" | "htm" => Ok(ViewFormat::Html),
        "mermaid" | "mmd" => Ok(ViewFormat::Mermaid),
        "graphml" => Ok(ViewFormat::GraphMl),
        "json" | "cytoscape" => Ok(ViewFormat::Json),
        _ => Err(Error::UnknownFormat {
            what: "graph",
            given: name.to_string(),
            valid: VIEW_FORMATS.to_string(),
        }),
    }
}
