//! The dataset validator, run as a Web Worker so that checking a large file never blocks the
//! page (see `counterpoint_browser::worker` for the page's side, and its `protocol` for the
//! messages).
//!
//! It gets a `File` (read here with `FileReaderSync`, so the page never holds the text) or the
//! text itself, runs the same `parse_dataset` as everywhere else, and answers with every
//! problem, or with the dataset cut into parts the page decodes one task at a time
//! (`payload::cut`), then keeps those parts for the tab in IndexedDB. On a reload it
//! reads them back for the page. Both IndexedDB clones of the whole dataset happen here, not
//! on the page. It uses counterpoint-core and the Yew-free counterpoint-browser only.

#[cfg(target_arch = "wasm32")]
fn main() {
    use counterpoint_browser::worker::protocol::Reply;
    use wasm_bindgen::{closure::Closure, JsCast};
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = {
        let scope = scope.clone();
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let scope = scope.clone();
            wasm_bindgen_futures::spawn_local(run::answer(scope, e.data()))
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before the WebAssembly started would be lost: the page waits for this.
    run::post(&scope, &Reply::Ready);
}

#[cfg(target_arch = "wasm32")]
mod run {
    use counterpoint_browser::idb;
    use counterpoint_browser::parts::Parts;
    use counterpoint_browser::worker::protocol::{Phase, Reply, Request};
    use counterpoint_core::model::{parse_dataset, payload, Problem};
    use wasm_bindgen::{JsCast, JsValue};

    type Scope = web_sys::DedicatedWorkerGlobalScope;

    /// One request from the page: check (and keep the valid dataset under its key) or
    /// restore.
    pub async fn answer(scope: Scope, message: JsValue) {
        let Ok(request) = Request::decode(&message) else {
            return;
        };
        match request {
            Request::Check(input, key) => {
                if let Some(parts) = check(&scope, input) {
                    // The page decodes while the parts are written here.
                    post(&scope, &Reply::Valid(parts.clone()));
                    let kept = idb::put(&key, &parts.0).await.is_ok();
                    post(&scope, &Reply::Kept(kept));
                }
            }
            Request::Restore(key) => match idb::get(&key).await {
                Ok(Some(value)) if value.is_instance_of::<js_sys::Array>() => {
                    post(&scope, &Reply::Valid(Parts(value.unchecked_into())))
                }
                Ok(_) => post(&scope, &Reply::Lost("the browser no longer has it".into())),
                Err(why) => post(&scope, &Reply::Lost(why)),
            },
        }
    }

    /// Posts a reply to the page.
    pub fn post(scope: &Scope, reply: &Reply) {
        let _ = scope.post_message(&reply.encode());
    }

    /// Checks one dataset (a `File` or a string): the valid dataset's parts, or `None` once
    /// every problem is posted.
    fn check(scope: &Scope, input: JsValue) -> Option<Parts> {
        let text = if let Some(text) = input.as_string() {
            text
        } else if let Some(file) = input.dyn_ref::<web_sys::File>() {
            post(scope, &Reply::Progress(Phase::Reading));
            let read = web_sys::FileReaderSync::new().and_then(|r| r.read_as_text(file));
            match read {
                Ok(text) => text,
                Err(_) => {
                    let problem = Problem {
                        path: String::new(),
                        line_col: None,
                        message: "the file could not be read (was it moved or deleted?)".into(),
                    };
                    post(scope, &Reply::Problems(vec![problem]));
                    return None;
                }
            }
        } else {
            return None;
        };
        post(scope, &Reply::Progress(Phase::Checking));
        match parse_dataset(&text) {
            Err(found) => {
                post(scope, &Reply::Problems(found));
                None
            }
            Ok(dataset) => {
                // Cut from the file's own text: the worker never writes the dataset out.
                drop(dataset);
                let p = payload::cut(&text, payload::PART_BYTES);
                Some(Parts::from_payload(p))
            }
        }
    }
}

// Native builds (`cargo build`, clippy) compile every bin; this one only means anything in a
// browser worker.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the validator runs in the browser, as a Web Worker");
}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
