//! Registering the offline service worker.

use wasm_bindgen::prelude::*;

/// Registers `sw.js` at the site's base URL (written by the prerenderer with this build's
/// file list), scoped to the base, so the site works under a sub-path. Only where the browser
/// has service workers; a failure costs offline reading only, so it is logged, not shown.
pub fn register() {
    let navigator = gloo::utils::window().navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let Ok(Some(base)) = gloo::utils::document().base_uri() else {
        return;
    };
    let (Ok(script), Ok(scope)) = (
        web_sys::Url::new_with_base("sw.js", &base),
        web_sys::Url::new_with_base("./", &base),
    ) else {
        return;
    };
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(&scope.href());
    let registered = navigator
        .service_worker()
        .register_with_options(&script.href(), &options);
    let on_error = Closure::<dyn FnMut(JsValue)>::new(|e: JsValue| {
        web_sys::console::warn_2(&JsValue::from_str("offline reading unavailable:"), &e);
    });
    let _ = registered.catch(&on_error);
    // Called at most once per page load; it must outlive this function.
    on_error.forget();
}
