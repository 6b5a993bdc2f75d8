//! The page's side of the validator worker (crates/validator, built by Trunk from
//! `workshop.html`, renamed after its content by the prerenderer: `validator-<hash>.js` and
//! its `_bg.wasm` beside the pages): checking a dataset off the page's thread.
//!
//! The messages both ways are [`protocol`]'s: the page posts a [`Request`] once the worker
//! says it is ready, then hears `progress`, and either the problems, or the valid dataset's
//! parts followed (after a check) by whether IndexedDB kept them, or (after a restore) that
//! nothing was kept.

pub mod protocol;

pub use super::parts::Parts;
use counterpoint_core::model::Problem;
use protocol::Undecodable;
pub use protocol::{Phase, Request};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast};

/// The worker's script where the prerenderer named none (Trunk's own start-up script, in a
/// build not prerendered), relative to the site's base.
const TRUNK_SCRIPT: &str = "validator_loader.js";

/// The worker's script: the prerenderer names it, after its content, on every page's
/// `<meta name="cp-workshop" data-worker>` (see `crates/cli/src/site/workshop.rs`).
fn script() -> String {
    super::workshop::meta()
        .and_then(|m| m.get_attribute("data-worker"))
        .unwrap_or_else(|| TRUNK_SCRIPT.to_string())
}

/// How long the worker may take to start before the page checks the file itself (a worker
/// whose WebAssembly cannot load reports nothing).
const START_TIMEOUT_MS: u32 = 8_000;

/// What the worker said.
pub enum Reply {
    Progress(Phase),
    Problems(Vec<Problem>),
    /// The valid dataset, as parts still in JavaScript strings (see [`Parts`]). After a
    /// check, [`Reply::Kept`] follows.
    Valid(Parts),
    /// Whether IndexedDB kept the checked dataset (the last reply to a check that passed).
    Kept(bool),
    /// Nothing could be read back under the key, and why.
    Lost(String),
    /// The worker could not run (no Worker, blocked by a policy, failed to load): check on
    /// the page instead. Says why.
    Unavailable(String),
}

/// A running check. Dropping it stops the worker.
pub struct Check {
    worker: web_sys::Worker,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
    _timeout: gloo::timers::callback::Timeout,
}

impl Drop for Check {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// Starts a worker on `request`; `on_reply` hears every reply until the last (`Problems`,
/// `Kept` after a check, `Valid` after a restore, `Lost` or `Unavailable`). `Err`: no worker could be created (the reason, for the
/// status), so the caller works on the page.
pub fn check(request: Request, on_reply: impl Fn(Reply) + 'static) -> Result<Check, String> {
    let then_kept = matches!(request, Request::Check(..));
    let input = request.encode();
    let base = super::dom::site_base().unwrap_or_else(|| "./".into());
    let url = web_sys::Url::new_with_base(&script(), &base)
        .map_err(|e| super::js_message(&e, "no address for the validator"))?;
    let worker = web_sys::Worker::new(&url.href())
        .map_err(|e| super::js_message(&e, "this browser cannot start a worker here"))?;
    // Replies after the last one are ignored (a late timeout, an error after the answer).
    let done = Rc::new(RefCell::new(false));
    let on_reply = Rc::new(on_reply);
    let finish = {
        let done = done.clone();
        let on_reply = on_reply.clone();
        move |reply: Reply| {
            if !done.replace(true) {
                on_reply(reply);
            }
        }
    };
    let finish = Rc::new(finish);
    let started = Rc::new(RefCell::new(false));
    let on_message = {
        let worker = worker.clone();
        let finish = finish.clone();
        let started = started.clone();
        let input = RefCell::new(Some(input));
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            use protocol::Reply as Message;
            match Message::decode(&e.data()) {
                Ok(Message::Ready) => {
                    *started.borrow_mut() = true;
                    if let Some(input) = input.borrow_mut().take() {
                        if let Err(e) = worker.post_message(&input) {
                            finish(Reply::Unavailable(super::js_message(
                                &e,
                                "the file could not be passed to the validator",
                            )));
                        }
                    }
                }
                Ok(Message::Progress(phase)) if !*done.borrow() => on_reply(Reply::Progress(phase)),
                Ok(Message::Progress(_)) => {}
                Ok(Message::Problems(problems)) => finish(Reply::Problems(problems)),
                Ok(Message::Valid(parts)) => {
                    let parts = Reply::Valid(parts);
                    match then_kept {
                        true if !*done.borrow() => on_reply(parts),
                        true => {}
                        false => finish(parts),
                    }
                }
                Ok(Message::Kept(kept)) => finish(Reply::Kept(kept)),
                Ok(Message::Lost(why)) => finish(Reply::Lost(why)),
                Err(Undecodable::Malformed(_)) => finish(Reply::Unavailable(
                    "the validator's answer was unreadable".into(),
                )),
                Err(Undecodable::Foreign) => {}
            }
        })
    };
    let on_error = {
        let finish = finish.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            let why = e
                .dyn_ref::<web_sys::ErrorEvent>()
                .map(|e| e.message())
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| "the validator could not start".into());
            finish(Reply::Unavailable(why))
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let timeout = {
        let finish = finish.clone();
        gloo::timers::callback::Timeout::new(START_TIMEOUT_MS, move || {
            if !*started.borrow() {
                finish(Reply::Unavailable(
                    "the validator did not start in time".into(),
                ));
            }
        })
    };
    Ok(Check {
        worker,
        _on_message: on_message,
        _on_error: on_error,
        _timeout: timeout,
    })
}
