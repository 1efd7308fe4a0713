//! Linked data: `/entity/{name}` answers a browser with an HTML page (the entity's properties,
//! its links, the evidence sentences) and an RDF client with the entity's description.

use super::{header, negotiate, response, Failure, Shared, GRAPH_TYPES};
use crate::rdf::Namespaces;
use crate::vocab::TKG;
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
fn show(term: &Term, ns: &Namespaces) -> String {
    let default = Namespaces::default();
    match term {
        Term::NamedNode(n) => match n
            .as_str()
            .strip_prefix(ns.entity())
            .or_else(|| n.as_str().strip_prefix(default.entity()))
        {
            Some(local) => format!(
                "<a href=\"/entity/{}\">{}</a>",
                escape(local),
                escape(&local.replace('_', " "))
            ),
            None => escape(&ns.compact(n.as_str())),
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
            let s = s.map_err(super::stream::evaluation)?;
            out.push(vars.iter().map(|v| s.get(v).cloned()).collect());
        }
    }
    Ok(out)
}

/// `/entity/{name}`: the entity's page for a browser, its description for an RDF client.
pub(super) fn page(
    shared: &Shared,
    request: &Request<Body>,
    local: &str,
) -> Result<Response<Body>, Failure> {
    let local: String = form_urlencoded::parse(format!("x={local}").as_bytes())
        .map(|(_, v)| v.into_owned())
        .next()
        .unwrap_or_default();
    let iri = format!("{}{}", shared.store.namespaces().entity(), local);
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
    let Some(label) = known.first().and_then(|r| r[0].as_ref()) else {
        return Err(Failure(
            StatusCode::NOT_FOUND,
            format!("no entity <{iri}> in this graph"),
        ));
    };
    if media != "text/html" {
        return describe(shared, &iri, media);
    }
    let label = match label {
        Term::Literal(l) => l.value().to_string(),
        t => t.to_string(),
    };
    let html = html_page(shared, &entity, &label, &local)?;
    Ok(response(
        StatusCode::OK,
        "text/html; charset=utf-8",
        html.into_bytes(),
    ))
}

/// The entity's description in RDF: its triples both ways, and its statements' provenance.
fn describe(shared: &Shared, iri: &str, media: &str) -> Result<Response<Body>, Failure> {
    let failed =
        |e: &dyn std::fmt::Display| Failure(StatusCode::INTERNAL_SERVER_ERROR, e.to_string());
    let describe = format!(
        "CONSTRUCT {{ <{iri}> ?p ?o . ?s ?q <{iri}> . ?st ?sp ?so }} WHERE {{ \
         {{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}> FILTER(?q != rdf:subject && ?q != rdf:object) }} UNION \
         {{ ?st rdf:subject <{iri}> ; ?sp ?so }} }}"
    );
    let QueryResults::Graph(triples) = shared.store.query(&describe)? else {
        return Err(failed(&"a CONSTRUCT query gave no graph"));
    };
    let serializer = crate::rdf::serializer(super::graph_format(media), shared.store.namespaces());
    let mut writer = serializer.for_writer(Vec::new());
    let mut seen = std::collections::HashSet::new();
    for t in triples {
        let t = t.map_err(super::stream::evaluation)?;
        if seen.insert(t.clone()) {
            writer.serialize_triple(&t).map_err(|e| failed(&e))?;
        }
    }
    let bytes = writer.finish().map_err(|e| failed(&e))?;
    Ok(response(StatusCode::OK, media, bytes))
}

/// The page: a header, the entity's types and other names, and its statements with evidence.
fn html_page(
    shared: &Shared,
    entity: &NamedNode,
    label: &str,
    local: &str,
) -> Result<String, Failure> {
    let ns = shared.store.namespaces();
    let iri = entity.as_str();
    let mut html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><title>{0} — textkg</title>\
         <style>body{{font:15px/1.5 system-ui,sans-serif;max-width:900px;margin:24px auto;padding:0 16px;color:#1f2937}}\
         .meta{{color:#6b7280;font-size:13px}} table{{border-collapse:collapse;width:100%}} td,th{{text-align:left;vertical-align:top;padding:6px;border-top:1px solid #e5e7eb}}\
         blockquote{{margin:4px 0;padding:4px 8px;background:#f3f4f6;border-left:3px solid #2a9d8f;font-size:14px}} a{{color:#1d4ed8}}</style></head><body>\
         <p class=\"meta\"><a href=\"/\">textkg</a> · <a href=\"/view?focus={2}\">graph</a> · <a href=\"/entity/{3}\" type=\"text/turtle\">RDF</a></p>\
         <h1>{0}</h1><p class=\"meta\">{1}</p>",
        escape(label),
        escape(iri),
        escape(&form_urlencoded::byte_serialize(iri.as_bytes()).collect::<String>()),
        escape(local),
    );
    let types = rows(shared, "SELECT DISTINCT ?t WHERE { ?entity a ?t }", entity)?;
    let type_names: Vec<String> = types
        .iter()
        .filter_map(|r| r[0].as_ref())
        .map(|t| escape(&ns.compact(t.to_string().trim_matches(['<', '>']))))
        .collect();
    html.push_str(&format!("<p><b>Types:</b> {}</p>", type_names.join(", ")));
    let aliases = rows(
        shared,
        "SELECT DISTINCT ?a WHERE { ?entity skos:altLabel ?a }",
        entity,
    )?;
    if !aliases.is_empty() {
        let names: Vec<String> = aliases
            .iter()
            .filter_map(|r| r[0].as_ref())
            .map(|t| show(t, ns))
            .collect();
        html.push_str(&format!("<p><b>Also called:</b> {}</p>", names.join(", ")));
    }
    statements_table(shared, entity, &mut html)?;
    html.push_str("</body></html>");
    Ok(html)
}

/// Every statement about the entity, either way, with its sentence, rule and confidence.
fn statements_table(shared: &Shared, entity: &NamedNode, html: &mut String) -> Result<(), Failure> {
    let ns = shared.store.namespaces();
    let onto = &shared.ontology;
    let facts = rows(
        shared,
        "SELECT ?dir ?p ?other ?sentence ?rule ?conf ?g WHERE { GRAPH ?g { \
           { ?st rdf:subject ?entity ; rdf:predicate ?p ; rdf:object ?other BIND(\"out\" AS ?dir) } UNION \
           { ?st rdf:object ?entity ; rdf:predicate ?p ; rdf:subject ?other BIND(\"in\" AS ?dir) } \
           ?st tkg:rule ?rule ; tkg:confidence ?conf ; tkg:evidence ?span . ?span nif:anchorOf ?sentence } } \
         ORDER BY ?dir ?p ?other",
        entity,
    )?;
    html.push_str("<h2>Statements and their evidence</h2><table><tr><th>property</th><th>value</th><th>evidence</th></tr>");
    for row in &facts {
        let (Some(dir), Some(Term::NamedNode(p)), Some(other)) = (&row[0], &row[1], &row[2]) else {
            continue;
        };
        let local_p = p.as_str().strip_prefix(TKG).unwrap_or(p.as_str());
        let label_p = onto
            .property_named(local_p)
            .map(|x| onto.property(x).label.clone())
            .unwrap_or_else(|| ns.compact(p.as_str()));
        let arrow = if matches!(dir, Term::Literal(l) if l.value() == "in") {
            format!("← {label_p} (of)")
        } else {
            label_p
        };
        let cell = |i: usize| row[i].as_ref().map(|t| show(t, ns)).unwrap_or_default();
        html.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td><blockquote class=\"evidence\">{}</blockquote><span class=\"meta\">{} · rule {} · confidence {}</span></td></tr>",
            escape(&arrow),
            show(other, ns),
            cell(3),
            cell(6),
            cell(4),
            cell(5)
        ));
    }
    html.push_str("</table>");
    Ok(())
}
