//! Writing query results: an aligned table for people, the standard SPARQL results formats for
//! programs, and RDF for CONSTRUCT/DESCRIBE.

use super::formats::ResultsFormat;
use crate::error::{Error, Result};
use crate::rdf::Namespaces;
use crate::vocab::XSD;
use oxigraph::io::RdfFormat;
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, QuerySolutionIter};
use std::io::Write;

fn eval_err(e: oxigraph::sparql::QueryEvaluationError) -> Error {
    match e {
        oxigraph::sparql::QueryEvaluationError::Cancelled => Error::Cancelled,
        e => Error::SparqlEvaluation {
            message: e.to_string(),
        },
    }
}

/// A term as a person reads it in a table: IRIs shortened, plain literals bare.
pub fn display_term(term: &Term, ns: &Namespaces) -> String {
    match term {
        Term::NamedNode(n) => ns.compact(n.as_str()),
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => {
            let dt = l.datatype().as_str();
            if l.language().is_some() || dt == format!("{XSD}string") || dt.starts_with(XSD) {
                l.value().to_string()
            } else {
                format!("\"{}\"^^{}", l.value(), ns.compact(dt))
            }
        }
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// Writes SELECT/ASK results in `format`, or CONSTRUCT/DESCRIBE results as `graph_format`.
pub fn write_results(
    results: QueryResults<'_>,
    format: ResultsFormat,
    graph_format: RdfFormat,
    ns: &Namespaces,
    mut out: impl Write,
) -> Result<()> {
    match results {
        QueryResults::Graph(triples) => {
            let mut writer = crate::rdf::serializer(graph_format, ns).for_writer(out);
            for t in triples {
                writer.serialize_triple(&t.map_err(eval_err)?)?;
            }
            writer.finish()?;
        }
        QueryResults::Boolean(b) if format == ResultsFormat::Table => writeln!(out, "{b}")?,
        QueryResults::Solutions(solutions) if format == ResultsFormat::Table => {
            write_table(solutions, ns, out)?
        }
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            let mut w = serializer(format).serialize_solutions_to_writer(out, vars)?;
            for s in solutions {
                w.serialize(&s.map_err(eval_err)?)?;
            }
            w.finish()?;
        }
        QueryResults::Boolean(b) => {
            serializer(format).serialize_boolean_to_writer(out, b)?;
        }
    }
    Ok(())
}

fn serializer(format: ResultsFormat) -> QueryResultsSerializer {
    QueryResultsSerializer::from_format(match format {
        ResultsFormat::Json | ResultsFormat::Table => QueryResultsFormat::Json,
        ResultsFormat::Csv => QueryResultsFormat::Csv,
        ResultsFormat::Tsv => QueryResultsFormat::Tsv,
        ResultsFormat::Xml => QueryResultsFormat::Xml,
    })
}

/// SELECT results as an aligned table with a rule under the header and a row count.
fn write_table(
    solutions: QuerySolutionIter<'_>,
    ns: &Namespaces,
    mut out: impl Write,
) -> Result<()> {
    let vars: Vec<String> = solutions
        .variables()
        .iter()
        .map(|v| v.as_str().to_string())
        .collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for s in solutions {
        let s = s.map_err(eval_err)?;
        rows.push(
            vars.iter()
                .map(|v| {
                    s.get(v.as_str())
                        .map(|t| display_term(t, ns))
                        .unwrap_or_default()
                })
                .collect(),
        );
    }
    let mut widths: Vec<usize> = vars.iter().map(|v| v.chars().count() + 1).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<String>| -> String {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}", w = *w))
            .collect();
        padded.join("  ").trim_end().to_string()
    };
    writeln!(
        out,
        "{}",
        line(vars.iter().map(|v| format!("?{v}")).collect())
    )?;
    writeln!(
        out,
        "{}",
        line(widths.iter().map(|w| "─".repeat(*w)).collect())
    )?;
    for row in &rows {
        writeln!(out, "{}", line(row.clone()))?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )?;
    Ok(())
}
