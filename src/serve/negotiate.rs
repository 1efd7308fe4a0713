//! HTTP content negotiation with q-values (RFC 9110 §12.5.1).

/// One media range of an Accept header, with its weight.
#[derive(Debug, Clone, PartialEq)]
struct Range {
    kind: String,
    subtype: String,
    q: f32,
}

fn parse(accept: &str) -> Vec<Range> {
    accept
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let media = pieces.next()?.trim().to_ascii_lowercase();
            let (kind, subtype) = media.split_once('/')?;
            let mut q = 1.0;
            for param in pieces {
                if let Some(v) = param.trim().strip_prefix("q=") {
                    q = v.trim().parse().unwrap_or(0.0);
                }
            }
            Some(Range {
                kind: kind.to_string(),
                subtype: subtype.to_string(),
                q,
            })
        })
        .collect()
}

/// Picks the offered media type the client prefers: highest q, then the most specific range,
/// then the server's order. `None` when nothing offered is acceptable (406).
///
/// ```
/// use textkg::serve::negotiate;
/// let offered = ["application/sparql-results+json", "text/csv"];
/// assert_eq!(negotiate(Some("text/csv;q=0.9, application/json;q=0.5"), &offered), Some("text/csv"));
/// assert_eq!(negotiate(None, &offered), Some("application/sparql-results+json"));
/// assert_eq!(negotiate(Some("image/png"), &offered), None);
/// ```
pub fn negotiate<'a>(accept: Option<&str>, offered: &[&'a str]) -> Option<&'a str> {
    let accept = accept.map(str::trim).filter(|a| !a.is_empty());
    let Some(accept) = accept else {
        return offered.first().copied();
    };
    let ranges = parse(accept);
    let mut best: Option<(f32, u8, usize, &str)> = None;
    for (order, media) in offered.iter().enumerate() {
        let (kind, subtype) = media.split_once('/').unwrap_or((media, ""));
        // The most specific matching range sets the weight.
        let matched = ranges
            .iter()
            .filter_map(|r| {
                let specificity = match (r.kind.as_str(), r.subtype.as_str()) {
                    (k, s) if k == kind && s == subtype => 3,
                    (k, "*") if k == kind => 2,
                    ("*", "*") => 1,
                    _ => return None,
                };
                Some((specificity, r.q))
            })
            .max_by_key(|(specificity, _)| *specificity);
        let Some((specificity, q)) = matched else {
            continue;
        };
        if q <= 0.0 {
            continue;
        }
        let better = match best {
            None => true,
            Some((bq, bs, bo, _)) => {
                q > bq || (q == bq && (specificity > bs || (specificity == bs && order < bo)))
            }
        };
        if better {
            best = Some((q, specificity, order, media));
        }
    }
    best.map(|(_, _, _, m)| m)
}
