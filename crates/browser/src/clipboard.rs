//! Putting a text on the clipboard.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Copies `text` with the asynchronous Clipboard API, falling back to a selected hidden
/// textarea and `execCommand("copy")` where that API is missing (insecure contexts, older
/// browsers) or refuses; `done` receives whether the text was copied. Focus returns to
/// `button` (the one pressed) when the fallback moved it.
pub fn copy_text(
    text: String,
    button: Option<web_sys::HtmlElement>,
    done: impl FnOnce(bool) + 'static,
) {
    let navigator = gloo::utils::window().navigator();
    let has_api = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_api {
        done(copy_with_textarea(&text, button.as_ref()));
        return;
    }
    let promise = navigator.clipboard().write_text(&text);
    // The promise settles once, calling exactly one of the two handlers.
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let on_ok = {
        let done = done.clone();
        Closure::once_into_js(move |_: JsValue| {
            if let Some(done) = done.borrow_mut().take() {
                done(true);
            }
        })
    };
    let on_err = Closure::once_into_js(move |_: JsValue| {
        if let Some(done) = done.borrow_mut().take() {
            done(copy_with_textarea(&text, button.as_ref()));
        }
    });
    let then = js_sys::Reflect::get(&promise, &JsValue::from_str("then"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&promise, &on_ok, &on_err);
    }
}

/// The older way: select the text in an off-screen textarea and copy the selection. Focus
/// returns to `button` afterwards.
fn copy_with_textarea(text: &str, button: Option<&web_sys::HtmlElement>) -> bool {
    let document = gloo::utils::document();
    let Ok(area) = document
        .create_element("textarea")
        .map(|el| el.unchecked_into::<web_sys::HtmlTextAreaElement>())
    else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("aria-hidden", "true");
    // Off screen by class, not by a style attribute: the Content-Security-Policy forbids those.
    area.set_class_name("copy-cite-scratch");
    let body = gloo::utils::body();
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let copied = document
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    if let Some(b) = button {
        let _ = b.focus();
    }
    copied
}
