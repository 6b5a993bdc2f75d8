//! The dataset validator, run as a Web Worker so that checking a large file never blocks the
//! page (see `counterpoint::browser::worker` for the page's side and the messages).
//!
//! It gets a `File` (read here with `FileReaderSync`, so the page never holds the text) or the
//! text itself, runs the same [`parse_dataset`] as everywhere else, and answers with every
//! problem, or with the dataset cut into parts the page decodes one task at a time
//! ([`payload::encode`]). It uses counterpoint-core only: no Yew, no page code.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{closure::Closure, JsCast};
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = {
        let scope = scope.clone();
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            run::check(&scope, e.data())
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before the WebAssembly started would be lost: the page waits for this.
    run::post(&scope, &["ready".into()]);
}

#[cfg(target_arch = "wasm32")]
mod run {
    use counterpoint_core::model::{parse_dataset, payload, Problem};
    use wasm_bindgen::{JsCast, JsValue};

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

    /// Checks one dataset (a `File` or a string) and answers.
    pub fn check(scope: &web_sys::DedicatedWorkerGlobalScope, input: JsValue) {
        let text = if let Some(text) = input.as_string() {
            text
        } else if let Some(file) = input.dyn_ref::<web_sys::File>() {
            progress(scope, "reading");
            let read = web_sys::FileReaderSync::new().and_then(|r| r.read_as_text(file));
            match read {
                Ok(text) => text,
                Err(_) => {
                    return problems(
                        scope,
                        &[Problem {
                            path: String::new(),
                            line_col: None,
                            message: "the file could not be read (was it moved or deleted?)".into(),
                        }],
                    )
                }
            }
        } else {
            return;
        };
        progress(scope, "checking");
        match parse_dataset(&text) {
            Err(found) => problems(scope, &found),
            Ok(dataset) => {
                drop(text);
                let p = payload::encode(&dataset, payload::PART_BYTES);
                let mut items: Vec<JsValue> = Vec::with_capacity(2 + 2 * p.parts.len());
                items.push("ok".into());
                items.push(p.head.into());
                for (list, json) in p.parts {
                    items.push(list.name().into());
                    items.push(json.into());
                }
                post(scope, &items);
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
