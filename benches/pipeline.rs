//! Criterion benchmarks of each pipeline stage on the bundled article, so that a slowdown in one
//! stage shows in `cargo bench`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use textkg::{Document, Extractor};

const ARTICLE: &str = include_str!("../data/corpus/international-socialist-organization.txt");

fn stages(c: &mut Criterion) {
    let extractor = Extractor::builtin().expect("built-in extractor");
    let doc = Document::from_text("iso", ARTICLE);
    let seg = textkg::segment::segment(ARTICLE);
    let fields = extractor.fields.find(ARTICLE, &seg);
    let finder = textkg::mention::MentionFinder::new(&extractor.lexicon);
    let mentions = finder.find(ARTICLE, &seg, &fields);
    let resolution = textkg::resolve::resolve(&doc, &seg, &mentions, &extractor.ontology);
    let extraction = extractor.extract(doc.clone());

    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::Bytes(ARTICLE.len() as u64));
    group.bench_function("segment", |b| {
        b.iter(|| textkg::segment::segment(black_box(ARTICLE)))
    });
    group.bench_function("mentions", |b| {
        b.iter(|| finder.find(black_box(ARTICLE), &seg, &fields))
    });
    group.bench_function("resolve", |b| {
        b.iter(|| textkg::resolve::resolve(&doc, &seg, black_box(&mentions), &extractor.ontology))
    });
    group.bench_function("relations", |b| {
        b.iter(|| {
            textkg::relation::extract(
                ARTICLE,
                &seg,
                black_box(&mentions),
                &resolution,
                &extractor.rules,
                &extractor.ontology,
            )
        })
    });
    group.bench_function("model", |b| {
        let model = extractor.model.as_ref().expect("built-in model");
        let input = textkg::model::PairInput {
            text: ARTICLE,
            segmentation: &extraction.segmentation,
            mentions: &extraction.mentions,
            resolution: &extraction.resolution,
            lexicon: &extractor.lexicon,
            statements: &extraction.statements,
        };
        b.iter(|| model.statements(black_box(&input), &extractor.ontology))
    });
    group.bench_function("rdf", |b| {
        b.iter(|| textkg::graph::to_quads(black_box(&extraction), &extractor.ontology))
    });
    group.bench_function("whole-pipeline", |b| {
        b.iter(|| extractor.extract(black_box(doc.clone())))
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
