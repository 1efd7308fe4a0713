//! "advocated X as well as Y", "aligned with X and particularly Y and Z": what is said of an idea
//! is said of the ideas coordinated with it; likewise for organizations ("taught at Harvard and
//! Yale", "Professor at the Collège de France, IHÉS and Vanderbilt University"), and people with
//! people ("their children, Wyatt, Logan and Shae").

use crate::relate::{Object, Producer, Resources, Statement};
use crate::text::{Analysis, Mention, MentionId};

/// Extends statements about an idea to the ideas coordinated with it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Coordination;

impl Producer for Coordination {
    fn name(&self) -> &'static str {
        "coordination"
    }

    fn produce(&self, cx: &Resources, doc: &Analysis, stated: &[Statement]) -> Vec<Statement> {
        let core = &cx.onto.core;
        let onto = cx.onto;
        let r = &doc.resolution;
        // Ideas coordinate with ideas, organizations with organizations.
        let family = |m: &Mention, id: MentionId| {
            let class = r.mention_entity[id].map_or(m.class, |e| r.entities[e].class);
            if m.class == core.concept || m.class == core.ideology {
                Some(0)
            } else if m.kind != crate::text::MentionKind::Reference
                && onto.is_subclass(class, core.organization)
            {
                Some(1)
            } else if m.kind != crate::text::MentionKind::Reference && class == core.person {
                Some(2)
            } else {
                None
            }
        };
        let mentions = &doc.mentions;
        let mut out = Vec::new();
        for st in stated {
            let Object::Entity(object) = st.object else {
                continue;
            };
            let last = mentions.ids().rev().find(|&i| {
                mentions[i].sentence == st.sentence && r.mention_entity[i] == Some(object)
            });
            let Some(mut at) = last else { continue };
            let Some(kind) = family(&mentions[at], at) else {
                continue;
            };
            loop {
                let next = MentionId::from_index(at.index() + 1);
                let Some(n) = mentions
                    .get(next)
                    .filter(|n| n.sentence == st.sentence && family(n, next) == Some(kind))
                else {
                    break;
                };
                let between = doc.text()[mentions[at].end..n.start].trim();
                // "socialist feminist ideas and particularly …": a generic noun may close the first.
                let between = cx
                    .lexicon
                    .strip_coordination_noun(between)
                    .map_or(between, str::trim);
                let Some(e) = r.mention_entity[next] else {
                    break;
                };
                let listed = kind != 0 && between == ",";
                if !(cx.lexicon.is_coordinator(between) || listed) || e == st.subject {
                    break;
                }
                out.push(Statement {
                    object: Object::Entity(e),
                    confidence: st.confidence * 0.9,
                    ..st.clone()
                });
                at = next;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::{Document, Extractor};

    #[test]
    fn what_is_said_of_a_person_is_said_of_the_people_listed_with_them() {
        let extractor = Extractor::builtin().unwrap();
        let ex = extractor.extract(Document::from_text(
            "t",
            "The Acme League was founded by Ann Lee, Bob Ray, Carl Moe and Dan Poe.",
        ));
        let r = &ex.analysis.resolution;
        let founders: Vec<String> = ex
            .statements
            .iter()
            .filter(|s| extractor.ontology.property_name(s.property) == "foundedBy")
            .filter_map(|s| match s.object {
                crate::relate::Object::Entity(e) => Some(r.entities[e].label.clone()),
                _ => None,
            })
            .collect();
        for name in ["Ann Lee", "Bob Ray", "Carl Moe", "Dan Poe"] {
            assert!(founders.iter().any(|f| f == name), "{founders:?}");
        }
    }
}
