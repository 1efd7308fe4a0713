//! Ingest at scale: the same output whatever the number of threads, gzip'd JSONL input, and
//! crash safety — a build killed with SIGKILL at any point leaves a store that opens, answers
//! queries and holds only whole documents, and running the build again completes it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use assert_cmd::Command;
use assert_fs::prelude::*;
use assert_fs::TempDir;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::time::Duration;

fn textkg(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("textkg").unwrap();
    cmd.current_dir(dir).env_remove("TEXTKG_STORE");
    cmd
}

/// `copies` × the 250 look-split documents of Re-DocRED, with new ids, as JSONL.
fn corpus(copies: usize) -> String {
    let source = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/eval/redocred-dev-look.jsonl"),
    )
    .unwrap();
    let mut out = String::new();
    for copy in 0..copies {
        for line in source.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let record = serde_json::json!({"id": format!("{}-{copy}", v["id"].as_str().unwrap()), "title": v["title"], "text": v["text"]});
            out.push_str(&record.to_string());
            out.push('\n');
        }
    }
    out
}

#[test]
fn output_is_identical_whatever_the_number_of_threads() {
    let dir = TempDir::new().unwrap();
    dir.child("docs.jsonl").write_str(&corpus(2)).unwrap();
    let one = textkg(dir.path())
        .args(["extract", "--jobs", "1", "docs.jsonl"])
        .output()
        .unwrap();
    let two = textkg(dir.path())
        .args(["extract", "--jobs", "2", "docs.jsonl"])
        .output()
        .unwrap();
    let four = textkg(dir.path())
        .args(["extract", "-j", "4", "--format", "nquads", "docs.jsonl"])
        .output()
        .unwrap();
    let one_nq = textkg(dir.path())
        .args(["extract", "-j", "1", "--format", "nquads", "docs.jsonl"])
        .output()
        .unwrap();
    assert!(one.status.success() && two.status.success());
    assert!(one.stdout.len() > 10_000);
    assert_eq!(
        one.stdout, two.stdout,
        "JSONL identical with 1 and 2 threads"
    );
    assert_eq!(
        one_nq.stdout, four.stdout,
        "N-Quads identical with 1 and 4 threads"
    );
}

#[test]
fn gzipped_jsonl_is_read_as_a_stream() {
    let dir = TempDir::new().unwrap();
    let text = corpus(1);
    dir.child("docs.jsonl").write_str(&text).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(text.as_bytes()).unwrap();
    dir.child("sub/docs.jsonl.gz")
        .write_binary(&gz.finish().unwrap())
        .unwrap();
    let plain = textkg(dir.path())
        .args(["extract", "docs.jsonl"])
        .output()
        .unwrap();
    let zipped = textkg(dir.path())
        .args(["extract", "sub/docs.jsonl.gz"])
        .output()
        .unwrap();
    assert!(
        zipped.status.success(),
        "{}",
        String::from_utf8_lossy(&zipped.stderr)
    );
    assert_eq!(plain.stdout, zipped.stdout);
    // A folder holding both has every id twice: refused before anything is written.
    textkg(dir.path())
        .args(["--store", "kg.db", "build", "."])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("appears twice"));
    assert!(!dir.path().join("kg.db").exists());
}

/// Quads per document graph, from `textkg query`.
fn graph_sizes(dir: &Path, store: &str) -> BTreeMap<String, u64> {
    let out = textkg(dir)
        .args(["--store", store, "query", "--results-format", "tsv",
               "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } ?g a tkg:Document } GROUP BY ?g"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the store opens and answers: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once('\t'))
        .map(|(g, n)| {
            (
                g.to_string(),
                n.split("^^")
                    .next()
                    .unwrap()
                    .trim_matches('"')
                    .parse()
                    .unwrap(),
            )
        })
        .collect()
}

#[test]
fn a_killed_build_leaves_whole_documents_and_a_rerun_completes_it() {
    let dir = TempDir::new().unwrap();
    dir.child("docs.jsonl").write_str(&corpus(8)).unwrap();
    // The reference: every document's graph, built without interruption.
    textkg(dir.path())
        .args(["-q", "--store", "reference.db", "build", "docs.jsonl"])
        .assert()
        .success();
    let reference = graph_sizes(dir.path(), "reference.db");
    assert_eq!(reference.len(), 2000);
    let bin = assert_cmd::cargo::cargo_bin("textkg");
    let mut partial_seen = false;
    for (round, delay_ms) in [150u64, 400, 700, 1000, 1500].into_iter().enumerate() {
        let store = format!("kill-{round}.db");
        // A store that already holds a document takes the transactional path, batch by batch.
        dir.child("seed.txt")
            .write_str("The Zed League was founded in 1950.")
            .unwrap();
        textkg(dir.path())
            .args(["-q", "--store", &store, "build", "seed.txt"])
            .assert()
            .success();
        let mut child = std::process::Command::new(&bin)
            .current_dir(dir.path())
            .args([
                "-q",
                "--store",
                &store,
                "build",
                "docs.jsonl",
                "--jobs",
                "1",
            ])
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let status = child.wait().unwrap();
        let sizes = graph_sizes(dir.path(), &store);
        for (graph, n) in &sizes {
            if let Some(expected) = reference.get(graph) {
                assert_eq!(n, expected, "round {round}: {graph} is whole");
            }
        }
        let built = sizes.keys().filter(|g| reference.contains_key(*g)).count();
        if status.code().is_none() && built > 0 && built < reference.len() {
            partial_seen = true;
        }
        // Running the same build again completes it.
        textkg(dir.path())
            .args(["-q", "--store", &store, "build", "docs.jsonl"])
            .assert()
            .success();
        let after = graph_sizes(dir.path(), &store);
        for (graph, expected) in &reference {
            assert_eq!(
                after.get(graph),
                Some(expected),
                "round {round}: {graph} after the rerun"
            );
        }
    }
    assert!(
        partial_seen,
        "at least one kill landed in the middle of a build"
    );
}
