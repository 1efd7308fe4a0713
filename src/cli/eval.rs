//! `textkg eval`: precision, recall and F1 against gold documents.

use super::args::EvalArgs;
use super::{extractor, read_text, Globals};
use crate::error::Error;
use crate::eval::{evaluate, read_gold, Counts, GoldDocument, Report};
use crate::pipeline::Extractor;
use anyhow::Result;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;

/// Reads gold JSONL files; an error if they hold no documents.
pub fn read_gold_files(gold: &[PathBuf]) -> Result<Vec<GoldDocument>> {
    let mut docs = Vec::new();
    for path in gold {
        let text = read_text(path)?;
        docs.extend(read_gold(&text, &path.display().to_string())?);
    }
    if docs.is_empty() {
        let paths: Vec<String> = gold.iter().map(|p| p.display().to_string()).collect();
        return Err(Error::EmptyInput {
            path: paths.join(", "),
        }
        .into());
    }
    Ok(docs)
}

pub fn run(g: &Globals, args: EvalArgs) -> Result<()> {
    let extractor = extractor(g, &args.extraction)?;
    if args.rules {
        return rule_report(&extractor, &args);
    }
    let docs = read_gold_files(&args.gold)?;
    let filter: Option<BTreeSet<String>> =
        (!args.relations.is_empty()).then(|| args.relations.iter().cloned().collect());
    let report = evaluate(&extractor, &docs, filter.as_ref(), args.errors);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        print_report(&mut out, &report, &extractor)?;
    }
    out.flush()?;
    Ok(())
}

fn row(out: &mut dyn Write, name: &str, c: &Counts) -> std::io::Result<()> {
    writeln!(
        out,
        "{name:<28} {:>6.3} {:>6.3} {:>6.3} {:>7} {:>7} {:>7}",
        c.precision(),
        c.recall(),
        c.f1(),
        c.correct,
        c.predicted,
        c.gold
    )
}

fn print_report(
    out: &mut dyn Write,
    report: &Report,
    extractor: &Extractor,
) -> std::io::Result<()> {
    writeln!(out, "{} documents", report.documents)?;
    writeln!(
        out,
        "{:<28} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
        "", "P", "R", "F1", "correct", "pred", "gold"
    )?;
    row(out, "all triples", &report.all)?;
    row(out, "article's entity as subject", &report.title_subject)?;
    writeln!(out)?;
    let mut props: Vec<_> = report.by_property.iter().collect();
    props.sort_by_key(|(p, c)| (std::cmp::Reverse(c.gold), (*p).clone()));
    for (p, c) in props {
        let onto = &extractor.ontology;
        let label = onto
            .property_by_wikidata(p)
            .map_or("", |id| onto.property(id).label.as_str());
        row(
            out,
            &format!("{p} {label}").chars().take(28).collect::<String>(),
            c,
        )?;
    }
    if !report.errors.is_empty() {
        writeln!(out)?;
    }
    for m in &report.errors {
        writeln!(
            out,
            "{} {:<6} {} | {} | {}",
            m.doc, m.kind, m.subject, m.property, m.object
        )?;
        if !m.rule.is_empty() {
            writeln!(out, "    rule {}: {}", m.rule, m.evidence)?;
        }
    }
    Ok(())
}

/// Every rule's correct and wrong predictions on each gold file, one column a file.
fn rule_report(extractor: &Extractor, args: &EvalArgs) -> Result<()> {
    let mut by_rule: std::collections::BTreeMap<String, Vec<Counts>> = Default::default();
    for (i, path) in args.gold.iter().enumerate() {
        let docs = read_gold_files(std::slice::from_ref(path))?;
        let report = evaluate(extractor, &docs, None, false);
        for (rule, counts) in report.by_rule {
            by_rule
                .entry(rule)
                .or_insert_with(|| vec![Counts::default(); args.gold.len()])[i] = counts;
        }
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write!(out, "{:<40}", "rule")?;
    for path in &args.gold {
        let name = path
            .file_stem()
            .map_or(String::new(), |s| s.to_string_lossy().into_owned());
        write!(out, " {:>22}", name.chars().take(22).collect::<String>())?;
    }
    writeln!(
        out,
        "\n{:<40}{}",
        "",
        " correct/wrong".repeat(args.gold.len())
    )?;
    for (rule, counts) in &by_rule {
        write!(out, "{rule:<40}")?;
        for c in counts {
            write!(
                out,
                " {:>22}",
                format!("{}/{}", c.correct, c.predicted - c.correct)
            )?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(())
}
