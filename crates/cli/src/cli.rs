//! The command line (clap): verbs, arguments, exit codes (0 clean, 1 problems, 2 usage).

use crate::check::{check_file, human_report, json_report};
use crate::publish::{build, BuildError, BuildRequest};
use crate::serve::{serve, ServeRequest};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// Source-cited negotiation briefings: check them against their sources, publish them as
/// static sites.
#[derive(Parser, Debug)]
#[command(name = "counterpoint", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Write a small, valid briefing to start from into a new or empty folder.
    Init {
        /// The folder to create.
        dir: PathBuf,
        /// The briefing's title.
        #[arg(long)]
        title: Option<String>,
    },
    /// Check datasets: every rule, and every excerpt and quote against the sources' texts.
    Check {
        /// Dataset files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// A folder of source texts named `<source-id>.txt` (or by the file name each source's
        /// `text.file` gives), instead of the files the sources name.
        #[arg(long, value_name = "DIR")]
        texts: Option<PathBuf>,
    },
    /// Build the static site of one dataset, or a shelf of several, without compiling anything.
    Build {
        #[command(flatten)]
        site: SiteArgs,
        /// The output folder: new, empty, or a previous build of this command.
        #[arg(short, long, value_name = "OUT")]
        out: PathBuf,
    },
    /// Build into a temporary folder, serve it, and rebuild and reload on every change.
    Serve {
        #[command(flatten)]
        site: SiteArgs,
        /// Port to listen on (0: any free port).
        #[arg(short, long, default_value_t = 8080)]
        port: u16,
        /// Address to listen on; anything but 127.0.0.1 exposes the preview to the network.
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
        /// Milliseconds to wait for more changes before rebuilding.
        #[arg(long, default_value_t = 150)]
        debounce: u64,
    },
}

/// What `build` and `serve` share.
#[derive(Args, Debug)]
pub struct SiteArgs {
    /// Dataset files: one makes a site, several a shelf (each under /<dataset-id>/).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The public path the site is served under, e.g. /briefings/.
    #[arg(long, default_value = "/", value_name = "PATH")]
    pub base_url: String,
    /// The site's public address, e.g. https://example.org/briefings/ (written into citations,
    /// the feed and canonical links; left out when not given).
    #[arg(long, value_name = "URL")]
    pub site_url: Option<String>,
    /// A folder of source texts (see `check --texts`).
    #[arg(long, value_name = "DIR")]
    pub texts: Option<PathBuf>,
    /// Example datasets to offer on the Dataset page (copied to datasets/).
    #[arg(long = "example", value_name = "FILE")]
    pub examples: Vec<PathBuf>,
    /// The WebAssembly assets (default: $COUNTERPOINT_ASSETS, or beside the binary).
    #[arg(long, value_name = "DIR")]
    pub assets: Option<PathBuf>,
}

impl SiteArgs {
    fn request(&self, out: PathBuf) -> Result<BuildRequest, String> {
        let base = self.base_url.trim();
        if !base.starts_with('/') || base.contains("//") || base.contains(['?', '#', ' ']) {
            return Err(format!(
                "--base-url must be a path such as / or /briefings/ (got \"{base}\")"
            ));
        }
        if let Some(site) = &self.site_url {
            if !(site.starts_with("https://") || site.starts_with("http://")) {
                return Err(format!(
                    "--site-url must be an http(s) address such as https://example.org/briefings/ (got \"{site}\")"
                ));
            }
        }
        Ok(BuildRequest {
            datasets: self.paths.clone(),
            out,
            base_url: base.to_string(),
            site_url: self.site_url.clone(),
            texts: self.texts.clone(),
            examples: self.examples.clone(),
            assets: self.assets.clone(),
        })
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

/// Exit codes.
const PROBLEMS: u8 = 1;
const USAGE: u8 = 2;

/// Parses the command line and runs the verb.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(USAGE)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match cli.command {
        Command::Init { dir, title } => match crate::init::init(&dir, title.as_deref()) {
            Ok(files) => {
                println!("wrote a starter briefing into {}:", dir.display());
                for f in files {
                    println!("  {}", f.display());
                }
                println!(
                    "next: counterpoint serve {}",
                    dir.join("briefing.json").display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e, PROBLEMS),
        },
        Command::Check {
            paths,
            format,
            texts,
        } => {
            if let Some(dir) = &texts {
                if !dir.is_dir() {
                    return fail(&format!("--texts {}: no such folder", dir.display()), USAGE);
                }
            }
            let all: Vec<_> = paths
                .iter()
                .map(|p| check_file(p, texts.as_deref()))
                .collect();
            match format {
                Format::Human => {
                    for c in &all {
                        print!("{}", human_report(c));
                    }
                }
                Format::Json => println!("{}", json_report(&all)),
            }
            if all.iter().all(|c| c.is_ok()) {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(PROBLEMS)
            }
        }
        Command::Build { site, out } => {
            let req = match site.request(out) {
                Ok(r) => r,
                Err(e) => return fail(&e, USAGE),
            };
            let started = std::time::Instant::now();
            match build(&req) {
                Ok(built) => {
                    for c in &built.checks {
                        for w in &c.warnings {
                            eprintln!("{}: warning: {w}", c.path.display());
                        }
                    }
                    for (id, folder, pages) in &built.briefings {
                        println!(
                            "{id}: {pages} pages at {}/{}",
                            req.base_url.trim_end_matches('/'),
                            if folder.is_empty() {
                                String::new()
                            } else {
                                format!("{folder}/")
                            }
                        );
                    }
                    println!(
                        "built {} files into {} in {:.1} s",
                        built.files.len(),
                        req.out.display(),
                        started.elapsed().as_secs_f64()
                    );
                    ExitCode::SUCCESS
                }
                Err(BuildError::Invalid(checks)) => {
                    for c in checks.iter().filter(|c| !c.is_ok()) {
                        print!("{}", human_report(c));
                    }
                    fail("nothing was written: fix the problems above", PROBLEMS)
                }
                Err(BuildError::Other(e)) => fail(&format!("{e}; nothing was written"), PROBLEMS),
            }
        }
        Command::Serve {
            site,
            port,
            host,
            debounce,
        } => {
            let req = match site.request(PathBuf::new()) {
                Ok(r) => r,
                Err(e) => return fail(&e, USAGE),
            };
            match serve(ServeRequest {
                build: req,
                host,
                port,
                debounce: Duration::from_millis(debounce),
            }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(&e, PROBLEMS),
            }
        }
    }
}

fn fail(message: &str, code: u8) -> ExitCode {
    eprintln!("counterpoint: {message}");
    ExitCode::from(code)
}
