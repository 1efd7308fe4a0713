//! The IRIs textkg mints, and the vocabularies it writes.
//!
//! IRIs are stable and readable: entities are minted from their label (`…/entity/Hal_Draper`),
//! documents from their id (`…/doc/international-socialist-organization`), all under one base
//! ([`Namespaces`]); a deployment chooses its own base (`--base-iri`) so that its IRIs are its
//! URLs. The ontology's namespace (`tkg:`) never changes.

use crate::error::{Error, Result};
use crate::text::join_ascii_words;
pub use crate::vocab::*;
use deunicode::deunicode;

/// The default base of every IRI textkg mints.
pub const BASE: &str = "https://w3id.org/textkg/";
/// Prefixes of the vocabularies textkg writes, besides its own minted namespaces.
const VOCABULARIES: &[(&str, &str)] = &[
    ("tkg", TKG),
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

/// The namespaces IRIs are minted in: `{base}entity/`, `{base}doc/`, `{base}statement/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Namespaces {
    base: String,
    entity: String,
    doc: String,
    statement: String,
}

impl Default for Namespaces {
    fn default() -> Self {
        Namespaces::under(BASE)
    }
}

impl Namespaces {
    /// Namespaces under `base`, which must be an absolute IRI (a `/` is added if missing).
    ///
    /// ```
    /// let ns = textkg::rdf::Namespaces::new("https://kg.example.org")?;
    /// assert_eq!(ns.entity_iri("Hal Draper"), "https://kg.example.org/entity/Hal_Draper");
    /// assert!(textkg::rdf::Namespaces::new("not an iri").is_err());
    /// # Ok::<(), textkg::Error>(())
    /// ```
    pub fn new(base: &str) -> Result<Self> {
        oxrdf::NamedNode::new(base).map_err(|e| Error::BadBaseIri {
            given: base.to_string(),
            source: e,
        })?;
        Ok(Namespaces::under(base))
    }

    fn under(base: &str) -> Self {
        let base = if base.ends_with('/') {
            base.to_string()
        } else {
            format!("{base}/")
        };
        Namespaces {
            entity: format!("{base}entity/"),
            doc: format!("{base}doc/"),
            statement: format!("{base}statement/"),
            base,
        }
    }

    /// The base, ending in `/`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The namespace of entity IRIs (`ent:`).
    pub fn entity(&self) -> &str {
        &self.entity
    }

    /// The namespace of document IRIs and graphs (`doc:`).
    pub fn doc(&self) -> &str {
        &self.doc
    }

    /// The namespace of statement IRIs (`stmt:`).
    pub fn statement(&self) -> &str {
        &self.statement
    }

    /// Every prefix textkg declares in queries and output: `ent:`, `doc:` and `stmt:` in these
    /// namespaces, then the vocabularies.
    pub fn prefixes(&self) -> Vec<(&'static str, &str)> {
        let mut out = vec![
            ("tkg", TKG),
            ("ent", self.entity()),
            ("doc", self.doc()),
            ("stmt", self.statement()),
        ];
        out.extend(VOCABULARIES.iter().skip(1).copied());
        out
    }

    /// The IRI of the entity with this label: `Hal Draper` → `…/entity/Hal_Draper`.
    ///
    /// ```
    /// let ns = textkg::rdf::Namespaces::default();
    /// assert_eq!(ns.entity_iri("Léon Trotsky"), "https://w3id.org/textkg/entity/Leon_Trotsky");
    /// ```
    pub fn entity_iri(&self, label: &str) -> String {
        let local = join_ascii_words(&deunicode(label), '_');
        format!(
            "{}{}",
            self.entity,
            if local.is_empty() { "_" } else { &local }
        )
    }

    /// The IRI (and named graph) of a document.
    pub fn document_iri(&self, id: &str) -> String {
        let path: Vec<String> = id
            .split('/')
            .map(crate::text::slug)
            .filter(|s| !s.is_empty())
            .collect();
        let path = if path.is_empty() {
            "_".to_string()
        } else {
            path.join("/")
        };
        format!("{}{path}", self.doc)
    }

    /// The IRI of a reified statement, from a hash of what it states.
    pub fn statement_iri(&self, hash: &str) -> String {
        format!("{}{hash}", self.statement)
    }

    /// Shortens an IRI with the known prefixes (`tkg:inception`), or wraps it in `<…>`.
    ///
    /// ```
    /// let ns = textkg::rdf::Namespaces::default();
    /// assert_eq!(ns.compact("https://w3id.org/textkg/entity/Hal_Draper"), "ent:Hal_Draper");
    /// ```
    pub fn compact(&self, iri: &str) -> String {
        for (prefix, ns) in self.prefixes() {
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
}

/// The IRI of a sentence of a document, as a NIF/RFC 5147 fragment of byte offsets.
pub fn span_iri(doc_iri: &str, start: usize, end: usize) -> String {
    format!("{doc_iri}#char={start},{end}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iris_are_readable_and_safe() {
        let ns = Namespaces::default();
        assert_eq!(
            ns.entity_iri("International Socialist Organization (ISO)"),
            format!("{BASE}entity/International_Socialist_Organization_ISO")
        );
        assert_eq!(
            ns.document_iri("Sub/My Doc"),
            format!("{BASE}doc/sub/my-doc")
        );
        assert_eq!(ns.entity_iri("!!!"), format!("{BASE}entity/_"));
        assert!(oxrdf::NamedNode::new(ns.entity_iri("北京 \u{0} <>")).is_ok());
    }

    #[test]
    fn compact_uses_prefixes_only_for_plain_locals() {
        let ns = Namespaces::default();
        assert_eq!(
            ns.compact("http://www.w3.org/2001/XMLSchema#gYear"),
            "xsd:gYear"
        );
        assert_eq!(
            ns.compact("https://w3id.org/textkg/doc/a/b"),
            "<https://w3id.org/textkg/doc/a/b>"
        );
    }

    #[test]
    fn a_base_iri_moves_the_minted_prefixes_with_it() {
        let ns = Namespaces::new("https://kg.example.org/").unwrap();
        let prefixes = ns.prefixes();
        assert!(prefixes.contains(&("ent", "https://kg.example.org/entity/")));
        assert!(prefixes.contains(&("doc", "https://kg.example.org/doc/")));
        assert!(prefixes.contains(&("stmt", "https://kg.example.org/statement/")));
        assert_eq!(
            ns.compact("https://kg.example.org/entity/Hal_Draper"),
            "ent:Hal_Draper"
        );
        assert_eq!(
            ns.compact("https://w3id.org/textkg/entity/Hal_Draper"),
            "<https://w3id.org/textkg/entity/Hal_Draper>"
        );
    }
}
