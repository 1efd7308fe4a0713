//! `textkg serve`: the store over HTTP.

use super::args::ServeArgs;
use super::Globals;
use crate::error::Error;
use crate::serve::{serve, Config};
use crate::store::Access;
use anyhow::Result;
use std::time::Duration;

pub fn run(g: &Globals, args: ServeArgs) -> Result<()> {
    if args
        .update_token
        .as_deref()
        .is_some_and(|t| t.trim().is_empty())
    {
        return Err(Error::BadArgument {
            argument: "--update-token",
            message: "the token is empty, so anyone could update the store; give a secret \
                      (for example `--update-token \"$(openssl rand -hex 16)\"`), or leave \
                      the option out to serve read-only"
                .into(),
        }
        .into());
    }
    // Read-only unless updates are allowed, so that `build` and readers can share the store.
    let access = if args.update_token.is_some() {
        Access::ReadWrite
    } else {
        Access::ReadOnly
    };
    let store = g.open(access)?;
    if g.memory {
        eprintln!(
            "note: --memory serves a new, empty in-memory store (the ontology only); to serve \
             your graph, run `textkg build FILES` and `textkg serve` on that store, or start \
             with --update-token and POST SPARQL updates (INSERT DATA {{…}}) \
             to /update"
        );
    }
    let config = Config {
        bind: args.bind,
        cors: args.cors,
        timeout: Duration::from_secs(args.timeout_s.max(1)),
        update_token: args.update_token.map(|t| t.trim().to_string()),
        max_body_bytes: args.max_body_kb.saturating_mul(1024),
        max_concurrent: args.max_concurrent.max(1),
        max_connections: args.max_connections.max(1),
        ..Default::default()
    };
    Ok(serve(store, config)?)
}
