//! Criterion benchmarks of each pipeline stage on the bundled article, so that a slowdown in one
//! stage shows in `cargo bench`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use textkg::relate::{Producer, Resources};
use textkg::text::{segment, Analysis, MentionFinder, Resolver};
use textkg::{Document, Extractor};

const ARTICLE: &str = include_str!("../data/corpus/international-socialist-organization.txt");

fn stages(c: &mut Criterion) {
    let extractor = Extractor::builtin().expect("built-in extractor");
    let (lexicon, onto) = (&extractor.lexicon, &extractor.ontology);
    let doc = Document::from_text("iso", ARTICLE);
    let analysis = Analysis::of(doc.clone(), lexicon, onto, &extractor.fields);
    let extraction = extractor.extract(doc.clone());
    let finder = MentionFinder::new(lexicon, onto);
    let cx = Resources {
        lexicon,
        onto,
        world_knowledge: true,
    };
    let seg = &analysis.segmentation;

    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::Bytes(ARTICLE.len() as u64));
    group.bench_function("segment", |b| {
        b.iter(|| segment(black_box(ARTICLE), lexicon))
    });
    group.bench_function("mentions", |b| {
        b.iter(|| finder.find(black_box(ARTICLE), seg, &analysis.fields))
    });
    group.bench_function("resolve", |b| {
        let resolver = Resolver::new(lexicon, onto);
        b.iter(|| resolver.resolve(&doc, seg, black_box(&analysis.mentions)))
    });
    group.bench_function("relations", |b| {
        b.iter(|| extractor.rules.produce(&cx, black_box(&analysis), &[]))
    });
    group.bench_function("model", |b| {
        let model = extractor.model.as_ref().expect("built-in model");
        b.iter(|| model.produce(&cx, black_box(&analysis), &extraction.statements))
    });
    group.bench_function("rdf", |b| {
        b.iter(|| textkg::rdf::to_quads(black_box(extraction.graph()), onto, &extractor.namespaces))
    });
    group.bench_function("whole-pipeline", |b| {
        b.iter(|| extractor.extract(black_box(doc.clone())))
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
