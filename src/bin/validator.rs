//! The dataset validator, run as a Web Worker so that checking a large file never blocks the
//! page (see `counterpoint::browser::worker` for the page's side and the messages).
//!
//! It gets a `File` (read here with `FileReaderSync`, so the page never holds the text) or the
//! text itself, runs the same `parse_dataset` as everywhere else, and answers with every
//! problem, or with the dataset cut into parts the page decodes one task at a time
//! (`payload::encode`), then keeps those parts for the tab in IndexedDB. On a reload it
//! reads them back for the page. Both IndexedDB clones of the whole dataset happen here, not
//! on the page. It uses counterpoint-core only (and the page's IndexedDB helpers, included as
//! a file): no Yew, no page code.

#[cfg(target_arch = "wasm32")]
fn main() {
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
    run::post(&scope, &["ready".into()]);
}

#[cfg(target_arch = "wasm32")]
#[allow(dead_code)] // the page's helpers; the worker uses get and put
#[path = "../browser/idb.rs"]
mod idb;

#[cfg(target_arch = "wasm32")]
#[allow(dead_code)] // the page's readers; the worker only builds the array
#[path = "../browser/parts.rs"]
mod parts;

#[cfg(target_arch = "wasm32")]
mod run {
    use super::idb;
    use counterpoint_core::model::{parse_dataset, payload, Problem};
    use wasm_bindgen::{JsCast, JsValue};

    /// One request from the page: `["check", File or text, key]` (keep the valid dataset
    /// under `key`) or `["restore", key]`.
    pub async fn answer(scope: web_sys::DedicatedWorkerGlobalScope, request: JsValue) {
        let request: js_sys::Array = match request.dyn_into() {
            Ok(a) => a,
            Err(_) => return,
        };
        let key = request.get(2).as_string().unwrap_or_default();
        match request.get(0).as_string().as_deref() {
            Some("check") => {
                if let Some(parts) = check(&scope, request.get(1)) {
                    // The page decodes while the parts are written here.
                    post_parts(&scope, &parts);
                    let kept = idb::put(&key, &parts).await.is_ok();
                    post(&scope, &["kept".into(), kept.into()]);
                }
            }
            Some("restore") => {
                let key = request.get(1).as_string().unwrap_or_default();
                match idb::get(&key).await {
                    Ok(Some(value)) if value.is_instance_of::<js_sys::Array>() => {
                        post_parts(&scope, &value.unchecked_into())
                    }
                    Ok(_) => post(
                        &scope,
                        &["lost".into(), "the browser no longer has it".into()],
                    ),
                    Err(why) => post(&scope, &["lost".into(), why.into()]),
                }
            }
            _ => {}
        }
    }

    /// `["ok", head, list, part, …]`.
    fn post_parts(scope: &web_sys::DedicatedWorkerGlobalScope, parts: &js_sys::Array) {
        let message = js_sys::Array::of1(&"ok".into()).concat(parts);
        let _ = scope.post_message(&message);
    }

    /// Posts `[tag, …]` to the page.
    pub fn post(scope: &web_sys::DedicatedWorkerGlobalScope, items: &[JsValue]) {
        let message: js_sys::Array = items.iter().collect();
        let _ = scope.post_message(&message);
    }

    fn progress(scope: &web_sys::DedicatedWorkerGlobalScope, phase: &str) {
        post(scope, &["progress".into(), phase.into()]);
    }

    fn problems(scope: &web_sys::DedicatedWorkerGlobalScope, problems: &[Problem]) {
        let json = serde_json::to_string(problems).unwrap_or_else(|_| "[]".into());
        post(scope, &["problems".into(), json.into()]);
    }

    /// Checks one dataset (a `File` or a string): the valid dataset's parts
    /// (`[head, list, part, …]`), or `None` once every problem is posted.
    fn check(scope: &web_sys::DedicatedWorkerGlobalScope, input: JsValue) -> Option<js_sys::Array> {
        let text = if let Some(text) = input.as_string() {
            text
        } else if let Some(file) = input.dyn_ref::<web_sys::File>() {
            progress(scope, "reading");
            let read = web_sys::FileReaderSync::new().and_then(|r| r.read_as_text(file));
            match read {
                Ok(text) => text,
                Err(_) => {
                    problems(
                        scope,
                        &[Problem {
                            path: String::new(),
                            line_col: None,
                            message: "the file could not be read (was it moved or deleted?)".into(),
                        }],
                    );
                    return None;
                }
            }
        } else {
            return None;
        };
        progress(scope, "checking");
        match parse_dataset(&text) {
            Err(found) => {
                problems(scope, &found);
                None
            }
            Ok(dataset) => {
                drop(text);
                let p = payload::encode(&dataset, payload::PART_BYTES);
                Some(super::parts::Parts::from_payload(p).0)
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
