//! `counterpoint`: see `counterpoint --help`.

fn main() -> std::process::ExitCode {
    counterpoint_cli::cli::run()
}
