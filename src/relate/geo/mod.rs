//! Place containment: statements read from chains of places ("Dublin, Ohio, United States") and
//! completed with what the lexicon knows of which place lies in which.
//!
//! A chain is a run of mentions separated by commas whose later members contain the earlier ones.
//! Containment is checked against the lexicon (`part_of` in `data/lexicons/places.tsv`), so that a
//! list of sibling places ("Shizuoka, Aichi, Gifu") states nothing. An unknown first member
//! ("Foots Creek, Oregon") is taken to lie in the known place that follows it.

mod country;

pub use country::{DocumentCountry, DOCUMENT_COUNTRY_RULE};

use crate::error::{Error, Result};
use crate::relate::{Knowledge, Object, Producer, Resources, Statement};
use crate::resources::{EntryId, Ontology, PropertyId};
use crate::text::{Analysis, EntityId, MentionId, MentionKind, SentenceId};
use std::collections::HashMap;

/// The properties place containment states.
#[derive(Debug, Clone, Copy)]
pub struct Geography {
    located_in: PropertyId,
    country: PropertyId,
    contains: PropertyId,
    continent: PropertyId,
}

impl Geography {
    pub fn new(onto: &Ontology) -> Result<Self> {
        let p = |name: &str| {
            onto.expect_property(name)
                .map_err(|message| Error::BadDataFile {
                    path: "ontology/textkg.ttl".into(),
                    line: 0,
                    message,
                })
        };
        Ok(Geography {
            located_in: p("locatedIn")?,
            country: p("country")?,
            contains: p("containsAdministrativeEntity")?,
            continent: p("continent")?,
        })
    }
}

/// One document's places as the lexicon knows them.
struct Places<'a> {
    cx: &'a Resources<'a>,
    doc: &'a Analysis,
    /// Each entity's lexicon place, if the lexicon knows a place of that label.
    entries: Vec<Option<EntryId>>,
    /// Named entities by label.
    named: HashMap<&'a str, EntityId>,
    out: Vec<Statement>,
}

impl<'a> Places<'a> {
    fn new(cx: &'a Resources<'a>, doc: &'a Analysis) -> Self {
        let r = &doc.resolution;
        let entries = r
            .entities
            .iter()
            .map(|e| {
                cx.lexicon
                    .entry_labelled(&e.label)
                    .filter(|_| cx.onto.is_place(e.class))
            })
            .collect();
        let named = r
            .entities
            .iter_enumerated()
            .filter(|(_, e)| !e.mentions.is_empty())
            .map(|(i, e)| (e.label.as_str(), i))
            .collect();
        Places {
            cx,
            doc,
            entries,
            named,
            out: Vec::new(),
        }
    }

    fn entity(&self, m: MentionId) -> Option<EntityId> {
        self.doc.resolution.mention_entity[m]
    }

    fn is(&self, e: EntityId, class: fn(&Ontology) -> crate::resources::ClassId) -> bool {
        self.doc.resolution.entities[e].class == class(self.cx.onto)
    }

    fn is_place(&self, e: EntityId) -> bool {
        self.cx.onto.is_place(self.doc.resolution.entities[e].class)
    }

    fn is_country(&self, e: EntityId) -> bool {
        self.is(e, |o| o.core.country)
    }

    fn is_continent(&self, e: EntityId) -> bool {
        self.is(e, |o| o.core.continent)
    }

    fn is_region(&self, e: EntityId) -> bool {
        self.is(e, |o| o.core.administrative_region)
    }

    /// A place the lexicon knows.
    fn known(&self, e: EntityId) -> Option<EntryId> {
        self.entries[e.index()]
    }

    /// Whether the lexicon puts `inner` (transitively) in `outer`.
    fn contained(&self, inner: EntityId, outer: EntityId) -> bool {
        match (self.known(inner), self.known(outer)) {
            (Some(i), Some(o)) => self.cx.lexicon.containers(i).contains(&o),
            _ => false,
        }
    }

    /// What the lexicon's data sets say puts `place` in `outer`, as a statement's knowledge.
    fn knowledge(&self, place: EntityId, outer: EntityId, with_text: bool) -> Option<Knowledge> {
        let lex = self.cx.lexicon;
        let (datasets, path) = lex.containment_path(self.known(place)?, self.known(outer)?)?;
        let records = path
            .into_iter()
            .map(|e| match lex.place_facts(e) {
                Some(f) if !f.key.is_empty() => f.key.to_string(),
                _ => lex.entry(e).label.clone(),
            })
            .collect();
        Some(Knowledge {
            datasets,
            records,
            with_text,
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn state(
        &mut self,
        subject: EntityId,
        property: PropertyId,
        object: EntityId,
        sentence: SentenceId,
        confidence: f32,
        rule: &str,
        knowledge: Option<Knowledge>,
    ) {
        self.out.push(Statement {
            subject,
            property,
            object: Object::Entity(object),
            sentence,
            confidence,
            rule: rule.to_string(),
            qualifiers: Vec::new(),
            knowledge,
        });
    }

    /// `inner` lies in `outer`: located in, and its country when `outer` is one.
    #[allow(clippy::too_many_arguments)]
    fn lies_in(
        &mut self,
        g: &Geography,
        inner: EntityId,
        outer: EntityId,
        sentence: SentenceId,
        confidence: f32,
        rule: &str,
        knowledge: Option<Knowledge>,
    ) {
        let k = knowledge.clone();
        self.state(inner, g.located_in, outer, sentence, confidence, rule, k);
        if self.is_country(outer) {
            let c = confidence + 0.05;
            self.state(inner, g.country, outer, sentence, c, rule, knowledge);
        }
    }

    /// Runs of mentions separated by a comma within one sentence.
    fn chains(&self) -> Vec<Vec<MentionId>> {
        let mentions = &self.doc.mentions;
        let text = self.doc.text();
        let mut chains = Vec::new();
        let ids: Vec<MentionId> = mentions.ids().collect();
        let mut i = 0;
        while i < ids.len() {
            let mut j = i;
            while j + 1 < ids.len() {
                let (a, b) = (&mentions[ids[j]], &mentions[ids[j + 1]]);
                let joined = b.sentence == a.sentence
                    && text[a.end..b.start].trim() == ","
                    && b.kind != MentionKind::Reference
                    && !b.is_value();
                if !joined {
                    break;
                }
                j += 1;
            }
            if j > i {
                chains.push(ids[i..=j].to_vec());
            }
            i = j + 1;
        }
        chains
    }

    /// What each chain states: every member lies in the known places after it that contain it.
    fn state_chain(&mut self, g: &Geography, chain: &[MentionId]) {
        let onto = self.cx.onto;
        let ents: Vec<Option<EntityId>> = chain.iter().map(|&m| self.entity(m)).collect();
        for a in 0..chain.len() {
            let Some(inner) = ents[a] else { continue };
            let m = &self.doc.mentions[chain[a]];
            if m.is_value() {
                continue;
            }
            // Places only: an organization, person or event gets its place through its own
            // properties. A first member of no known class may be a place ("Foots Creek").
            let class = self.doc.resolution.entities[inner].class;
            let inner_ok = onto.is_place(class)
                || (a == 0 && class == onto.core.entity && m.kind == MentionKind::Name);
            if !inner_ok {
                continue;
            }
            for b in a + 1..chain.len() {
                let Some(outer) = ents[b] else { continue };
                if outer == inner || self.known(outer).is_none() || self.is_continent(outer) {
                    continue;
                }
                let inside = if self.known(inner).is_some() {
                    self.contained(inner, outer)
                } else {
                    // An unknown place followed by known ones: it lies in each of them, if they
                    // nest (a chain, not a list of siblings).
                    (a + 1..b).all(|k| {
                        ents[k].is_some_and(|e| self.known(e).is_some() && self.contained(e, outer))
                    })
                };
                if !inside {
                    continue;
                }
                self.lies_in(g, inner, outer, m.sentence, 0.8, "geo.chain", None);
                if self.is_region(inner) {
                    self.state(outer, g.contains, inner, m.sentence, 0.6, "geo.chain", None);
                }
            }
        }
    }

    /// Whatever a statement places in the head of a chain lies in the rest of the chain, in the
    /// named places that contain it, and in its country.
    fn closure(&mut self, g: &Geography, chains: &[Vec<MentionId>], stated: &[Statement]) {
        for st in stated {
            let Object::Entity(place) = st.object else {
                continue;
            };
            if st.property != g.located_in || !self.is_place(st.subject) {
                continue;
            }
            for chain in chains {
                let Some(pos) = chain.iter().position(|&m| self.entity(m) == Some(place)) else {
                    continue;
                };
                for &m in &chain[pos + 1..] {
                    let Some(outer) = self.entity(m) else {
                        continue;
                    };
                    if self.known(outer).is_none()
                        || outer == st.subject
                        || self.is_continent(outer)
                    {
                        continue;
                    }
                    if self.known(place).is_some() && !self.contained(place, outer) {
                        continue;
                    }
                    let s = st.sentence;
                    self.lies_in(g, st.subject, outer, s, 0.7, "geo.closure", None);
                }
            }
            // The sentence puts it in the place, the lexicon's data sets put the place in
            // `outer`: both are its provenance.
            for outer in self.named_containers(place) {
                if !self.cx.world_knowledge
                    || outer == st.subject
                    || outer == place
                    || self.is_continent(outer)
                {
                    continue;
                }
                let k = self.knowledge(place, outer, true);
                self.lies_in(g, st.subject, outer, st.sentence, 0.65, "geo.closure", k);
            }
            if self.is_country(place) && place != st.subject {
                let s = st.sentence;
                self.state(st.subject, g.country, place, s, 0.7, "geo.closure", None);
            }
        }
    }

    /// The entities of this document that the lexicon says contain `place`, innermost first.
    fn named_containers(&self, place: EntityId) -> Vec<EntityId> {
        let Some(entry) = self.known(place) else {
            return Vec::new();
        };
        self.cx
            .lexicon
            .containers(entry)
            .into_iter()
            .filter_map(|c| {
                self.named
                    .get(self.cx.lexicon.entry(c).label.as_str())
                    .copied()
            })
            .collect()
    }

    /// A statement that holds for the places containing its place (born in, based in) holds
    /// for the later places of a chain in its sentence: "born in Vinton, Iowa" → Iowa too.
    fn widen_along_chains(&mut self, chains: &[Vec<MentionId>], stated: &[Statement]) {
        let onto = self.cx.onto;
        for st in stated {
            let Object::Entity(place) = st.object else {
                continue;
            };
            if !onto.property(st.property).holds_for_containing_places {
                continue;
            }
            for chain in chains {
                let mentions = &self.doc.mentions;
                let Some(pos) = chain.iter().position(|&m| {
                    self.entity(m) == Some(place) && mentions[m].sentence == st.sentence
                }) else {
                    continue;
                };
                for &m in &chain[pos + 1..] {
                    let Some(outer) = self.entity(m) else {
                        continue;
                    };
                    let class = self.doc.resolution.entities[outer].class;
                    let placelike = onto.is_place(class) || class == onto.core.entity;
                    if outer == st.subject
                        || outer == place
                        || !placelike
                        || self.is_continent(outer)
                    {
                        continue;
                    }
                    let rule = format!("{}+chain", st.rule);
                    self.state(
                        st.subject,
                        st.property,
                        outer,
                        st.sentence,
                        st.confidence * 0.95,
                        &rule,
                        None,
                    );
                }
            }
        }
    }

    /// What the lexicon knows: a named place lies in the named places that contain it. These
    /// statements rest on the lexicon's data sets alone (no sentence states them).
    fn state_lexicon_containment(&mut self, g: &Geography) {
        if !self.cx.world_knowledge {
            return;
        }
        let r = &self.doc.resolution;
        for (inner, e) in r.entities.iter_enumerated() {
            if e.mentions.is_empty() || self.known(inner).is_none() {
                continue;
            }
            let sentence = self.doc.mentions[e.mentions[0]].sentence;
            for outer in self.named_containers(inner) {
                if outer == inner {
                    continue;
                }
                let k = self.knowledge(inner, outer, false);
                if self.is_continent(outer) {
                    if self.is_country(inner) {
                        let p = g.continent;
                        self.state(inner, p, outer, sentence, 0.6, "geo.lexicon", k);
                    }
                    continue;
                }
                self.lies_in(g, inner, outer, sentence, 0.65, "geo.lexicon", k.clone());
                if self.is_region(inner) {
                    self.state(outer, g.contains, inner, sentence, 0.5, "geo.lexicon", k);
                }
            }
        }
    }
}

impl Geography {
    /// Whether a statement of any producer is admissible as geography: "located in" only in a
    /// place (or a name of no known class) and never of a person (not "Kurt Waldheim — located
    /// in — United Nations"), "country" only to a country.
    pub fn admissible(&self, onto: &Ontology, doc: &Analysis, st: &Statement) -> bool {
        let Object::Entity(object) = st.object else {
            return true;
        };
        let class = |e: EntityId| doc.resolution.entities[e].class;
        if st.property == self.located_in {
            let person = onto.is_subclass(class(st.subject), onto.core.person);
            let place = |e| onto.is_place(class(e)) || class(e) == onto.core.entity;
            place(object) && !person
        } else if st.property == self.country {
            class(object) == onto.core.country
        } else {
            true
        }
    }
}

impl Producer for Geography {
    fn name(&self) -> &'static str {
        "geography"
    }

    fn produce(&self, cx: &Resources, doc: &Analysis, stated: &[Statement]) -> Vec<Statement> {
        let mut places = Places::new(cx, doc);
        let chains = places.chains();
        for chain in &chains {
            places.state_chain(self, chain);
        }
        places.closure(self, &chains, stated);
        places.widen_along_chains(&chains, stated);
        places.state_lexicon_containment(self);
        places.out
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::Extractor;
    use crate::rdf::{records, to_quads};
    use crate::text::Document;

    const TEXT: &str = "Glasgow\n\nGlasgow is the largest city of Scotland. The United Kingdom has four countries. Kurt Waldheim led the United Nations, based in New York City.";

    /// (subject, property, object, world knowledge only) of each statement.
    fn facts(ex: &Extractor) -> Vec<(String, String, String, bool)> {
        let out = ex.extract(Document::from_text("g", TEXT));
        let label = |e| out.analysis.resolution.entities[e].label.clone();
        out.statements
            .iter()
            .filter_map(|s| match s.object {
                crate::relate::Object::Entity(o) => Some((
                    label(s.subject),
                    ex.ontology.property_name(s.property).to_string(),
                    label(o),
                    s.is_world_knowledge(),
                )),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn containment_from_the_lexicon_is_world_knowledge_and_can_be_off() {
        let mut ex = Extractor::builtin().unwrap();
        let on = facts(&ex);
        let scotland = (
            "Scotland".into(),
            "locatedIn".into(),
            "United Kingdom".into(),
            true,
        );
        assert!(on.contains(&scotland), "{on:?}");
        assert!(
            !on.iter()
                .any(|f| f.0 == "Kurt Waldheim" && f.1 == "locatedIn"),
            "a person is located in no place: {on:?}"
        );
        ex.world_knowledge = false;
        let off = facts(&ex);
        assert!(off.iter().all(|f| !f.3), "{off:?}");
    }

    #[test]
    fn world_knowledge_cites_the_data_set_not_a_sentence() {
        let ex = Extractor::builtin().unwrap();
        let out = ex.extract(Document::from_text("g", TEXT));
        let recs = records(out.graph(), &ex.ontology);
        let r = recs
            .iter()
            .find(|r| {
                r.subject.label == "Scotland" && r.predicate.wikidata.as_deref() == Some("P131")
            })
            .expect("a record of Scotland's containment");
        assert!(r.evidence.is_none());
        let source = r.source.as_ref().unwrap();
        assert_eq!(source.datasets[0].name, "ISO 3166");
        assert_eq!(source.records, ["iso:GB-SCT"]);
        let quads = to_quads(out.graph(), &ex.ontology, &ex.namespaces);
        let text: Vec<String> = quads.iter().map(ToString::to_string).collect();
        assert!(text.iter().any(|q| q.contains("WorldKnowledgeStatement")));
        assert!(text
            .iter()
            .any(|q| q.contains("wasDerivedFrom> <https://www.iso.org/")));
    }
}
