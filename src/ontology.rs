//! The ontology, read from `ontology/textkg.ttl` (embedded at build time): the classes and
//! properties textkg can produce, their labels and their Wikidata ids. Rules name properties and
//! classes by their local name (`inception`, `PoliticalParty`), checked against this file.

use crate::error::{Error, Result};
use crate::rdf::{OWL, RDF, RDFS, TKG};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Term, Triple};
use std::collections::{BTreeMap, HashMap};

/// The ontology's Turtle source.
pub const TURTLE: &str = include_str!("../ontology/textkg.ttl");

/// A property textkg can state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Property {
    /// Local name, e.g. `inception`.
    pub name: String,
    pub iri: String,
    pub label: String,
    /// Wikidata property id, e.g. `P571`, where one exists.
    pub wikidata: Option<String>,
    /// Whether objects are literals (dates, numbers) rather than entities.
    pub is_datatype: bool,
    /// The inverse property (`owl:inverseOf`, either direction; itself if symmetric).
    pub inverse: Option<String>,
}

/// A class of entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Class {
    pub name: String,
    pub iri: String,
    pub label: String,
    pub parent: Option<String>,
    pub wikidata: Option<String>,
}

/// Classes and properties by local name.
#[derive(Debug, Clone, Default)]
pub struct Ontology {
    pub properties: BTreeMap<String, Property>,
    pub classes: BTreeMap<String, Class>,
    /// Each class's bit set with its ancestors' bits: subclass tests in one AND.
    masks: HashMap<String, u64>,
}

/// The bit of literal dates in class masks.
pub const DATE_BIT: u64 = 1 << 62;
/// The bit of literal quantities in class masks.
pub const QUANTITY_BIT: u64 = 1 << 63;

impl Ontology {
    /// The ontology shipped with textkg.
    ///
    /// ```
    /// let onto = textkg::Ontology::builtin();
    /// assert_eq!(onto.property("inception").unwrap().wikidata.as_deref(), Some("P571"));
    /// assert!(onto.is_subclass("PoliticalParty", "Organization"));
    /// ```
    pub fn builtin() -> Self {
        // The embedded file is checked by a test; failing here would be a build defect.
        Self::parse(TURTLE, "ontology/textkg.ttl").unwrap_or_default()
    }

    /// Parses an ontology in Turtle.
    pub fn parse(turtle: &str, path: &str) -> Result<Self> {
        let triples: Vec<Triple> = RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(turtle.as_bytes())
            .map(|q| q.map(Triple::from))
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| Error::BadDataFile {
                path: path.to_string(),
                line: 0,
                message: e.to_string(),
            })?;
        let mut by_subject: HashMap<String, Vec<(String, Term)>> = HashMap::new();
        for t in triples {
            if let oxigraph::model::NamedOrBlankNode::NamedNode(s) = t.subject {
                by_subject
                    .entry(s.into_string())
                    .or_default()
                    .push((t.predicate.into_string(), t.object));
            }
        }
        let mut onto = Ontology::default();
        for (subject, pairs) in &by_subject {
            let Some(name) = subject.strip_prefix(TKG) else {
                continue;
            };
            let get = |p: &str| {
                pairs.iter().find_map(|(pred, o)| match o {
                    Term::Literal(l) if pred == p => Some(l.value().to_string()),
                    Term::NamedNode(n) if pred == p => Some(n.as_str().to_string()),
                    _ => None,
                })
            };
            let types: Vec<&str> = pairs
                .iter()
                .filter(|(p, _)| p == &format!("{RDF}type"))
                .filter_map(|(_, o)| match o {
                    Term::NamedNode(n) => Some(n.as_str()),
                    _ => None,
                })
                .collect();
            let label = get(&format!("{RDFS}label")).unwrap_or_else(|| name.to_string());
            let wikidata = get(&format!("{TKG}wikidataId"));
            let is_object = types.contains(&format!("{OWL}ObjectProperty").as_str());
            let is_datatype = types.contains(&format!("{OWL}DatatypeProperty").as_str());
            if is_object || is_datatype {
                onto.properties.insert(
                    name.to_string(),
                    Property {
                        name: name.to_string(),
                        iri: subject.clone(),
                        label,
                        wikidata,
                        is_datatype,
                        inverse: None,
                    },
                );
            } else if types.contains(&format!("{OWL}Class").as_str()) {
                let parent = pairs.iter().find_map(|(p, o)| match o {
                    Term::NamedNode(n) if p == &format!("{RDFS}subClassOf") => {
                        n.as_str().strip_prefix(TKG).map(str::to_string)
                    }
                    _ => None,
                });
                onto.classes.insert(
                    name.to_string(),
                    Class {
                        name: name.to_string(),
                        iri: subject.clone(),
                        label,
                        parent,
                        wikidata,
                    },
                );
            }
        }
        // Inverses, declared once in either direction; symmetric properties are their own.
        for (subject, pairs) in &by_subject {
            let Some(name) = subject.strip_prefix(TKG) else {
                continue;
            };
            for (p, o) in pairs {
                let other = match o {
                    Term::NamedNode(n) if p == &format!("{OWL}inverseOf") => {
                        n.as_str().strip_prefix(TKG)
                    }
                    Term::NamedNode(n)
                        if p == &format!("{RDF}type")
                            && n.as_str() == format!("{OWL}SymmetricProperty") =>
                    {
                        Some(name)
                    }
                    _ => None,
                };
                if let Some(other) = other {
                    let other = other.to_string();
                    if let Some(prop) = onto.properties.get_mut(name) {
                        prop.inverse = Some(other.clone());
                    }
                    if let Some(prop) = onto.properties.get_mut(&other) {
                        prop.inverse = Some(name.to_string());
                    }
                }
            }
        }
        onto.index_classes();
        Ok(onto)
    }

    fn index_classes(&mut self) {
        let bits: HashMap<&str, u64> = self
            .classes
            .keys()
            .take(62)
            .enumerate()
            .map(|(i, name)| (name.as_str(), 1u64 << i))
            .collect();
        let mut masks = HashMap::new();
        for name in self.classes.keys() {
            let mut mask = 0;
            let mut current = Some(name.as_str());
            let mut steps = 0;
            while let (Some(c), true) = (current, steps < 32) {
                mask |= bits.get(c).copied().unwrap_or(0);
                current = self.classes.get(c).and_then(|k| k.parent.as_deref());
                steps += 1;
            }
            masks.insert(name.clone(), mask);
        }
        self.masks = masks;
    }

    /// The bits of a class and its ancestors (`Date` and `Quantity` have bits of their own;
    /// an unknown name has none).
    pub fn mask(&self, class: &str) -> u64 {
        match class {
            "Date" => DATE_BIT,
            "Quantity" => QUANTITY_BIT,
            _ => self.masks.get(class).copied().unwrap_or(0),
        }
    }

    /// The bit of the class itself.
    pub fn bit(&self, class: &str) -> u64 {
        match class {
            "Date" => DATE_BIT,
            "Quantity" => QUANTITY_BIT,
            _ => {
                let own = self.mask(class);
                let parent = self
                    .classes
                    .get(class)
                    .and_then(|c| c.parent.as_deref())
                    .map_or(0, |p| self.mask(p));
                own & !parent
            }
        }
    }

    /// A property by local name.
    pub fn property(&self, name: &str) -> Option<&Property> {
        self.properties.get(name)
    }

    /// The local name and definition of the property aligned with a Wikidata property.
    ///
    /// ```
    /// let onto = textkg::Ontology::builtin();
    /// assert_eq!(onto.property_by_wikidata("P571").map(|(name, _)| name), Some("inception"));
    /// ```
    pub fn property_by_wikidata(&self, id: &str) -> Option<(&str, &Property)> {
        self.properties
            .iter()
            .find(|(_, p)| p.wikidata.as_deref() == Some(id))
            .map(|(name, p)| (name.as_str(), p))
    }

    /// A class by local name.
    pub fn class(&self, name: &str) -> Option<&Class> {
        self.classes.get(name)
    }

    /// Whether `class` is `ancestor` or one of its subclasses.
    pub fn is_subclass(&self, class: &str, ancestor: &str) -> bool {
        class == ancestor || self.mask(class) & self.bit(ancestor) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_ontology_parses_and_has_the_core_terms() {
        let onto = Ontology::parse(TURTLE, "textkg.ttl").expect("ontology parses");
        for (name, wd) in [
            ("inception", "P571"),
            ("influencedBy", "P737"),
            ("memberCount", "P2124"),
        ] {
            assert_eq!(
                onto.property(name).and_then(|p| p.wikidata.as_deref()),
                Some(wd)
            );
        }
        assert!(onto.property("memberCount").unwrap().is_datatype);
        assert!(!onto.property("foundedBy").unwrap().is_datatype);
        assert!(onto.is_subclass("Country", "Place"));
        assert!(!onto.is_subclass("Person", "Organization"));
    }
}
