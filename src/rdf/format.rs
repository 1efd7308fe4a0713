//! RDF format names, as users type them (a name, an extension or a media type), and serializers
//! that declare textkg's prefixes.

use crate::error::{Error, Result};
use crate::rdf::Namespaces;
use oxrdfio::{RdfFormat, RdfSerializer};

/// RDF serialisations for export, extract and CONSTRUCT results.
pub const RDF_FORMATS: &str =
    "turtle (ttl), ntriples (nt), nquads (nq), trig, rdfxml (rdf, xml), jsonld (json-ld)";

/// Parses an RDF format name, extension or media type.
///
/// ```
/// use oxrdfio::RdfFormat;
/// assert_eq!(textkg::rdf::rdf_format("ttl").unwrap(), RdfFormat::Turtle);
/// assert!(textkg::rdf::rdf_format("docx").is_err());
/// ```
pub fn rdf_format(name: &str) -> Result<RdfFormat> {
    let format = match name.to_ascii_lowercase().as_str() {
        "turtle" | "ttl" => Some(RdfFormat::Turtle),
        "ntriples" | "n-triples" | "nt" => Some(RdfFormat::NTriples),
        "nquads" | "n-quads" | "nq" => Some(RdfFormat::NQuads),
        "trig" => Some(RdfFormat::TriG),
        "rdfxml" | "rdf-xml" | "rdf" | "xml" | "owl" => Some(RdfFormat::RdfXml),
        "jsonld" | "json-ld" => Some(RdfFormat::JsonLd {
            profile: oxrdfio::JsonLdProfileSet::empty(),
        }),
        other => RdfFormat::from_media_type(other),
    };
    format.ok_or_else(|| Error::UnknownFormat {
        what: "RDF",
        given: name.to_string(),
        valid: RDF_FORMATS.to_string(),
    })
}

/// The RDF format of a file name, from its extension ("shard-0.nq.gz": the one before ".gz").
pub fn rdf_format_of_path(path: &std::path::Path) -> Result<RdfFormat> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let name = name.strip_suffix(".gz").unwrap_or(name);
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    rdf_format(ext).map_err(|_| Error::UnknownFormat {
        what: "output file",
        given: path.display().to_string(),
        valid: format!("{RDF_FORMATS}; or give --format"),
    })
}

/// A serializer for `format` that declares textkg's prefixes (Turtle, TriG and RDF/XML use them).
pub fn serializer(format: RdfFormat, namespaces: &Namespaces) -> RdfSerializer {
    let mut serializer = RdfSerializer::from_format(format);
    for (prefix, ns) in namespaces.prefixes() {
        // The namespaces are valid IRIs (checked when made); a failure would keep the
        // serializer as it is.
        if let Ok(with) = serializer.clone().with_prefix(prefix, ns) {
            serializer = with;
        }
    }
    serializer
}
