//! Loaders: plain text (`.txt`), Markdown (`.md`), JSON Lines (`.jsonl`, one
//! `{"id", "title"?, "text"}` object a line, plain or gzip'd), folders of those, and standard
//! input (`-`).
//!
//! Every input is checked before anything is extracted, so that a bad file fails the whole run
//! before the store is touched.

use crate::error::{Error, Result};
use crate::text::document::{markdown_title, Document};
use serde::Deserialize;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
struct JsonlRecord {
    id: serde_json::Value,
    #[serde(default)]
    title: Option<String>,
    text: String,
}

/// Reads every document named by `paths` (files, folders, `-` for stdin), checking each one.
///
/// Ids come from file names (relative to a walked folder, without extension) or the JSONL `id`.
/// Large corpora are better streamed with [`sources`] and [`for_each_document`].
pub fn load_paths(paths: &[PathBuf]) -> Result<Vec<Document>> {
    let sources = sources(paths)?;
    validate(&sources, paths)?;
    let mut docs = Vec::new();
    for source in &sources {
        for_each_document(source, |doc| {
            docs.push(doc);
            Ok(())
        })?;
    }
    Ok(docs)
}

/// Where documents come from: a file (of one document, or a JSONL of many, maybe gzip'd) or
/// standard input (read once, up front).
#[derive(Debug, Clone)]
pub enum Source {
    File {
        path: PathBuf,
        id: String,
    },
    /// Standard input, spooled to a temporary file so that it too can be checked first and then
    /// streamed (the file is removed when the last copy of the source is dropped).
    Stdin {
        spool: std::sync::Arc<Spool>,
        jsonl: bool,
    },
}

/// A temporary file that is removed when dropped.
#[derive(Debug)]
pub struct Spool(PathBuf);

impl Drop for Spool {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn spool_stdin() -> Result<Source> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "textkg-stdin-{}-{}.tmp",
        std::process::id(),
        COUNT.fetch_add(1, Ordering::SeqCst)
    ));
    let spool = std::sync::Arc::new(Spool(path.clone()));
    let unreadable = |source| Error::Unreadable {
        path: PathBuf::from("-"),
        source,
    };
    let mut file = std::fs::File::create(&path).map_err(unreadable)?;
    std::io::copy(&mut std::io::stdin().lock(), &mut file).map_err(unreadable)?;
    // JSONL when the first non-blank byte opens an object.
    let mut head = [0u8; 4096];
    let n = std::fs::File::open(&path)
        .and_then(|mut f| f.read(&mut head))
        .map_err(unreadable)?;
    let first = head[..n].iter().find(|b| !b.is_ascii_whitespace());
    if first.is_none()
        && std::fs::metadata(&path)
            .map(|m| m.len() as usize <= n)
            .unwrap_or(true)
    {
        return Err(Error::EmptyInput {
            path: "stdin".into(),
        });
    }
    Ok(Source::Stdin {
        spool,
        jsonl: first == Some(&b'{'),
    })
}

/// Lists the sources named by `paths` (walking folders), reading standard input if named.
pub fn sources(paths: &[PathBuf]) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(spool_stdin()?);
            continue;
        }
        let meta = std::fs::metadata(path).map_err(|source| match source.kind() {
            std::io::ErrorKind::NotFound => Error::NotFound { path: path.clone() },
            _ => Error::Unreadable {
                path: path.clone(),
                source,
            },
        })?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files)?;
            for file in files {
                let rel = file.strip_prefix(path).unwrap_or(&file);
                let id = id_from_path(rel);
                out.push(Source::File { path: file, id });
            }
        } else {
            let id = id_from_path(Path::new(path.file_name().unwrap_or(path.as_os_str())));
            out.push(Source::File {
                path: path.clone(),
                id,
            });
        }
    }
    Ok(out)
}

fn is_gzip(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "gz")
}

fn is_jsonl(path: &Path) -> bool {
    let name = path.to_string_lossy();
    name.ends_with(".jsonl") || name.ends_with(".jsonl.gz")
}

/// Calls `each` with every document of a source, one at a time: a JSONL file (plain or
/// gzip'd) is read line by line, so memory does not grow with its size.
pub fn for_each_document(
    source: &Source,
    mut each: impl FnMut(Document) -> Result<()>,
) -> Result<()> {
    match source {
        Source::Stdin { spool, jsonl: true } => stream_jsonl(&spool.0, "stdin", false, each),
        Source::Stdin {
            spool,
            jsonl: false,
        } => {
            let bytes = std::fs::read(&spool.0).map_err(|source| Error::Unreadable {
                path: PathBuf::from("-"),
                source,
            })?;
            let text = decode("stdin", bytes)?;
            if text.trim().is_empty() {
                return Err(Error::EmptyInput {
                    path: "stdin".into(),
                });
            }
            each(Document {
                source: "stdin".into(),
                ..Document::from_text("stdin", text)
            })
        }
        Source::File { path, .. } if is_jsonl(path) => {
            stream_jsonl(path, &path.display().to_string(), is_gzip(path), each)
        }
        Source::File { path, id } => {
            for doc in load_file(path, id)? {
                each(doc)?;
            }
            Ok(())
        }
    }
}

/// Streams a JSONL file line by line (gzip'd when `gzip`).
fn stream_jsonl(
    path: &Path,
    shown: &str,
    gzip: bool,
    mut each: impl FnMut(Document) -> Result<()>,
) -> Result<()> {
    {
        {
            let shown = shown.to_string();
            let unreadable = |source: std::io::Error| Error::Unreadable {
                path: path.to_path_buf(),
                source,
            };
            let file = std::fs::File::open(path).map_err(|source| match source.kind() {
                std::io::ErrorKind::NotFound => Error::NotFound {
                    path: path.to_path_buf(),
                },
                _ => unreadable(source),
            })?;
            let reader: Box<dyn std::io::Read> = if gzip {
                Box::new(flate2::read::MultiGzDecoder::new(file))
            } else {
                Box::new(file)
            };
            let mut reader = std::io::BufReader::with_capacity(1 << 16, reader);
            let (mut line, mut number, mut offset, mut any) = (Vec::new(), 0usize, 0usize, false);
            loop {
                line.clear();
                let n = std::io::BufRead::read_until(&mut reader, b'\n', &mut line)
                    .map_err(unreadable)?;
                if n == 0 {
                    break;
                }
                number += 1;
                let text = std::str::from_utf8(&line).map_err(|e| Error::NotUtf8 {
                    path: shown.clone(),
                    offset: offset + e.valid_up_to(),
                    line: number,
                })?;
                offset += n;
                if text.trim().is_empty() {
                    continue;
                }
                let mut docs = parse_jsonl(&shown, text).map_err(|e| match e {
                    Error::BadJsonl { path, message, .. } => Error::BadJsonl {
                        path,
                        line: number,
                        message,
                    },
                    other => other,
                })?;
                for doc in docs.iter_mut() {
                    doc.source = format!("{shown}:{number}");
                }
                any = true;
                for doc in docs {
                    each(doc)?;
                }
            }
            if !any {
                return Err(Error::EmptyInput { path: shown });
            }
            Ok(())
        }
    }
}

/// Reads every source once without keeping the documents: the checks a build makes before it
/// writes anything (readable, UTF-8, well-formed, not empty, ids unique). Returns the count.
pub fn validate(sources: &[Source], paths: &[PathBuf]) -> Result<usize> {
    let mut seen: HashMap<u64, String> = HashMap::new();
    let mut count = 0;
    for source in sources {
        for_each_document(source, |doc| {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            doc.id.hash(&mut h);
            if let Some(first) = seen.insert(h.finish(), doc.source.clone()) {
                return Err(Error::DuplicateId {
                    id: doc.id,
                    first,
                    second: doc.source,
                });
            }
            count += 1;
            Ok(())
        })?;
    }
    if count == 0 {
        return Err(Error::NoDocuments {
            paths: paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    Ok(count)
}

fn load_file(path: &Path, id: &str) -> Result<Vec<Document>> {
    let bytes = std::fs::read(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => Error::NotFound {
            path: path.to_path_buf(),
        },
        _ => Error::Unreadable {
            path: path.to_path_buf(),
            source,
        },
    })?;
    let shown = path.display().to_string();
    let text = decode(&shown, bytes)?;
    if path.extension().is_some_and(|e| e == "jsonl") {
        return parse_jsonl(&shown, &text);
    }
    if text.trim().is_empty() {
        return Err(Error::EmptyInput { path: shown });
    }
    Ok(vec![Document {
        source: shown,
        ..Document::from_text(id, text)
    }])
}

/// Decodes bytes as UTF-8, naming the first bad byte; drops a leading byte-order mark.
fn decode(shown: &str, bytes: Vec<u8>) -> Result<String> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..3);
            }
            Ok(text)
        }
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let line = 1 + e.as_bytes()[..offset]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            Err(Error::NotUtf8 {
                path: shown.to_string(),
                offset,
                line,
            })
        }
    }
}

fn parse_jsonl(shown: &str, text: &str) -> Result<Vec<Document>> {
    let mut docs = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |message: String| Error::BadJsonl {
            path: shown.to_string(),
            line: index + 1,
            message,
        };
        let record: JsonlRecord = serde_json::from_str(line).map_err(|e| bad(e.to_string()))?;
        let id = match record.id {
            serde_json::Value::String(s) if !s.trim().is_empty() => s,
            serde_json::Value::Number(n) => n.to_string(),
            _ => return Err(bad("`id` must be a non-empty string or a number".into())),
        };
        if record.text.trim().is_empty() {
            return Err(bad(format!("document `{id}` has an empty `text`")));
        }
        let title = record
            .title
            .filter(|t| !t.trim().is_empty())
            .or_else(|| markdown_title(&record.text));
        docs.push(Document {
            id,
            title,
            text: record.text,
            source: format!("{shown}:{}", index + 1),
        });
    }
    if docs.is_empty() {
        return Err(Error::EmptyInput {
            path: shown.to_string(),
        });
    }
    Ok(docs)
}

/// Recursively lists `.txt`, `.md` and `.jsonl` files, sorted, skipping hidden entries.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let unreadable = |source| Error::Unreadable {
        path: dir.to_path_buf(),
        source,
    };
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(unreadable)?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<_>>()
        .map_err(unreadable)?;
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, out)?;
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "txt" | "md" | "jsonl"))
            || path.to_string_lossy().ends_with(".jsonl.gz")
        {
            out.push(path);
        }
    }
    Ok(())
}

/// `sub/Some Article.txt` → `sub/some-article`: readable, stable, safe in an IRI path.
fn id_from_path(rel: &Path) -> String {
    let without_ext = rel.with_extension("");
    let raw = without_ext.to_string_lossy().replace('\\', "/");
    raw.split('/')
        .map(crate::text::slug)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_error_names_offset_and_line() {
        let err = decode("f.txt", b"ok\nbad \xff here".to_vec()).unwrap_err();
        assert!(
            matches!(
                err,
                Error::NotUtf8 {
                    offset: 7,
                    line: 2,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn jsonl_records_keep_their_ids_and_titles() {
        let docs = parse_jsonl(
            "x.jsonl",
            "{\"id\": 7, \"title\": \"T\", \"text\": \"Body.\"}\n",
        )
        .unwrap();
        assert_eq!(docs[0].id, "7");
        assert_eq!(docs[0].title.as_deref(), Some("T"));
    }

    #[test]
    fn jsonl_errors_name_the_line() {
        let err =
            parse_jsonl("x.jsonl", "{\"id\": \"a\", \"text\": \"A.\"}\n{oops}\n").unwrap_err();
        assert!(err.to_string().starts_with("x.jsonl:2:"), "{err}");
    }

    #[test]
    fn ids_are_slugs_of_relative_paths() {
        assert_eq!(
            id_from_path(Path::new("Sub Dir/Some Article.txt")),
            "sub-dir/some-article"
        );
    }
}
