//! RDF vocabulary constants and IRI minting.
//!
//! IRIs are stable and readable: entities are minted from their normalised label
//! (`…/entity/Hal_Draper`), documents from their id (`…/doc/international-socialist-organization`).

use deunicode::deunicode;

/// The base of every IRI textkg mints.
pub const BASE: &str = "https://w3id.org/textkg/";
/// The ontology namespace (`tkg:`).
pub const TKG: &str = "https://w3id.org/textkg/ontology#";
/// The entity namespace (`ent:`).
pub const ENTITY: &str = "https://w3id.org/textkg/entity/";
/// The document namespace (`doc:`); each document's named graph has its document's IRI.
pub const DOC: &str = "https://w3id.org/textkg/doc/";
/// The statement namespace (`stmt:`) for reified statements.
pub const STATEMENT: &str = "https://w3id.org/textkg/statement/";
/// The named graph that holds the ontology.
pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/textkg/ontology";
/// The named graph that marks a store as a textkg store.
pub const META_GRAPH: &str = "https://w3id.org/textkg/meta";

pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
pub const DCTERMS: &str = "http://purl.org/dc/terms/";

static CUSTOM_BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Mints entity, document and statement IRIs under `base` instead of [`BASE`] for the rest of
/// the process (the CLI's `--base-iri`), so that a deployment at that address dereferences them.
/// Returns false if a base was already set. The ontology's namespace does not change.
pub fn set_base(base: &str) -> bool {
    let base = if base.ends_with('/') {
        base.to_string()
    } else {
        format!("{base}/")
    };
    CUSTOM_BASE.set(base).is_ok()
}

/// The base IRIs are minted under.
pub fn base() -> &'static str {
    CUSTOM_BASE.get().map(String::as_str).unwrap_or(BASE)
}

/// The namespace of entity IRIs: `{base}entity/`.
pub fn entity_ns() -> String {
    format!("{}entity/", base())
}

/// The namespace of document IRIs (and graphs): `{base}doc/`.
pub fn doc_ns() -> String {
    format!("{}doc/", base())
}

/// The namespace of statement IRIs: `{base}statement/`.
pub fn statement_ns() -> String {
    format!("{}statement/", base())
}

/// The prefixes predeclared in queries and used when printing IRIs and Turtle.
pub const PREFIXES: &[(&str, &str)] = &[
    ("tkg", TKG),
    ("ent", ENTITY),
    ("doc", DOC),
    ("stmt", STATEMENT),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("owl", OWL),
    ("xsd", XSD),
    ("schema", "http://schema.org/"),
    ("org", "http://www.w3.org/ns/org#"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("prov", PROV),
    ("skos", SKOS),
    ("dcterms", DCTERMS),
    ("nif", NIF),
    ("wd", "http://www.wikidata.org/entity/"),
    ("wdt", "http://www.wikidata.org/prop/direct/"),
];

/// A serializer for `format` that declares textkg's prefixes (Turtle, TriG and RDF/XML use them).
pub fn serializer(format: oxigraph::io::RdfFormat) -> oxigraph::io::RdfSerializer {
    let mut serializer = oxigraph::io::RdfSerializer::from_format(format);
    for (prefix, ns) in PREFIXES {
        // The prefixes are constants known to be valid; a failure would keep the serializer as is.
        if let Ok(with) = serializer.clone().with_prefix(*prefix, *ns) {
            serializer = with;
        }
    }
    serializer
}

/// Shortens an IRI with the known prefixes (`tkg:inception`), or wraps it in `<…>`.
///
/// ```
/// assert_eq!(textkg::rdf::compact("https://w3id.org/textkg/entity/Hal_Draper"), "ent:Hal_Draper");
/// ```
pub fn compact(iri: &str) -> String {
    for (prefix, ns) in PREFIXES {
        if let Some(local) = iri.strip_prefix(ns) {
            let plain = !local.is_empty()
                && local
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-'));
            if plain {
                return format!("{prefix}:{local}");
            }
        }
    }
    format!("<{iri}>")
}

/// A lowercase, ASCII, hyphenated slug: `Some Article` → `some-article`.
pub fn slug(text: &str) -> String {
    join_words(&deunicode(text).to_lowercase(), '-')
}

/// The IRI of the entity with this label: `Hal Draper` → `…/entity/Hal_Draper`.
///
/// ```
/// assert_eq!(textkg::rdf::entity_iri("Léon Trotsky"), "https://w3id.org/textkg/entity/Leon_Trotsky");
/// ```
pub fn entity_iri(label: &str) -> String {
    let local = join_words(&deunicode(label), '_');
    format!(
        "{}{}",
        entity_ns(),
        if local.is_empty() { "_" } else { &local }
    )
}

/// The IRI (and named graph) of a document.
pub fn document_iri(id: &str) -> String {
    let path: Vec<String> = id.split('/').map(slug).filter(|s| !s.is_empty()).collect();
    let path = if path.is_empty() {
        "_".to_string()
    } else {
        path.join("/")
    };
    format!("{}{path}", doc_ns())
}

/// The IRI of a sentence of a document, as a NIF/RFC 5147 fragment of byte offsets.
pub fn span_iri(doc_iri: &str, start: usize, end: usize) -> String {
    format!("{doc_iri}#char={start},{end}")
}

fn join_words(text: &str, sep: char) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(sep);
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iris_are_readable_and_safe() {
        assert_eq!(
            entity_iri("International Socialist Organization (ISO)"),
            format!("{ENTITY}International_Socialist_Organization_ISO")
        );
        assert_eq!(document_iri("Sub/My Doc"), format!("{DOC}sub/my-doc"));
        assert_eq!(entity_iri("!!!"), format!("{ENTITY}_"));
        assert!(oxigraph::model::NamedNode::new(entity_iri("北京 \u{0} <>")).is_ok());
    }

    #[test]
    fn compact_uses_prefixes_only_for_plain_locals() {
        assert_eq!(
            compact("http://www.w3.org/2001/XMLSchema#gYear"),
            "xsd:gYear"
        );
        assert_eq!(
            compact("https://w3id.org/textkg/doc/a/b"),
            "<https://w3id.org/textkg/doc/a/b>"
        );
    }
}
