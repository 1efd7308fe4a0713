//! `textkg graph` end to end: every format parsed back or validated by the tool that reads it
//! (Graphviz `dot`, an XML parser, serde), the selection flags, and the HTML page in headless
//! Chromium (Debian's `chromium`, driven by playwright-core from `tests/browser`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)] // a failed unwrap is a failed test; a scenario may be long

use assert_cmd::Command;
use assert_fs::prelude::*;
use assert_fs::TempDir;
use predicates::prelude::*;
use std::path::{Path, PathBuf};
use textkg::view::CytoscapeGraph;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn textkg(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("textkg").expect("binary built");
    cmd.current_dir(dir).env_remove("TEXTKG_STORE");
    cmd
}

/// A store built from the example article, and the folder it is in.
fn built() -> TempDir {
    let dir = TempDir::new().unwrap();
    textkg(dir.path())
        .args(["-q", "build"])
        .arg(manifest().join("data/corpus"))
        .assert()
        .success();
    dir
}

fn output(dir: &Path, args: &[&str]) -> String {
    let out = textkg(dir).arg("graph").args(args).output().unwrap();
    assert!(
        out.status.success(),
        "graph {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn cytoscape(dir: &Path, args: &[&str]) -> CytoscapeGraph {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    serde_json::from_str(&output(dir, &all)).expect("Cytoscape JSON")
}

#[test]
fn json_is_a_consistent_graph_with_evidence() {
    let dir = built();
    let g = cytoscape(dir.path(), &[]);
    assert!(g.nodes.len() >= 15, "{} nodes", g.nodes.len());
    let ids: std::collections::HashSet<&str> = g.nodes.iter().map(|n| n.data.id.as_str()).collect();
    for e in &g.edges {
        assert!(ids.contains(e.data.source.as_str()) && ids.contains(e.data.target.as_str()));
        assert!(
            !e.data.evidence.is_empty(),
            "edge {} has its sentence",
            e.data.label
        );
    }
    let labels: Vec<&str> = g.nodes.iter().map(|n| n.data.label.as_str()).collect();
    for name in [
        "International Socialist Organization",
        "Hal Draper",
        "Tony Cliff",
    ] {
        assert!(labels.contains(&name), "{name} in {labels:?}");
    }
    let iso = g
        .nodes
        .iter()
        .find(|n| n.data.label == "International Socialist Organization")
        .unwrap();
    assert!(
        iso.data
            .attributes
            .iter()
            .any(|(p, v)| p == "inception" && v == "1977"),
        "literals as attributes"
    );
    let with_nodes = cytoscape(dir.path(), &["--literal-nodes"]);
    assert!(
        with_nodes
            .nodes
            .iter()
            .any(|n| n.data.class == "Literal" && n.data.label == "1977"),
        "literals as nodes"
    );
}

#[test]
fn dot_is_accepted_by_graphviz() {
    let dir = built();
    textkg(dir.path())
        .args(["graph", "-o", "kg.dot"])
        .assert()
        .success();
    let status = std::process::Command::new("dot")
        .args(["-Tsvg", "-o", "kg-dot.svg", "kg.dot"])
        .current_dir(dir.path())
        .status()
        .expect("Graphviz `dot` is installed (scripts/install-deps installs graphviz)");
    assert!(status.success(), "dot rejected the DOT");
    let svg = std::fs::read_to_string(dir.path().join("kg-dot.svg")).unwrap();
    assert!(svg.contains("Hal Draper"));
}

#[test]
fn graphml_and_svg_are_well_formed_xml_with_the_labels() {
    let dir = built();
    let graphml = output(dir.path(), &["--format", "graphml"]);
    let doc = roxmltree::Document::parse(&graphml).expect("GraphML is XML");
    let nodes = doc.descendants().filter(|n| n.has_tag_name("node")).count();
    let edges = doc.descendants().filter(|n| n.has_tag_name("edge")).count();
    let g = cytoscape(dir.path(), &[]);
    assert_eq!((nodes, edges), (g.nodes.len(), g.edges.len()));

    textkg(dir.path())
        .args(["graph", "-o", "kg.svg"])
        .assert()
        .success();
    let svg = std::fs::read_to_string(dir.path().join("kg.svg")).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("SVG is XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let texts: String = doc
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("\n");
    for label in &g.nodes {
        assert!(
            texts.contains(label.data.label.as_str()),
            "SVG shows {}",
            label.data.label
        );
    }
}

#[test]
fn mermaid_has_every_node_and_edge() {
    let dir = built();
    let mmd = output(dir.path(), &["--format", "mermaid"]);
    let g = cytoscape(dir.path(), &[]);
    assert!(mmd.starts_with("flowchart LR\n"));
    assert_eq!(
        mmd.lines().filter(|l| l.contains(" -->|")).count(),
        g.edges.len()
    );
    assert_eq!(
        mmd.lines()
            .filter(|l| l.trim_start().starts_with('n') && l.contains("]:::"))
            .count(),
        g.nodes.len()
    );
}

#[test]
fn selections_narrow_the_graph() {
    let dir = built();
    let all = cytoscape(dir.path(), &[]);
    let focus = cytoscape(dir.path(), &["--focus", "hal draper", "--depth", "1"]);
    assert!(
        focus.nodes.len() < all.nodes.len()
            && focus.nodes.iter().any(|n| n.data.label == "Hal Draper")
    );
    let by_alias = cytoscape(dir.path(), &["--focus", "ISO", "--depth", "1"]);
    assert!(by_alias
        .nodes
        .iter()
        .any(|n| n.data.label == "International Socialist Organization"));
    let influences = cytoscape(
        dir.path(),
        &["--predicate", "influencedBy", "--predicate", "P112"],
    );
    assert!(!influences.edges.is_empty());
    assert!(influences
        .edges
        .iter()
        .all(|e| e.data.property == "influencedBy" || e.data.property == "foundedBy"));
    let people = cytoscape(dir.path(), &["--type", "Person", "--type", "Organization"]);
    assert!(people
        .nodes
        .iter()
        .all(|n| matches!(n.data.family.as_str(), "Person" | "Organization")));
    textkg(dir.path())
        .args(["graph", "--format", "json", "--limit", "3"])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("showing 3 nodes").and(predicate::str::contains("left out")),
        );
    dir.child("q.rq")
        .write_str("CONSTRUCT { ?s tkg:influencedBy ?o } WHERE { ?s tkg:influencedBy ?o }")
        .unwrap();
    let q = cytoscape(dir.path(), &["--query", "q.rq"]);
    assert!(!q.edges.is_empty() && q.edges.iter().all(|e| e.data.property == "influencedBy"));
    dir.child("s.rq")
        .write_str("SELECT ?s ?p ?o WHERE { ?s tkg:foundedBy ?o BIND(tkg:foundedBy AS ?p) }")
        .unwrap();
    let s = cytoscape(dir.path(), &["--query", "s.rq"]);
    assert!(s.edges.iter().all(|e| e.data.property == "foundedBy"));
    textkg(dir.path())
        .args(["graph", "--focus", "Nobody At All"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no entity `Nobody At All`"));
    textkg(dir.path())
        .args(["graph", "--format", "png"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "dot, svg, html, mermaid, graphml, json",
        ));
}

fn browser_script() -> PathBuf {
    let script = manifest().join("tests/browser/graph_page.mjs");
    assert!(
        manifest()
            .join("tests/browser/node_modules/playwright-core")
            .exists(),
        "playwright-core is missing: run scripts/install-deps (npm ci --prefix tests/browser)"
    );
    script
}

#[test]
fn the_page_works_in_a_real_browser() {
    let dir = built();
    textkg(dir.path())
        .args(["graph", "-o", "kg.html"])
        .assert()
        .success();
    let page = dir.path().join("kg.html");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        !html.contains("<script src") && !html.contains("rel=\"stylesheet\""),
        "self-contained: no external scripts or styles"
    );
    let g = cytoscape(dir.path(), &[]);
    let out = std::process::Command::new("node")
        .arg(browser_script())
        .arg(&page)
        .arg(dir.path().join("page.png"))
        .output()
        .expect("node is installed");
    assert!(
        out.status.success(),
        "browser run failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let findings: serde_json::Value = serde_json::from_slice(&out.stdout).expect("findings JSON");
    assert_eq!(
        findings["errors"],
        serde_json::json!([]),
        "no console errors"
    );
    assert_eq!(
        findings["requests"],
        serde_json::json!([]),
        "works offline: no network requests"
    );
    assert_eq!(findings["dataNodes"].as_u64(), Some(g.nodes.len() as u64));
    assert_eq!(
        findings["drawnNodes"].as_u64(),
        Some(g.nodes.len() as u64),
        "every node drawn"
    );
    assert_eq!(
        findings["detailsTitle"], findings["clicked"],
        "clicking a node opens it"
    );
    let evidence = findings["evidence"].as_array().expect("evidence list");
    assert!(
        evidence
            .iter()
            .any(|e| e.as_str().unwrap_or("").contains("founded in 1977")),
        "the click shows evidence sentences"
    );
    assert!(
        findings["fadedAfterSearch"].as_u64().unwrap() > 0,
        "search fades the rest"
    );
    assert_eq!(
        findings["hiddenAfterFilter"], findings["ofFamily"],
        "a type filter hides that type"
    );
    assert!(dir.path().join("page.png").exists());
}
