//! Linked data: `/entity/{name}` answers a browser with an HTML page (the entity's properties,
//! its links, the evidence sentences) and an RDF client with the entity's description.

use super::{header, negotiate, response, Failure, Shared, GRAPH_TYPES};
use crate::rdf::{compact, ENTITY, TKG};
use oxhttp::model::header::ACCEPT;
use oxhttp::model::{Body, Request, Response, StatusCode};
use oxigraph::model::{NamedNode, Term, Variable};
use oxigraph::sparql::QueryResults;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A link to an entity's page, or the value as text.
fn show(term: &Term, base: &str) -> String {
    match term {
        Term::NamedNode(n) => match n
            .as_str()
            .strip_prefix(base)
            .or_else(|| n.as_str().strip_prefix(ENTITY))
        {
            Some(local) => format!(
                "<a href=\"/entity/{}\">{}</a>",
                escape(local),
                escape(&local.replace('_', " "))
            ),
            None => escape(&compact(n.as_str())),
        },
        Term::Literal(l) => escape(l.value()),
        other => escape(&other.to_string()),
    }
}

fn rows(
    shared: &Shared,
    query: &str,
    entity: &NamedNode,
) -> Result<Vec<Vec<Option<Term>>>, Failure> {
    let query = query.replace("?entity", &format!("<{}>", entity.as_str()));
    let mut out = Vec::new();
    if let QueryResults::Solutions(solutions) = shared.store.query(&query)? {
        let vars: Vec<Variable> = solutions.variables().to_vec();
        for s in solutions {
            let s = s.map_err(|e| Failure(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
            out.push(vars.iter().map(|v| s.get(v).cloned()).collect());
        }
    }
    Ok(out)
}

pub(super) fn page(
    shared: &Shared,
    request: &Request<Body>,
    local: &str,
) -> Result<Response<Body>, Failure> {
    let local: String = form_urlencoded::parse(format!("x={local}").as_bytes())
        .map(|(_, v)| v.into_owned())
        .next()
        .unwrap_or_default();
    let iri = format!("{}{}", shared.config.base_iri, local);
    let entity = NamedNode::new(&iri).map_err(|_| {
        Failure(
            StatusCode::BAD_REQUEST,
            format!("`{local}` is not a valid entity name"),
        )
    })?;
    let mut offered = vec!["text/html"];
    offered.extend(GRAPH_TYPES);
    let media = negotiate(header(request, ACCEPT), &offered)
        .ok_or_else(|| super::not_acceptable(&offered))?;
    let known = rows(
        shared,
        "SELECT ?l WHERE { ?entity rdfs:label ?l } LIMIT 1",
        &entity,
    )?;
    if known.is_empty() {
        return Err(Failure(
            StatusCode::NOT_FOUND,
            format!("no entity <{iri}> in this graph"),
        ));
    }
    if media != "text/html" {
        let describe = format!(
            "CONSTRUCT {{ <{iri}> ?p ?o . ?s ?q <{iri}> . ?st ?sp ?so }} WHERE {{ \
             {{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}> FILTER(?q != rdf:subject && ?q != rdf:object) }} UNION \
             {{ ?st rdf:subject <{iri}> ; ?sp ?so }} }}"
        );
        let results = shared.store.query(&describe)?;
        let QueryResults::Graph(triples) = results else {
            return Err(Failure(
                StatusCode::INTERNAL_SERVER_ERROR,
                "no graph".into(),
            ));
        };
        let serializer = crate::rdf::serializer(super::graph_format(media));
        let mut writer = serializer.for_writer(Vec::new());
        let mut seen = std::collections::HashSet::new();
        for t in triples {
            let t = t.map_err(|e| Failure(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
            if seen.insert(t.clone()) {
                writer
                    .serialize_triple(&t)
                    .map_err(|e| Failure(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
            }
        }
        let bytes = writer
            .finish()
            .map_err(|e| Failure(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
        return Ok(response(StatusCode::OK, media, bytes));
    }

    let base = shared.config.base_iri.as_str();
    let label = known[0][0]
        .as_ref()
        .map(|t| match t {
            Term::Literal(l) => l.value().to_string(),
            t => t.to_string(),
        })
        .unwrap_or_default();
    let types = rows(shared, "SELECT DISTINCT ?t WHERE { ?entity a ?t }", &entity)?;
    let aliases = rows(
        shared,
        "SELECT DISTINCT ?a WHERE { ?entity skos:altLabel ?a }",
        &entity,
    )?;
    let facts = rows(
        shared,
        "SELECT ?dir ?p ?other ?sentence ?rule ?conf ?g WHERE { GRAPH ?g { \
           { ?st rdf:subject ?entity ; rdf:predicate ?p ; rdf:object ?other BIND(\"out\" AS ?dir) } UNION \
           { ?st rdf:object ?entity ; rdf:predicate ?p ; rdf:subject ?other BIND(\"in\" AS ?dir) } \
           ?st tkg:rule ?rule ; tkg:confidence ?conf ; tkg:evidence ?span . ?span nif:anchorOf ?sentence } } \
         ORDER BY ?dir ?p ?other",
        &entity,
    )?;
    let onto = &shared.ontology;
    let mut html = String::new();
    html.push_str(&format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><title>{0} — textkg</title>\
         <style>body{{font:15px/1.5 system-ui,sans-serif;max-width:900px;margin:24px auto;padding:0 16px;color:#1f2937}}\
         .meta{{color:#6b7280;font-size:13px}} table{{border-collapse:collapse;width:100%}} td,th{{text-align:left;vertical-align:top;padding:6px;border-top:1px solid #e5e7eb}}\
         blockquote{{margin:4px 0;padding:4px 8px;background:#f3f4f6;border-left:3px solid #2a9d8f;font-size:14px}} a{{color:#1d4ed8}}</style></head><body>\
         <p class=\"meta\"><a href=\"/\">textkg</a> · <a href=\"/view?focus={2}\">graph</a> · <a href=\"/entity/{3}\" type=\"text/turtle\">RDF</a></p>\
         <h1>{0}</h1><p class=\"meta\">{1}</p>",
        escape(&label),
        escape(&iri),
        escape(&form_urlencoded::byte_serialize(iri.as_bytes()).collect::<String>()),
        escape(&local),
    ));
    let type_names: Vec<String> = types
        .iter()
        .filter_map(|r| r[0].as_ref())
        .map(|t| escape(&compact(t.to_string().trim_matches(['<', '>']))))
        .collect();
    html.push_str(&format!("<p><b>Types:</b> {}</p>", type_names.join(", ")));
    if !aliases.is_empty() {
        let names: Vec<String> = aliases
            .iter()
            .filter_map(|r| r[0].as_ref())
            .map(|t| show(t, base))
            .collect();
        html.push_str(&format!("<p><b>Also called:</b> {}</p>", names.join(", ")));
    }
    html.push_str("<h2>Statements and their evidence</h2><table><tr><th>property</th><th>value</th><th>evidence</th></tr>");
    for row in &facts {
        let (Some(dir), Some(Term::NamedNode(p)), Some(other)) = (&row[0], &row[1], &row[2]) else {
            continue;
        };
        let local_p = p.as_str().strip_prefix(TKG).unwrap_or(p.as_str());
        let label_p = onto
            .property(local_p)
            .map(|x| x.label.clone())
            .unwrap_or_else(|| compact(p.as_str()));
        let arrow = if matches!(dir, Term::Literal(l) if l.value() == "in") {
            format!("← {label_p} (of)")
        } else {
            label_p
        };
        let sentence = row[3].as_ref().map(|t| show(t, base)).unwrap_or_default();
        let rule = row[4].as_ref().map(|t| show(t, base)).unwrap_or_default();
        let conf = row[5].as_ref().map(|t| show(t, base)).unwrap_or_default();
        let doc = row[6].as_ref().map(|t| show(t, base)).unwrap_or_default();
        html.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td><blockquote class=\"evidence\">{}</blockquote><span class=\"meta\">{} · rule {} · confidence {}</span></td></tr>",
            escape(&arrow),
            show(other, base),
            sentence,
            doc,
            rule,
            conf
        ));
    }
    html.push_str("</table></body></html>");
    Ok(response(
        StatusCode::OK,
        "text/html; charset=utf-8",
        html.into_bytes(),
    ))
}
