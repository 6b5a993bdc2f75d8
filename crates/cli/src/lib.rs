//! The `counterpoint` command: write a briefing (`init`), check it against its sources
//! (`check`), build it into a static site with no WebAssembly compiled (`build`), and preview it
//! with live reload (`serve`). The pages are the Yew crate's, prerendered with its server
//! renderer; the WebAssembly assets are built once and reused (see [`assets`]).

pub mod assets;
pub mod check;
pub mod cli;
pub mod init;
pub mod publish;
pub mod serve;
pub mod site;
