//! Output format names, as users type them: a name, an extension or a media type.

use crate::error::{Error, Result};
use oxigraph::io::RdfFormat;

/// RDF serialisations for export, extract and CONSTRUCT results.
pub const RDF_FORMATS: &str =
    "turtle (ttl), ntriples (nt), nquads (nq), trig, rdfxml (rdf, xml), jsonld (json-ld)";

/// Parses an RDF format name, extension or media type.
///
/// ```
/// use oxigraph::io::RdfFormat;
/// assert_eq!(textkg::format::rdf_format("ttl").unwrap(), RdfFormat::Turtle);
/// assert!(textkg::format::rdf_format("docx").is_err());
/// ```
pub fn rdf_format(name: &str) -> Result<RdfFormat> {
    let format = match name.to_ascii_lowercase().as_str() {
        "turtle" | "ttl" => Some(RdfFormat::Turtle),
        "ntriples" | "n-triples" | "nt" => Some(RdfFormat::NTriples),
        "nquads" | "n-quads" | "nq" => Some(RdfFormat::NQuads),
        "trig" => Some(RdfFormat::TriG),
        "rdfxml" | "rdf-xml" | "rdf" | "xml" | "owl" => Some(RdfFormat::RdfXml),
        "jsonld" | "json-ld" => Some(RdfFormat::JsonLd {
            profile: oxigraph::io::JsonLdProfileSet::empty(),
        }),
        other => RdfFormat::from_media_type(other),
    };
    format.ok_or_else(|| Error::UnknownFormat {
        what: "RDF",
        given: name.to_string(),
        valid: RDF_FORMATS.to_string(),
    })
}

/// The RDF format of a file name, from its extension.
pub fn rdf_format_of_path(path: &std::path::Path) -> Result<RdfFormat> {
    // "shard-0.nq.gz": the format is the extension before ".gz".
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let name = name.strip_suffix(".gz").unwrap_or(name);
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    rdf_format(ext).map_err(|_| Error::UnknownFormat {
        what: "output file",
        given: path.display().to_string(),
        valid: format!("{RDF_FORMATS}; or give --format"),
    })
}

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
