//! Ingest at scale: the same output whatever the number of threads, gzip'd JSONL input, and
//! crash safety — a build killed with SIGKILL at any point leaves a store that opens, answers
//! queries and holds only whole documents, and running the build again completes it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)] // a failed unwrap is a failed test; a scenario may be long

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

#[test]
fn shards_split_a_corpus_deterministically_and_export_gzip_nquads() {
    let dir = TempDir::new().unwrap();
    dir.child("docs.jsonl").write_str(&corpus(1)).unwrap();
    let mut total = 0;
    let mut all = std::collections::BTreeSet::new();
    for i in 0..3 {
        let store = format!("shard-{i}.db");
        textkg(dir.path())
            .args([
                "-q",
                "--store",
                &store,
                "build",
                "--shard",
                &format!("{i}/3"),
                "docs.jsonl",
            ])
            .assert()
            .success();
        let graphs = graph_sizes(dir.path(), &store);
        assert!(
            !graphs.is_empty() && graphs.len() < 250,
            "shard {i} holds part: {}",
            graphs.len()
        );
        total += graphs.len();
        all.extend(graphs.into_keys());
        textkg(dir.path())
            .args([
                "-q",
                "--store",
                &store,
                "export",
                "-o",
                &format!("shard-{i}.nq.gz"),
            ])
            .assert()
            .success();
        let gz = std::fs::read(dir.path().join(format!("shard-{i}.nq.gz"))).unwrap();
        let mut nq = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gz[..]), &mut nq).unwrap();
        let quads = oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads)
            .for_slice(&nq)
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        assert!(quads.len() > 1000, "gzip'd N-Quads parse back");
    }
    assert_eq!(
        (total, all.len()),
        (250, 250),
        "the shards are disjoint and cover the corpus"
    );
    // The same split again.
    textkg(dir.path())
        .args([
            "-q",
            "--store",
            "again.db",
            "build",
            "--shard",
            "1/3",
            "docs.jsonl",
        ])
        .assert()
        .success();
    assert_eq!(
        graph_sizes(dir.path(), "again.db").len(),
        graph_sizes(dir.path(), "shard-1.db").len()
    );
    textkg(dir.path())
        .args(["extract", "--shard", "3/3", "docs.jsonl"])
        .assert()
        .code(2);
}

/// Oxigraph's own server (PyPI `oxigraph`), on a free loopback port.
struct Oxigraph(std::process::Child, u16);

impl Drop for Oxigraph {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn oxigraph_server(dir: &Path) -> Oxigraph {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = std::process::Command::new("oxigraph")
        .args(["serve", "--location"])
        .arg(dir.join("oxigraph-data"))
        .args(["--bind", &format!("127.0.0.1:{port}")])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("Oxigraph's server is installed (scripts/install-deps: pip install oxigraph)");
    let started = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "oxigraph serve did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Oxigraph(child, port)
}

fn external_graphs(port: u16) -> usize {
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let query = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s a <https://w3id.org/textkg/ontology#Document> } }";
    let body = format!(
        "query={}",
        form_urlencoded::byte_serialize(query.as_bytes()).collect::<String>()
    );
    write!(
        stream,
        "POST /query HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut out = String::new();
    std::io::Read::read_to_string(&mut stream, &mut out).unwrap();
    // The CSV's header `n`, then the count (the body may be chunked around it).
    let lines: Vec<&str> = out.lines().map(str::trim).collect();
    let header = lines.iter().position(|l| *l == "n").expect("a CSV answer");
    lines[header + 1].parse().unwrap()
}

#[test]
fn graphs_are_pushed_to_an_external_store_and_a_push_resumes() {
    let dir = TempDir::new().unwrap();
    dir.child("docs.jsonl").write_str(&corpus(1)).unwrap();
    let server = oxigraph_server(dir.path());
    let endpoint = format!("http://127.0.0.1:{}/store", server.1);
    // Half of it, as if the first run had been interrupted…
    textkg(dir.path())
        .args([
            "build",
            "--shard",
            "0/2",
            "--endpoint",
            &endpoint,
            "docs.jsonl",
        ])
        .assert()
        .success();
    let half = external_graphs(server.1);
    assert!(half > 50 && half < 250, "{half}");
    // …then the whole: the checkpoint skips what is already there.
    textkg(dir.path())
        .args(["build", "--endpoint", &endpoint, "docs.jsonl"])
        .assert()
        .success()
        .stderr(predicates::str::contains(format!("({half} already there")));
    assert_eq!(external_graphs(server.1), 250);
    let checkpoint = std::fs::read_to_string(dir.path().join("textkg-push.checkpoint")).unwrap();
    assert_eq!(checkpoint.lines().count(), 250);
    drop(server);
    // An endpoint that does not answer: retried, then a clear error and a non-zero exit.
    dir.child("more.txt")
        .write_str("The Zed League was founded in 1950.")
        .unwrap();
    textkg(dir.path())
        .args([
            "build",
            "--endpoint",
            "http://127.0.0.1:9/store",
            "--checkpoint",
            "other.checkpoint",
            "more.txt",
        ])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "run the same command again to resume",
        ));
}
