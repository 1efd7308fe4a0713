//! The ontology, read from `ontology/textkg.ttl` (embedded at build time): the classes and
//! properties textkg can produce, their labels, Wikidata ids and inverses.
//!
//! Names are interned once: code and data refer to a class by [`ClassId`] and to a property by
//! [`PropertyId`], and a name that the ontology does not define is an error where rules and
//! lexicons load, never a silent miss. Ids follow the names' alphabetical order, so that sorting
//! by id sorts by name.
//!
//! Two value kinds that are not classes of entities, `Date` and `Quantity`, get class ids of their
//! own after the ontology's classes, so that a mention's type is always one [`ClassId`].

use crate::error::{Error, Result};
use crate::vocab::{OWL, RDF, RDFS, TKG};
use oxrdf::{NamedOrBlankNode, Term, Triple};
use oxrdfio::{RdfFormat, RdfParser};
use std::collections::{BTreeMap, HashMap};

/// The ontology's Turtle source.
pub const TURTLE: &str = include_str!("../../ontology/textkg.ttl");

/// A class of the ontology (or one of the two value kinds), by its place in [`Ontology::classes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClassId(u16);

/// A property of the ontology, by its place in [`Ontology::properties`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PropertyId(u16);

impl ClassId {
    /// The class's position in [`Ontology::classes`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl PropertyId {
    /// The property's position in [`Ontology::properties`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

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
    /// What a statement of this property implies the other way round: its `owl:inverseOf`
    /// (either direction; itself if symmetric), or the property whose inverse it is a
    /// sub-property of (`rdfs:subPropertyOf [ owl:inverseOf … ]`: a performer's work is one of
    /// the performer's notable works, not the other way round).
    pub inverse: Option<PropertyId>,
    /// Whether a statement of it about a place holds for the places that contain it
    /// (`tkg:holdsForContainingPlaces`): born in Vinton, Iowa is born in Iowa.
    pub holds_for_containing_places: bool,
    /// The textkg property a statement of this one also makes (`rdfs:subPropertyOf tkg:…`): a
    /// war fought in is an event taken part in.
    pub broader: Option<PropertyId>,
}

/// A class of entities, or a value kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Class {
    pub name: String,
    pub iri: String,
    pub label: String,
    pub parent: Option<ClassId>,
    pub wikidata: Option<String>,
    /// `Date` and `Quantity`: kinds of literal values, not classes of entities.
    pub is_value: bool,
}

/// Up to [`ClassSet::CAPACITY`] classes as bits: a subclass test is one AND a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ClassSet([u64; 4]);

impl ClassSet {
    /// How many classes a set can hold: the ontology may define this many, values included.
    pub const CAPACITY: usize = 256;

    /// The set of one class.
    pub fn of(class: ClassId) -> Self {
        let mut set = ClassSet::default();
        set.insert(class);
        set
    }

    pub fn insert(&mut self, class: ClassId) {
        self.0[class.index() / 64] |= 1 << (class.index() % 64);
    }

    pub fn contains(&self, class: ClassId) -> bool {
        self.0[class.index() / 64] & (1 << (class.index() % 64)) != 0
    }

    /// Whether the two sets share a class.
    pub fn intersects(&self, other: &ClassSet) -> bool {
        self.0.iter().zip(&other.0).any(|(a, b)| a & b != 0)
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }

    /// How many classes the set holds.
    pub fn count(&self) -> u32 {
        self.0.iter().map(|w| w.count_ones()).sum()
    }

    pub fn union(mut self, other: &ClassSet) -> ClassSet {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
        self
    }
}

/// The classes the extractor's code itself reasons with, resolved once when the ontology loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoreClasses {
    /// The root: an entity of no known class.
    pub entity: ClassId,
    pub person: ClassId,
    pub organization: ClassId,
    pub place: ClassId,
    pub country: ClassId,
    pub continent: ClassId,
    pub city: ClassId,
    pub administrative_region: ClassId,
    pub concept: ClassId,
    pub ideology: ClassId,
    pub movement: ClassId,
    pub event: ClassId,
    pub date: ClassId,
    pub quantity: ClassId,
}

/// Classes and properties, interned.
#[derive(Debug, Clone)]
pub struct Ontology {
    classes: Vec<Class>,
    properties: Vec<Property>,
    class_ids: HashMap<String, ClassId>,
    property_ids: HashMap<String, PropertyId>,
    by_wikidata: HashMap<String, PropertyId>,
    /// Each class with its ancestors.
    lineage: Vec<ClassSet>,
    /// The classes the code names.
    pub core: CoreClasses,
}

/// Triples of the ontology grouped by subject: predicate IRI → objects.
type Description = BTreeMap<String, Vec<Term>>;

/// Descriptions by subject (an IRI, or a blank node's id).
type Descriptions = BTreeMap<String, Description>;

impl Ontology {
    /// The ontology shipped with textkg.
    ///
    /// ```
    /// let onto = textkg::Ontology::builtin()?;
    /// let inception = onto.property_named("inception").unwrap();
    /// assert_eq!(onto.property(inception).wikidata.as_deref(), Some("P571"));
    /// let party = onto.class_named("PoliticalParty").unwrap();
    /// assert!(onto.is_subclass(party, onto.core.organization));
    /// # Ok::<(), textkg::Error>(())
    /// ```
    pub fn builtin() -> Result<Self> {
        Self::parse(TURTLE, "ontology/textkg.ttl")
    }

    /// Parses an ontology in Turtle. Errors name the file and line.
    pub fn parse(turtle: &str, path: &str) -> Result<Self> {
        let bad = |line: usize, message: String| Error::BadDataFile {
            path: path.to_string(),
            line,
            message,
        };
        let (subjects, blanks) = describe(turtle).map_err(|(line, m)| bad(line, m))?;
        let mut onto = Ontology {
            classes: Vec::new(),
            properties: Vec::new(),
            class_ids: HashMap::new(),
            property_ids: HashMap::new(),
            by_wikidata: HashMap::new(),
            lineage: Vec::new(),
            core: CoreClasses::placeholder(),
        };
        onto.add_terms(&subjects).map_err(|m| bad(0, m))?;
        onto.link_inverses(&subjects, &blanks);
        onto.lineage = (0..onto.classes.len())
            .map(|i| onto.ancestors_of(ClassId(i as u16)))
            .collect();
        onto.core = CoreClasses::resolve(&onto).map_err(|m| bad(0, m))?;
        Ok(onto)
    }

    /// Interns the classes and properties of the `tkg:` namespace (by name), then the two value
    /// kinds.
    fn add_terms(
        &mut self,
        subjects: &BTreeMap<String, Description>,
    ) -> std::result::Result<(), String> {
        let mut classes = Vec::new();
        for (iri, description) in subjects {
            let Some(name) = iri.strip_prefix(TKG) else {
                continue;
            };
            let types = named_objects(description, &format!("{RDF}type"));
            let label = literal(description, &format!("{RDFS}label")).unwrap_or(name);
            let wikidata = literal(description, &format!("{TKG}wikidataId")).map(str::to_string);
            let is_object = types.contains(&format!("{OWL}ObjectProperty").as_str());
            let is_datatype = types.contains(&format!("{OWL}DatatypeProperty").as_str());
            if is_object || is_datatype {
                let widens = literal(description, &format!("{TKG}holdsForContainingPlaces"));
                self.properties.push(Property {
                    name: name.to_string(),
                    iri: iri.clone(),
                    label: label.to_string(),
                    wikidata,
                    is_datatype,
                    inverse: None,
                    holds_for_containing_places: widens == Some("true"),
                    broader: None,
                });
            } else if types.contains(&format!("{OWL}Class").as_str()) {
                let parent = named_objects(description, &format!("{RDFS}subClassOf"))
                    .iter()
                    .find_map(|p| p.strip_prefix(TKG).map(str::to_string));
                classes.push((name, iri, label, wikidata, parent));
            }
        }
        if classes.len() + 2 > ClassSet::CAPACITY || self.properties.len() > usize::from(u16::MAX) {
            return Err(format!(
                "{} classes and {} properties; textkg handles at most {} classes",
                classes.len(),
                self.properties.len(),
                ClassSet::CAPACITY - 2
            ));
        }
        for (i, (name, ..)) in classes.iter().enumerate() {
            self.class_ids.insert(name.to_string(), ClassId(i as u16));
        }
        for (name, iri, label, wikidata, parent) in classes {
            let parent = parent.and_then(|p| self.class_ids.get(&p).copied());
            self.classes.push(Class {
                name: name.to_string(),
                iri: iri.clone(),
                label: label.to_string(),
                parent,
                wikidata,
                is_value: false,
            });
        }
        for value_kind in ["Date", "Quantity"] {
            let id = ClassId(self.classes.len() as u16);
            self.class_ids.insert(value_kind.to_string(), id);
            self.classes.push(Class {
                name: value_kind.to_string(),
                iri: format!("{TKG}{value_kind}"),
                label: value_kind.to_lowercase(),
                parent: None,
                wikidata: None,
                is_value: true,
            });
        }
        for (i, p) in self.properties.iter().enumerate() {
            self.property_ids
                .insert(p.name.clone(), PropertyId(i as u16));
            if let Some(wd) = &p.wikidata {
                // The first property (by name) aligned with a Wikidata id stands for it.
                self.by_wikidata
                    .entry(wd.clone())
                    .or_insert(PropertyId(i as u16));
            }
        }
        Ok(())
    }

    /// `owl:inverseOf` (declared once, in either direction), `owl:SymmetricProperty`,
    /// `rdfs:subPropertyOf [ owl:inverseOf Q ]` (one way only), and `rdfs:subPropertyOf tkg:Q`
    /// (a broader property).
    fn link_inverses(
        &mut self,
        subjects: &BTreeMap<String, Description>,
        blanks: &BTreeMap<String, Description>,
    ) {
        let local = |t: &Term| match t {
            Term::NamedNode(n) => n.as_str().strip_prefix(TKG).map(str::to_string),
            _ => None,
        };
        let mut pairs: Vec<(String, String, bool)> = Vec::new();
        let mut broaders: Vec<(String, String)> = Vec::new();
        for (iri, description) in subjects {
            let Some(name) = iri.strip_prefix(TKG) else {
                continue;
            };
            for other in description
                .get(&format!("{OWL}inverseOf"))
                .into_iter()
                .flatten()
                .filter_map(local)
            {
                pairs.push((name.to_string(), other, true));
            }
            let symmetric = named_objects(description, &format!("{RDF}type"))
                .contains(&format!("{OWL}SymmetricProperty").as_str());
            if symmetric {
                pairs.push((name.to_string(), name.to_string(), true));
            }
            for sup in description
                .get(&format!("{RDFS}subPropertyOf"))
                .into_iter()
                .flatten()
            {
                if let Some(broader) = local(sup) {
                    broaders.push((name.to_string(), broader));
                }
                let Term::BlankNode(b) = sup else { continue };
                let inverse_of = blanks
                    .get(b.as_str())
                    .and_then(|d| d.get(&format!("{OWL}inverseOf")))
                    .into_iter()
                    .flatten()
                    .filter_map(local);
                for other in inverse_of {
                    pairs.push((name.to_string(), other, false));
                }
            }
        }
        for (a, b, both_ways) in pairs {
            let (Some(&ia), Some(&ib)) = (self.property_ids.get(&a), self.property_ids.get(&b))
            else {
                continue;
            };
            self.properties[ia.index()].inverse = Some(ib);
            if both_ways {
                self.properties[ib.index()].inverse = Some(ia);
            }
        }
        for (a, b) in broaders {
            if let (Some(&ia), Some(&ib)) = (self.property_ids.get(&a), self.property_ids.get(&b)) {
                self.properties[ia.index()].broader = Some(ib);
            }
        }
    }

    fn ancestors_of(&self, class: ClassId) -> ClassSet {
        let mut set = ClassSet::default();
        let mut current = Some(class);
        // A cycle in rdfs:subClassOf would loop; no chain is longer than the class count.
        for _ in 0..=self.classes.len() {
            let Some(c) = current else { break };
            set.insert(c);
            current = self.classes[c.index()].parent;
        }
        set
    }

    /// Every class, by id (the value kinds last).
    pub fn classes(&self) -> &[Class] {
        &self.classes
    }

    /// Every property, by id.
    pub fn properties(&self) -> &[Property] {
        &self.properties
    }

    /// The class with this id.
    pub fn class(&self, id: ClassId) -> &Class {
        &self.classes[id.index()]
    }

    /// The property with this id.
    pub fn property(&self, id: PropertyId) -> &Property {
        &self.properties[id.index()]
    }

    /// A class (or value kind) by local name.
    pub fn class_named(&self, name: &str) -> Option<ClassId> {
        self.class_ids.get(name).copied()
    }

    /// The class with this IRI.
    pub fn class_by_iri(&self, iri: &str) -> Option<ClassId> {
        let name = iri.strip_prefix(crate::vocab::TKG)?;
        self.class_named(name).filter(|&c| self.class(c).iri == iri)
    }

    /// A property by local name.
    pub fn property_named(&self, name: &str) -> Option<PropertyId> {
        self.property_ids.get(name).copied()
    }

    /// A class by local name, or an error listing the valid names (for data files).
    pub fn expect_class(&self, name: &str) -> std::result::Result<ClassId, String> {
        self.class_named(name).ok_or_else(|| {
            let mut valid: Vec<&str> = self.class_ids.keys().map(String::as_str).collect();
            valid.sort_unstable();
            format!(
                "unknown class `{name}`; valid classes: {}",
                valid.join(", ")
            )
        })
    }

    /// A property by local name, or an error saying where properties come from.
    pub fn expect_property(&self, name: &str) -> std::result::Result<PropertyId, String> {
        self.property_named(name).ok_or_else(|| {
            format!("unknown property `{name}`; it must be a property of ontology/textkg.ttl")
        })
    }

    /// The property aligned with a Wikidata property.
    ///
    /// ```
    /// let onto = textkg::Ontology::builtin()?;
    /// let p = onto.property_by_wikidata("P571").unwrap();
    /// assert_eq!(onto.property(p).name, "inception");
    /// # Ok::<(), textkg::Error>(())
    /// ```
    pub fn property_by_wikidata(&self, id: &str) -> Option<PropertyId> {
        self.by_wikidata.get(id).copied()
    }

    /// The class and its ancestors.
    pub fn lineage(&self, class: ClassId) -> ClassSet {
        self.lineage[class.index()]
    }

    /// Whether `class` is `ancestor` or one of its subclasses.
    pub fn is_subclass(&self, class: ClassId, ancestor: ClassId) -> bool {
        self.lineage[class.index()].contains(ancestor)
    }

    /// Whether the class is a place (a subclass of `Place`).
    pub fn is_place(&self, class: ClassId) -> bool {
        self.is_subclass(class, self.core.place)
    }

    /// The class's local name.
    pub fn class_name(&self, class: ClassId) -> &str {
        &self.classes[class.index()].name
    }

    /// The property's local name.
    pub fn property_name(&self, property: PropertyId) -> &str {
        &self.properties[property.index()].name
    }
}

impl CoreClasses {
    /// Ids that [`CoreClasses::resolve`] replaces before anyone reads them.
    fn placeholder() -> Self {
        let z = ClassId(0);
        CoreClasses {
            entity: z,
            person: z,
            organization: z,
            place: z,
            country: z,
            continent: z,
            city: z,
            administrative_region: z,
            concept: z,
            ideology: z,
            movement: z,
            event: z,
            date: z,
            quantity: z,
        }
    }

    fn resolve(onto: &Ontology) -> std::result::Result<Self, String> {
        let id = |name: &str| {
            onto.class_named(name).ok_or_else(|| {
                format!("the ontology lacks the class tkg:{name}, which textkg needs")
            })
        };
        Ok(CoreClasses {
            entity: id("Entity")?,
            person: id("Person")?,
            organization: id("Organization")?,
            place: id("Place")?,
            country: id("Country")?,
            continent: id("Continent")?,
            city: id("City")?,
            administrative_region: id("AdministrativeRegion")?,
            concept: id("Concept")?,
            ideology: id("Ideology")?,
            movement: id("Movement")?,
            event: id("Event")?,
            date: id("Date")?,
            quantity: id("Quantity")?,
        })
    }
}

/// The triples of a Turtle file grouped by subject: named subjects, and blank ones. An error
/// gives the line and the parser's message.
fn describe(turtle: &str) -> std::result::Result<(Descriptions, Descriptions), (usize, String)> {
    let mut subjects: BTreeMap<String, Description> = BTreeMap::new();
    let mut blanks: BTreeMap<String, Description> = BTreeMap::new();
    for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(turtle.as_bytes()) {
        let quad = quad.map_err(|e| {
            let line = e.location().map_or(0, |l| l.start.line as usize + 1);
            (line, e.to_string())
        })?;
        let t = Triple::from(quad);
        let (key, map) = match t.subject {
            NamedOrBlankNode::NamedNode(s) => (s.into_string(), &mut subjects),
            NamedOrBlankNode::BlankNode(b) => (b.into_string(), &mut blanks),
        };
        map.entry(key)
            .or_default()
            .entry(t.predicate.into_string())
            .or_default()
            .push(t.object);
    }
    Ok((subjects, blanks))
}

fn named_objects<'a>(description: &'a Description, predicate: &str) -> Vec<&'a str> {
    description
        .get(predicate)
        .into_iter()
        .flatten()
        .filter_map(|o| match o {
            Term::NamedNode(n) => Some(n.as_str()),
            _ => None,
        })
        .collect()
}

fn literal<'a>(description: &'a Description, predicate: &str) -> Option<&'a str> {
    description
        .get(predicate)
        .into_iter()
        .flatten()
        .find_map(|o| match o {
            Term::Literal(l) => Some(l.value()),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn onto() -> Ontology {
        Ontology::builtin().expect("the embedded ontology parses")
    }

    #[test]
    fn builtin_ontology_parses_and_has_the_core_terms() {
        let onto = onto();
        for (name, wd) in [
            ("inception", "P571"),
            ("influencedBy", "P737"),
            ("memberCount", "P2124"),
        ] {
            let p = onto.property_named(name).expect(name);
            assert_eq!(onto.property(p).wikidata.as_deref(), Some(wd));
        }
        let member_count = onto.property_named("memberCount").unwrap();
        assert!(onto.property(member_count).is_datatype);
        let founded_by = onto.property_named("foundedBy").unwrap();
        assert!(!onto.property(founded_by).is_datatype);
        assert!(onto.is_place(onto.core.country));
        assert!(!onto.is_subclass(onto.core.person, onto.core.organization));
    }

    #[test]
    fn ids_follow_the_alphabetical_order_of_names() {
        let onto = onto();
        let names: Vec<&str> = onto.properties().iter().map(|p| p.name.as_str()).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(names, sorted);
    }

    #[test]
    fn inverses_symmetry_and_one_way_implications() {
        let onto = onto();
        let p = |n: &str| onto.property_named(n).unwrap();
        assert_eq!(onto.property(p("partOf")).inverse, Some(p("hasPart")));
        assert_eq!(onto.property(p("hasPart")).inverse, Some(p("partOf")));
        assert_eq!(onto.property(p("spouse")).inverse, Some(p("spouse")));
        assert_eq!(
            onto.property(p("performer")).inverse,
            Some(p("notableWork"))
        );
        assert_eq!(onto.property(p("notableWork")).inverse, None);
        assert_eq!(
            onto.property(p("conflict")).broader,
            Some(p("participantIn"))
        );
        assert_eq!(onto.property(p("participantIn")).broader, None);
    }

    #[test]
    fn unknown_names_are_errors_that_list_the_valid_ones() {
        let onto = onto();
        let err = onto.expect_class("Persn").unwrap_err();
        assert!(
            err.contains("unknown class `Persn`") && err.contains("Person"),
            "{err}"
        );
        assert!(onto.expect_property("foundedOn").is_err());
    }

    #[test]
    fn a_broken_ontology_names_its_line() {
        let err = Ontology::parse(
            "@prefix tkg: <https://w3id.org/textkg/ontology#> .\ntkg:A a",
            "o.ttl",
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("o.ttl:"), "{err}");
    }

    #[test]
    fn value_kinds_are_classes_of_their_own() {
        let onto = onto();
        assert!(onto.class(onto.core.date).is_value);
        assert!(!onto.is_subclass(onto.core.date, onto.core.entity));
    }
}
