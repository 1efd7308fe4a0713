//! `textkg train`: fit the pair model on gold documents.

use super::args::TrainArgs;
use super::eval::read_gold_files;
use super::{extractor, Globals};
use crate::error::Error;
use crate::eval::training::train_model;
use crate::relate::model::train::PropertyReport;
use crate::relate::model::TrainOptions;
use anyhow::Result;
use std::io::Write;
use std::time::Instant;

pub fn run(g: &Globals, args: TrainArgs) -> Result<()> {
    let extractor = extractor(g, &args.extraction)?;
    let docs = read_gold_files(&args.gold)?;
    let options = TrainOptions {
        epochs: args.epochs.into(),
        min_precision: args.min_precision,
        ..Default::default()
    };
    let folds = usize::from(args.folds);
    let started = Instant::now();
    let (model, reports) = train_model(&extractor, &docs, folds, options);
    let sources: Vec<String> = args.gold.iter().map(|p| p.display().to_string()).collect();
    let comment = format!(
        "textkg relation model: one-vs-rest logistic regression over mention pairs (src/relate/model).\n\
         Made by: textkg train --gold {} --folds {folds} --epochs {} --min-precision {} -o {}\n\
         Thresholds: chosen by {folds}-fold cross-validation; properties the model did not improve are left out.",
        sources.join(" --gold "),
        options.epochs,
        options.min_precision,
        args.output.display()
    );
    std::fs::write(&args.output, model.to_tsv(&comment)).map_err(|source| Error::Unwritable {
        path: args.output.clone(),
        source,
    })?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{} documents, {} properties, {:.1} s; held-out F1 per property:",
        docs.len(),
        reports.len(),
        started.elapsed().as_secs_f64()
    )?;
    print_reports(&mut out, &reports)?;
    if !g.quiet {
        eprintln!(
            "wrote {}; rebuild textkg to ship it as data/model/pairs.tsv",
            args.output.display()
        );
    }
    Ok(())
}

fn print_reports(out: &mut dyn Write, reports: &[PropertyReport]) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<8} {:>9} {:>9} {:>8} {:>9}",
        "property", "positives", "threshold", "rules", "+model"
    )?;
    for r in reports {
        let threshold = if r.threshold.is_finite() {
            format!("{:.2}", r.threshold)
        } else {
            "off".to_string()
        };
        writeln!(
            out,
            "{:<8} {:>9} {:>9} {:>8.3} {:>9.3}",
            r.property, r.positives, threshold, r.rules_f1, r.combined_f1
        )?;
    }
    Ok(())
}
