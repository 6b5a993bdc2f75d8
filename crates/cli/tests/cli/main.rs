//! The `counterpoint` command, run as an author runs it: each verb, and each kind of bad input.
//! One test binary; `prelude` has what the modules share.

mod build;
mod check;
mod init;
mod prelude;
mod serve;
