//! The `textkg` binary: parse arguments, run, map the outcome to an exit code.
//! Failures exit 1, usage errors 2; a closed pipe (`textkg export | head`) is success.

use clap::Parser;
use std::process::ExitCode;
use textkg::cli::Cli;
use textkg::Error;

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        eprintln!(
            "error: internal error in textkg ({info}); please report it with the command you ran"
        );
    }));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(e.exit_code() as u8);
        }
    };
    let level = match (cli.global.quiet, cli.global.verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        _ => "debug",
    };
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("TEXTKG_LOG")
                .unwrap_or_else(|_| level.into()),
        )
        .without_time()
        .with_target(false)
        .init();
    match textkg::commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            let mut source = std::error::Error::source(&e);
            while let Some(cause) = source {
                eprintln!("  caused by: {cause}");
                source = cause.source();
            }
            ExitCode::from(if matches!(e, Error::UnknownFormat { .. }) {
                2
            } else {
                1
            })
        }
    }
}
