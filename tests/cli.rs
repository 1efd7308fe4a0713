//! End-to-end tests of the `textkg` binary: real processes, real stores in temporary folders.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)] // a failed unwrap is a failed test; a scenario may be long

use assert_cmd::Command;
use assert_fs::prelude::*;
use assert_fs::TempDir;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::dataset::CanonicalizationAlgorithm;
use oxigraph::model::Dataset;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus")
}

fn article() -> PathBuf {
    corpus().join("international-socialist-organization.txt")
}

/// `textkg` run in `dir`, with no store chosen by the environment. `TEXTKG_TEST_BIN` runs the
/// tests against another build (say, the one before a fix).
fn textkg(dir: &Path) -> Command {
    let mut cmd = match std::env::var_os("TEXTKG_TEST_BIN") {
        Some(bin) => Command::new(bin),
        None => Command::cargo_bin("textkg").expect("binary built"),
    };
    cmd.current_dir(dir)
        .env_remove("TEXTKG_STORE")
        .env_remove("TEXTKG_LOG");
    cmd
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn quad_count(dir: &Path, store: &str) -> u64 {
    let json = stdout_of(textkg(dir).args(["--store", store, "stats", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&json).expect("stats json");
    v["triples"].as_u64().expect("count")
}

fn built_store(dir: &TempDir) -> String {
    textkg(dir.path())
        .args(["--store", "kg.db", "build"])
        .arg(corpus())
        .assert()
        .success();
    "kg.db".to_string()
}

#[test]
fn build_writes_the_default_store_and_prints_a_summary() {
    let dir = TempDir::new().unwrap();
    textkg(dir.path())
        .arg("build")
        .arg(corpus())
        .assert()
        .success()
        .stderr(
            predicate::str::contains("built 1 document")
                .and(predicate::str::contains("statements")),
        );
    assert!(
        dir.path().join("textkg.db").join("CURRENT").exists(),
        "default store ./textkg.db"
    );
    let stats = stdout_of(textkg(dir.path()).arg("stats"));
    assert!(stats.contains("documents   1"), "{stats}");
    assert!(stats.contains("tkg:inception"), "{stats}");
}

#[test]
fn query_answers_the_founding_year_and_influences() {
    let dir = TempDir::new().unwrap();
    let store = built_store(&dir);
    let csv = stdout_of(textkg(dir.path()).args(["--store", &store, "query", "--results-format", "csv",
        "SELECT ?year WHERE { ?org rdfs:label \"International Socialist Organization\"@en ; tkg:inception ?year }"]));
    assert!(csv.lines().any(|l| l == "1977"), "{csv}");
    let csv = stdout_of(textkg(dir.path()).args(["--store", &store, "query", "--results-format", "csv",
        "SELECT DISTINCT ?name WHERE { ?org tkg:influencedBy ?who . ?who rdfs:label ?name } ORDER BY ?name"]));
    assert!(
        csv.contains("Hal Draper") && csv.contains("Tony Cliff"),
        "{csv}"
    );
}

#[test]
fn query_writes_every_results_format() {
    let dir = TempDir::new().unwrap();
    let store = built_store(&dir);
    let q = "SELECT ?s ?y WHERE { ?s tkg:inception ?y } LIMIT 1";
    let json = stdout_of(textkg(dir.path()).args(["--store", &store, "query", q]));
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON when piped");
    assert_eq!(v["head"]["vars"], serde_json::json!(["s", "y"]));
    let xml = stdout_of(textkg(dir.path()).args([
        "--store",
        &store,
        "query",
        "--results-format",
        "xml",
        q,
    ]));
    assert!(xml.contains("<sparql") && xml.contains("1977"));
    let tsv = stdout_of(textkg(dir.path()).args([
        "--store",
        &store,
        "query",
        "--results-format",
        "tsv",
        q,
    ]));
    assert!(tsv.starts_with("?s\t?y"));
    let table = stdout_of(textkg(dir.path()).args([
        "--store",
        &store,
        "query",
        "--results-format",
        "table",
        q,
    ]));
    assert!(
        table.contains("ent:International_Socialist_Organization") && table.contains("(1 row)"),
        "{table}"
    );
    let ask = stdout_of(textkg(dir.path()).args([
        "--store",
        &store,
        "query",
        "--results-format",
        "table",
        "ASK { ?s tkg:dissolved ?y }",
    ]));
    assert_eq!(ask.trim(), "true");
    let ttl = stdout_of(textkg(dir.path()).args([
        "--store",
        &store,
        "query",
        "CONSTRUCT { ?s tkg:influencedBy ?o } WHERE { ?s tkg:influencedBy ?o }",
    ]));
    let triples = RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(ttl.as_bytes())
        .count();
    assert!(triples >= 2 && ttl.contains("@prefix"), "{ttl}");
    dir.child("q.rq")
        .write_str("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        .unwrap();
    let csv = stdout_of(textkg(dir.path()).args([
        "--store",
        &store,
        "query",
        "--file",
        "q.rq",
        "--results-format",
        "csv",
    ]));
    assert!(csv.starts_with("n\r\n") || csv.starts_with("n\n"), "{csv}");
}

#[test]
fn update_changes_the_store() {
    let dir = TempDir::new().unwrap();
    let store = built_store(&dir);
    textkg(dir.path())
        .args([
            "--store",
            &store,
            "update",
            "INSERT DATA { GRAPH <urn:x> { ent:X rdfs:label \"X\" } }",
        ])
        .assert()
        .success();
    let out = stdout_of(textkg(dir.path()).args([
        "--store",
        &store,
        "query",
        "--results-format",
        "csv",
        "SELECT ?l { ent:X rdfs:label ?l }",
    ]));
    assert!(out.contains('X'));
}

#[test]
fn export_round_trips_in_every_format() {
    let dir = TempDir::new().unwrap();
    let store = built_store(&dir);
    let parse = |bytes: &[u8], format: RdfFormat| -> Dataset {
        RdfParser::from_format(format)
            .for_slice(bytes)
            .collect::<Result<Dataset, _>>()
            .expect("export parses back")
    };
    let canonical = |mut d: Dataset| {
        d.canonicalize(CanonicalizationAlgorithm::Unstable);
        d
    };
    let nq = textkg(dir.path())
        .args(["--store", &store, "export", "--format", "nquads"])
        .output()
        .unwrap()
        .stdout;
    let full = canonical(parse(&nq, RdfFormat::NQuads));
    assert!(full.len() > 100);
    textkg(dir.path())
        .args(["--store", &store, "export", "-o", "kg.trig"])
        .assert()
        .success();
    let trig = std::fs::read(dir.path().join("kg.trig")).unwrap();
    assert_eq!(
        canonical(parse(&trig, RdfFormat::TriG)),
        full,
        "TriG keeps every graph"
    );
    // Triple formats merge the graphs: compare with the merged N-Quads. Blank nodes (the
    // ontology's anonymous inverse properties) get new names in each parse: they are counted.
    let named =
        |q: &oxigraph::model::QuadRef<'_>| !q.subject.is_blank_node() && !q.object.is_blank_node();
    let merged: std::collections::BTreeSet<String> = full
        .iter()
        .filter(|q| !q.graph_name.to_string().contains("textkg/meta") && named(q))
        .map(|q| oxigraph::model::TripleRef::new(q.subject, q.predicate, q.object).to_string())
        .collect();
    let blank = full.iter().filter(|q| !named(q)).count();
    for (name, format) in [
        ("turtle", RdfFormat::Turtle),
        ("ntriples", RdfFormat::NTriples),
        ("rdfxml", RdfFormat::RdfXml),
    ] {
        let bytes = textkg(dir.path())
            .args(["--store", &store, "export", "--format", name])
            .output()
            .unwrap()
            .stdout;
        let parsed = parse(&bytes, format);
        let got: std::collections::BTreeSet<String> = parsed
            .iter()
            .filter(|q| named(q))
            .map(|q| oxigraph::model::TripleRef::new(q.subject, q.predicate, q.object).to_string())
            .collect();
        assert_eq!(got, merged, "{name} export is the merged graph");
        assert_eq!(
            parsed.iter().filter(|q| !named(q)).count(),
            blank,
            "{name}: blank nodes"
        );
    }
    let ttl = textkg(dir.path())
        .args(["--store", &store, "export"])
        .output()
        .unwrap()
        .stdout;
    assert!(
        String::from_utf8_lossy(&ttl).contains("@prefix tkg:"),
        "Turtle with prefixes by default"
    );
    let graph = "https://w3id.org/textkg/doc/international-socialist-organization";
    let one = textkg(dir.path())
        .args([
            "--store", &store, "export", "--format", "nquads", "--graph", graph,
        ])
        .output()
        .unwrap();
    assert!(one.status.success());
    let one = parse(&one.stdout, RdfFormat::NTriples);
    assert!(one.len() > 50 && one.len() < full.len());
}

#[test]
fn building_the_same_document_twice_keeps_the_same_triples() {
    let dir = TempDir::new().unwrap();
    let store = built_store(&dir);
    let before = quad_count(dir.path(), &store);
    textkg(dir.path())
        .args(["--store", &store, "build"])
        .arg(corpus())
        .assert()
        .success()
        .stderr(predicate::str::contains("1 unchanged"));
    assert_eq!(quad_count(dir.path(), &store), before);
    // A changed document with the same id replaces its graph.
    let doc = dir.child("in/international-socialist-organization.txt");
    doc.write_str("International Socialist Organization\n\nThe International Socialist Organization was founded in 1977.").unwrap();
    textkg(dir.path())
        .args(["--store", &store, "build"])
        .arg(doc.path())
        .assert()
        .success();
    let after = quad_count(dir.path(), &store);
    assert!(after < before, "replaced, not added: {after} vs {before}");
    let docs = stdout_of(textkg(dir.path()).args([
        "--store",
        &store,
        "query",
        "--results-format",
        "csv",
        "SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH ?d { ?d a tkg:Document } }",
    ]));
    assert!(docs.contains("\n1"), "{docs}");
}

#[test]
fn world_knowledge_cites_its_data_set_and_can_be_turned_off() {
    let dir = TempDir::new().unwrap();
    let doc = dir.child("glasgow.txt");
    doc.write_str("Glasgow\n\nGlasgow is the largest city of Scotland. The United Kingdom has four countries.")
        .unwrap();
    let out = stdout_of(textkg(dir.path()).arg("extract").arg(doc.path()));
    let records: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("a record"))
        .collect();
    let scotland = records
        .iter()
        .find(|r| {
            r["subject"]["label"] == "Scotland"
                && r["predicate"]["wikidata"] == "P131"
                && r["object"]["label"] == "United Kingdom"
        })
        .expect("Scotland lies in the United Kingdom, by ISO 3166");
    assert!(scotland.get("evidence").is_none(), "no sentence states it");
    assert_eq!(scotland["source"]["datasets"][0]["name"], "ISO 3166");
    assert_eq!(scotland["source"]["records"][0], "iso:GB-SCT");
    let turtle = stdout_of(
        textkg(dir.path())
            .args(["extract", "--format", "turtle"])
            .arg(doc.path()),
    );
    assert!(turtle.contains("WorldKnowledgeStatement"), "{turtle}");
    assert!(turtle.contains("iso-3166"), "{turtle}");
    let off = stdout_of(
        textkg(dir.path())
            .args(["extract", "--no-world-knowledge"])
            .arg(doc.path()),
    );
    assert!(!off.contains("\"source\""), "{off}");
    assert!(off.lines().all(|l| l.contains("\"evidence\"")));
}

#[test]
fn extract_writes_statement_records() {
    let dir = TempDir::new().unwrap();
    let out = stdout_of(textkg(dir.path()).arg("extract").arg(article()));
    let text = std::fs::read_to_string(article()).unwrap();
    let mut n = 0;
    for line in out.lines() {
        let r: textkg::rdf::StatementRecord =
            serde_json::from_str(line).expect("a statement record");
        assert_eq!(r.doc, "international-socialist-organization");
        match &r.evidence {
            Some(ev) => assert_eq!(
                &text[ev.start..ev.end],
                ev.text,
                "evidence offsets are byte offsets"
            ),
            None => assert!(r.source.is_some(), "no evidence without a data set"),
        }
        assert!((0.0..=1.0).contains(&r.confidence) && !r.rule.is_empty());
        assert!(r.subject.iri.starts_with("https://w3id.org/textkg/entity/"));
        n += 1;
    }
    assert!(n >= 10, "{n} statements");
    let first_read = out.lines().find(|l| l.contains("\"evidence\"")).unwrap();
    let raw: serde_json::Value = serde_json::from_str(first_read).unwrap();
    for key in [
        "doc",
        "subject",
        "predicate",
        "object",
        "evidence",
        "confidence",
        "rule",
    ] {
        assert!(raw.get(key).is_some(), "record has `{key}`");
    }
    for key in ["iri", "label", "wikidata"] {
        assert!(raw["predicate"].get(key).is_some(), "predicate has `{key}`");
    }
    assert!(
        !dir.path().join("textkg.db").exists(),
        "extract touches no store"
    );
    for (format, rdf) in [
        ("turtle", RdfFormat::Turtle),
        ("ntriples", RdfFormat::NTriples),
        ("nquads", RdfFormat::NQuads),
    ] {
        let out = textkg(dir.path())
            .args(["extract", "--format", format])
            .arg(article())
            .output()
            .unwrap();
        assert!(out.status.success());
        let n = RdfParser::from_format(rdf)
            .for_slice(&out.stdout)
            .collect::<Result<Vec<_>, _>>()
            .expect("valid RDF")
            .len();
        assert!(n > 50, "{format}: {n}");
    }
}

#[test]
fn inputs_can_be_folders_jsonl_and_stdin() {
    let dir = TempDir::new().unwrap();
    dir.child("docs/a.jsonl").write_str(concat!(
        "{\"id\": \"one\", \"title\": \"Acme League\", \"text\": \"The Acme League was founded in 1901 by Jane Smith.\"}\n",
        "{\"id\": \"two\", \"text\": \"Bob Jones (4 May 1917 – 9 April 2000) was a writer.\"}\n"
    )).unwrap();
    dir.child("docs/sub/c.md")
        .write_str("# Zed Party\n\nThe Zed Party was dissolved in 1950.")
        .unwrap();
    dir.child("docs/ignored.csv").write_str("a,b").unwrap();
    textkg(dir.path())
        .args(["--memory", "build", "docs"])
        .assert()
        .success()
        .stderr(predicate::str::contains("built 3 documents"));
    let out = stdout_of(
        textkg(dir.path())
            .args(["extract", "docs", "-"])
            .write_stdin("Carl Doe was born in 1960 in Paris."),
    );
    let docs: std::collections::BTreeSet<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    for id in ["one", "two", "sub/c", "stdin"] {
        assert!(docs.contains(id), "{id} in {docs:?}");
    }
    assert!(
        !dir.path().join("textkg.db").exists(),
        "--memory writes nothing"
    );
}

#[test]
fn global_options_work_after_the_subcommand_and_from_the_environment() {
    let dir = TempDir::new().unwrap();
    textkg(dir.path())
        .arg("build")
        .arg(article())
        .args(["--store", "after.db", "-q"])
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    assert!(dir.path().join("after.db/CURRENT").exists());
    textkg(dir.path())
        .env("TEXTKG_STORE", "env.db")
        .arg("build")
        .arg(article())
        .assert()
        .success();
    assert!(dir.path().join("env.db/CURRENT").exists());
}

#[test]
fn every_command_has_help_with_an_example() {
    let dir = TempDir::new().unwrap();
    for cmd in [
        vec![],
        vec!["build"],
        vec!["extract"],
        vec!["query"],
        vec!["update"],
        vec!["export"],
        vec!["stats"],
    ] {
        let mut args = cmd.clone();
        args.push("--help");
        textkg(dir.path())
            .args(&args)
            .assert()
            .success()
            .stdout(predicate::str::contains("Example"));
    }
}

// --- errors --------------------------------------------------------------------------------------

#[test]
fn missing_file_is_named() {
    let dir = TempDir::new().unwrap();
    textkg(dir.path())
        .args(["build", "nope.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("nope.txt: no such file"));
    assert!(
        !dir.path().join("textkg.db").exists(),
        "a failed first build leaves no store behind"
    );
}

#[test]
fn unreadable_file_is_named() {
    let dir = TempDir::new().unwrap();
    // A socket cannot be read as a file, even by root (chmod 000 does not stop root).
    let path = dir.path().join("sock.txt");
    let _listener = std::os::unix::net::UnixListener::bind(&path).unwrap();
    textkg(dir.path())
        .args(["--memory", "build", "sock.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("sock.txt: cannot be read"));
}

#[test]
fn invalid_utf8_names_file_and_byte_offset() {
    let dir = TempDir::new().unwrap();
    dir.child("bad.txt")
        .write_binary(b"Good text.\nBad \xff byte.")
        .unwrap();
    textkg(dir.path())
        .args(["extract", "bad.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "bad.txt: not valid UTF-8 at byte offset 15 (line 2)",
        ));
}

#[test]
fn empty_input_is_an_error() {
    let dir = TempDir::new().unwrap();
    dir.child("empty.txt").write_str("  \n").unwrap();
    textkg(dir.path())
        .args(["extract", "empty.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("empty.txt: empty input"));
    textkg(dir.path())
        .args(["extract", "-"])
        .write_stdin("")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("empty input"));
    dir.child("none").create_dir_all().unwrap();
    textkg(dir.path())
        .args(["extract", "none"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no documents found"));
}

#[test]
fn bad_jsonl_names_the_line() {
    let dir = TempDir::new().unwrap();
    dir.child("d.jsonl")
        .write_str("{\"id\": \"a\", \"text\": \"A.\"}\n{\"id\": \"b\"}\n")
        .unwrap();
    textkg(dir.path())
        .args(["extract", "d.jsonl"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("d.jsonl:2:"));
}

#[test]
fn unknown_formats_list_the_valid_ones() {
    let dir = TempDir::new().unwrap();
    textkg(dir.path())
        .args(["extract", "--format", "docx"])
        .arg(article())
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unknown extract format `docx`")
                .and(predicate::str::contains("turtle")),
        );
    let store = built_store(&dir);
    textkg(dir.path())
        .args(["--store", &store, "export", "--format", "yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("trig"));
    textkg(dir.path())
        .args(["--store", &store, "export", "-o", "out.docx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("out.docx"));
    assert!(!dir.path().join("out.docx").exists());
    textkg(dir.path())
        .args([
            "--store",
            &store,
            "query",
            "--results-format",
            "pdf",
            "ASK {}",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("table, json, csv, tsv, xml"));
}

#[test]
fn sparql_syntax_errors_give_line_and_column() {
    let dir = TempDir::new().unwrap();
    let store = built_store(&dir);
    textkg(dir.path())
        .args(["--store", &store, "query", "SELECT ?x\nWHERE { ?x ?y }"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("SPARQL syntax error").and(predicate::str::contains("2:")),
        );
    textkg(dir.path())
        .args(["--store", &store, "update", "INSERT NOTHING"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("SPARQL syntax error").and(predicate::str::contains("1:")),
        );
}

#[test]
fn usage_errors_exit_2() {
    let dir = TempDir::new().unwrap();
    textkg(dir.path()).arg("build").assert().code(2);
    textkg(dir.path()).arg("frobnicate").assert().code(2);
}

#[test]
fn a_locked_store_is_reported_and_readers_still_work() {
    let dir = TempDir::new().unwrap();
    let store = built_store(&dir);
    // A build reading stdin holds the store open (it opens the store before reading input).
    let mut holder = std::process::Command::new(assert_cmd::cargo::cargo_bin("textkg"))
        .current_dir(dir.path())
        .args(["--store", &store, "-v", "build", "-"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until it says it holds the store.
    let mut stderr = std::io::BufReader::new(holder.stderr.take().unwrap());
    let mut line = String::new();
    while {
        line.clear();
        std::io::BufRead::read_line(&mut stderr, &mut line).unwrap() > 0
    } {
        if line.contains("opened the store") {
            break;
        }
    }
    assert!(line.contains("opened the store"), "holder started: {line}");
    textkg(dir.path())
        .args(["--store", &store, "build"])
        .arg(article())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("locked by another running textkg"));
    let stats = stdout_of(textkg(dir.path()).args(["--store", &store, "stats"]));
    assert!(
        stats.contains("documents   1"),
        "read-only stats while locked: {stats}"
    );
    {
        use std::io::Write;
        let mut stdin = holder.stdin.take().unwrap();
        stdin
            .write_all(b"The Zed League was founded in 1950.")
            .unwrap();
    }
    assert!(holder.wait().unwrap().success());
}

#[test]
fn a_folder_that_is_not_a_store_is_refused() {
    let dir = TempDir::new().unwrap();
    dir.child("notastore/readme.txt")
        .write_str("hello")
        .unwrap();
    textkg(dir.path())
        .args(["--store", "notastore", "build"])
        .arg(article())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is not a textkg store"));
    assert_eq!(
        std::fs::read_dir(dir.path().join("notastore"))
            .unwrap()
            .count(),
        1,
        "left untouched"
    );
    dir.child("file.db").write_str("x").unwrap();
    textkg(dir.path())
        .args(["--store", "file.db", "stats"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is not a textkg store"));
    textkg(dir.path())
        .args(["--store", "missing.db", "stats"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no store at missing.db"));
}

#[test]
fn a_failed_build_leaves_the_store_as_it_was() {
    let dir = TempDir::new().unwrap();
    let store = built_store(&dir);
    let before = quad_count(dir.path(), &store);
    dir.child("in/good.txt")
        .write_str("The Zed League was founded in 1950 by Ann Lee.")
        .unwrap();
    dir.child("in/zbad.txt")
        .write_binary(b"bad \xc3\x28")
        .unwrap();
    textkg(dir.path())
        .args(["--store", &store, "build", "in"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("zbad.txt"));
    assert_eq!(quad_count(dir.path(), &store), before);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let dir = TempDir::new().unwrap();
    // Enough documents that the export outgrows the pipe's buffer.
    let mut jsonl = String::new();
    let text = std::fs::read_to_string(article()).unwrap();
    for i in 0..20 {
        jsonl.push_str(&serde_json::json!({"id": format!("copy-{i}"), "text": text}).to_string());
        jsonl.push('\n');
    }
    dir.child("many.jsonl").write_str(&jsonl).unwrap();
    textkg(dir.path())
        .args(["--store", "kg.db", "build", "many.jsonl"])
        .assert()
        .success();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("textkg"))
        .current_dir(dir.path())
        .args(["--store", "kg.db", "export", "--format", "nquads"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Read;
        let mut first = [0u8; 100];
        child
            .stdout
            .as_mut()
            .unwrap()
            .read_exact(&mut first)
            .unwrap();
        drop(child.stdout.take());
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "exit {:?}", out.status.code());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn user_rules_and_lexicons_extend_the_extractor() {
    let dir = TempDir::new().unwrap();
    dir.child("doc.txt")
        .write_str("Zorblax was a club. Zorblax befriended the Quux Society in 1990.")
        .unwrap();
    dir.child("rules.toml").write_str(
        "[[rule]]\nid = \"user.befriended\"\nproperty = \"affiliation\"\npattern = \"S ... befriended the? O:Organization\"\n",
    ).unwrap();
    dir.child("lex.tsv")
        .write_str("# label\tclass\taliases\nZorblax\tOrganization\tZBX\n")
        .unwrap();
    let out = stdout_of(textkg(dir.path()).args([
        "extract",
        "doc.txt",
        "--rules",
        "rules.toml",
        "--lexicon",
        "lex.tsv",
    ]));
    assert!(
        out.contains("user.befriended") && out.contains("Quux Society"),
        "{out}"
    );
    dir.child("bad.toml")
        .write_str("[[rule]]\nid = \"x\"\nproperty = \"noSuchProperty\"\npattern = \"S O\"\n")
        .unwrap();
    textkg(dir.path())
        .args(["extract", "doc.txt", "--rules", "bad.toml"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("bad.toml:2:").and(predicate::str::contains("noSuchProperty")),
        );
    dir.child("bad.tsv").write_str("Foo\tNoClass\n").unwrap();
    textkg(dir.path())
        .args(["extract", "doc.txt", "--lexicon", "bad.tsv"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad.tsv:1:").and(predicate::str::contains("NoClass")));
}

#[test]
fn eval_scores_gold_documents() {
    let dir = TempDir::new().unwrap();
    let gold = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/gold/international-socialist-organization.jsonl");
    let out = stdout_of(
        textkg(dir.path())
            .args(["eval", "--json", "--gold"])
            .arg(&gold),
    );
    let v: serde_json::Value = serde_json::from_str(&out).expect("json report");
    assert_eq!(v["documents"], 1);
    assert_eq!(v["all"]["gold"], 65);
    assert!(v["all"]["correct"].as_u64().unwrap() > 0);
    let table = stdout_of(
        textkg(dir.path())
            .args(["eval", "--relations", "P571,P576", "--gold"])
            .arg(&gold),
    );
    assert!(table.contains("P571") && !table.contains("P737"), "{table}");
    dir.child("bad.jsonl").write_str("{not json}\n").unwrap();
    textkg(dir.path())
        .args(["eval", "--gold", "bad.jsonl"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad.jsonl:1:"));
}

#[test]
fn eval_lists_each_mistake() {
    let dir = TempDir::new().unwrap();
    let gold = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/gold/international-socialist-organization.jsonl");
    let report = stdout_of(
        textkg(dir.path())
            .args(["eval", "--json", "--errors", "--gold"])
            .arg(&gold),
    );
    let v: serde_json::Value = serde_json::from_str(&report).expect("json report");
    let errors = v["errors"].as_array().cloned().unwrap_or_default();
    let count = |kind: &str| errors.iter().filter(|e| e["kind"] == kind).count() as u64;
    let all = &v["all"];
    let (gold_n, found) = (
        all["gold"].as_u64().unwrap(),
        all["found"].as_u64().unwrap(),
    );
    let (predicted, correct) = (
        all["predicted"].as_u64().unwrap(),
        all["correct"].as_u64().unwrap(),
    );
    assert_eq!(count("missed"), gold_n - found);
    assert_eq!(count("wrong"), predicted - correct);
    // Each wrong prediction carries the rule and sentence that made it.
    assert!(errors
        .iter()
        .filter(|e| e["kind"] == "wrong")
        .all(|e| !e["rule"].as_str().unwrap().is_empty()
            && !e["evidence"].as_str().unwrap().is_empty()));
}

#[test]
fn train_writes_a_model_that_extraction_reads() {
    let dir = TempDir::new().unwrap();
    let look = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/eval/redocred-dev-look.jsonl");
    let some: String = std::fs::read_to_string(look)
        .unwrap()
        .lines()
        .take(80)
        .map(|l| format!("{l}\n"))
        .collect();
    dir.child("gold.jsonl").write_str(&some).unwrap();
    let report = stdout_of(textkg(dir.path()).args([
        "train",
        "--gold",
        "gold.jsonl",
        "--folds",
        "3",
        "-o",
        "model.tsv",
    ]));
    assert!(report.starts_with("80 documents"), "{report}");
    let model = std::fs::read_to_string(dir.path().join("model.tsv")).unwrap();
    assert!(model.contains("#properties") && model.contains("#threshold"));
    // The model file is read back by extraction and evaluation.
    let scored = stdout_of(textkg(dir.path()).args([
        "eval",
        "--json",
        "--model",
        "model.tsv",
        "--gold",
        "gold.jsonl",
    ]));
    let v: serde_json::Value = serde_json::from_str(&scored).expect("json report");
    assert_eq!(v["documents"], 80);
    // Without a model, no statement comes from one; with the built-in one, some do.
    let rules_of = |extra: &[&str]| -> Vec<String> {
        let mut cmd = textkg(dir.path());
        cmd.args(["extract", "gold.jsonl"]).args(extra);
        stdout_of(&mut cmd)
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["rule"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    assert!(!rules_of(&["--no-model"]).iter().any(|r| r == "model:pairs"));
    assert!(rules_of(&[]).iter().any(|r| r == "model:pairs"));
    textkg(dir.path())
        .args([
            "train",
            "--gold",
            "gold.jsonl",
            "-o",
            "no/such/folder/model.tsv",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("model.tsv: cannot be written"));
    dir.child("bad.tsv")
        .write_str("#properties\tP17\n#bias\t0\n#threshold\t0.5\nfeature\tnot-a-number\n")
        .unwrap();
    textkg(dir.path())
        .args(["extract", "--model", "bad.tsv", "gold.jsonl"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad.tsv:4:"));
}

#[test]
fn an_alias_links_documents_to_the_same_entity() {
    let dir = TempDir::new().unwrap();
    dir.child("a.txt")
        .write_str("The Acme Workers League (AWL) was founded in 1901 by Jane Smith.")
        .unwrap();
    dir.child("b.txt")
        .write_str("The AWL was dissolved in 1950.")
        .unwrap();
    let iri = "https://w3id.org/textkg/entity/Acme_Workers_League";
    // In one run…
    let out = stdout_of(textkg(dir.path()).args(["extract", "a.txt", "b.txt"]));
    let dissolved = out
        .lines()
        .find(|l| l.contains("\"P576\""))
        .expect("the dissolution");
    assert!(
        dissolved.contains(&format!("\"iri\":\"{iri}\"")),
        "{dissolved}"
    );
    // …and across builds, through the names already in the store.
    textkg(dir.path())
        .args(["-q", "--store", "kg.db", "build", "a.txt"])
        .assert()
        .success();
    textkg(dir.path())
        .args(["-q", "--store", "kg.db", "build", "b.txt"])
        .assert()
        .success();
    let csv = stdout_of(textkg(dir.path()).args([
        "--store",
        "kg.db",
        "query",
        "--results-format",
        "csv",
        &format!("SELECT ?y WHERE {{ <{iri}> tkg:dissolved ?y ; tkg:inception ?f }}"),
    ]));
    assert!(csv.contains("1950"), "one entity holds both dates: {csv}");
    // A surname alone links nothing: "Smith" is not distinctive.
    dir.child("c.txt")
        .write_str("Smith was born in 1960.")
        .unwrap();
    let out = stdout_of(textkg(dir.path()).args(["extract", "a.txt", "c.txt"]));
    assert!(
        !out.lines()
            .any(|l| l.contains("\"P569\"") && l.contains("Jane_Smith")),
        "{out}"
    );
}

/// The same name in two builds is one entity only while nothing tells the two apart: the
/// store remembers each entity's country, so a second build keeps Norway's party apart.
#[test]
fn namesakes_of_two_builds_stay_apart_when_their_countries_differ() {
    let dir = TempDir::new().unwrap();
    dir.child("uk.txt")
        .write_str(
            "The Labour Party is a political party in the United Kingdom. It was founded in 1900.",
        )
        .unwrap();
    dir.child("no.txt")
        .write_str("The Labour Party is a political party in Norway. It was founded in 1887.")
        .unwrap();
    dir.child("blair.txt")
        .write_str("Tony Blair led the Labour Party for thirteen years.")
        .unwrap();
    for file in ["uk.txt", "no.txt", "blair.txt"] {
        textkg(dir.path())
            .args(["-q", "--store", "kg.db", "build", file])
            .assert()
            .success();
    }
    let csv = stdout_of(textkg(dir.path()).args([
        "--store",
        "kg.db",
        "query",
        "--results-format",
        "csv",
        "SELECT DISTINCT ?party ?year ?blair WHERE { ?party rdfs:label \"Labour Party\"@en ; \
         tkg:inception ?year . BIND(EXISTS { ?party tkg:mentionedIn ?doc . \
         FILTER(CONTAINS(STR(?doc), \"blair\")) } AS ?blair) } ORDER BY ?year",
    ]));
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "two parties: {csv}");
    assert!(
        rows[0].ends_with("/Labour_Party_Norway,1887,false"),
        "{csv}"
    );
    assert!(
        rows[1].ends_with("/Labour_Party,1900,true"),
        "the silent document joins the first: {csv}"
    );
}

/// With --base-iri, the `ent:`, `doc:` and `stmt:` prefixes of output and queries are the
/// deployment's namespaces, the ones its IRIs are minted in.
#[test]
fn a_base_iri_moves_the_prefixes_of_output_and_queries() {
    let dir = TempDir::new().unwrap();
    let base = ["--base-iri", "https://kg.example.org/"];
    textkg(dir.path())
        .args(base)
        .args(["--store", "kg.db", "build"])
        .arg(article())
        .assert()
        .success();
    let ttl = stdout_of(
        textkg(dir.path())
            .args(base)
            .args(["--store", "kg.db", "export"]),
    );
    assert!(
        ttl.contains("@prefix ent: <https://kg.example.org/entity/>"),
        "{}",
        &ttl[..2000.min(ttl.len())]
    );
    assert!(
        ttl.contains("ent:Hal_Draper"),
        "IRIs are compacted with the deployment's prefix"
    );
    let found = stdout_of(textkg(dir.path()).args(base).args([
        "--store",
        "kg.db",
        "query",
        "--results-format",
        "csv",
        "SELECT ?l WHERE { ent:Hal_Draper rdfs:label ?l }",
    ]));
    assert!(found.contains("Hal Draper"), "{found}");
    let extracted = stdout_of(
        textkg(dir.path())
            .args(base)
            .args(["extract", "--format", "turtle"])
            .arg(article()),
    );
    assert!(extracted.contains("@prefix ent: <https://kg.example.org/entity/>"));
    textkg(dir.path())
        .args(["--base-iri", "not an iri", "extract"])
        .arg(article())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not an absolute IRI"));
}

#[test]
fn query_timeout_cancels_and_says_so() {
    let dir = TempDir::new().unwrap();
    let store = built_store(&dir);
    let started = std::time::Instant::now();
    let out = textkg(dir.path())
        .args(["--store", &store, "query", "--timeout", "1"])
        .arg("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--timeout 1") && err.contains("cancelled"),
        "{err}"
    );
}

#[test]
fn a_query_sent_to_update_and_an_update_sent_to_query_are_named() {
    let dir = TempDir::new().unwrap();
    let store = built_store(&dir);
    textkg(dir.path())
        .args(["--store", &store, "update", "SELECT ?s WHERE { ?s ?p ?o }"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "this is a query, use `textkg query`",
        ));
    textkg(dir.path())
        .args(["--store", &store, "query"])
        .arg("DELETE WHERE { ?s tkg:opposes ?o }")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "this is an update, use `textkg update`",
        ));
}

#[test]
fn update_on_a_missing_store_creates_nothing() {
    let dir = TempDir::new().unwrap();
    textkg(dir.path())
        .args(["--store", "missing.db", "update"])
        .arg("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no store at missing.db"));
    assert!(!dir.path().join("missing.db").exists());
}
