//! Saving a text as a file the reader downloads.

use wasm_bindgen::JsCast;

/// Offers `text` as a file download named `filename` (Blob, object URL, a temporary
/// `<a download>`).
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let blob = gloo::file::Blob::new_with_options(text, Some(mime));
    let url = gloo::file::ObjectUrl::from(blob);
    let document = gloo::utils::document();
    let a = document
        .create_element("a")
        .map_err(|_| "the page cannot create a link".to_string())?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "the page cannot create a link".to_string())?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_hidden(true);
    let body = gloo::utils::body();
    let _ = body.append_child(&a);
    a.click();
    let _ = body.remove_child(&a);
    // The address must outlive the click until the browser has started the download; it is
    // revoked when `url` is dropped.
    gloo::timers::callback::Timeout::new(60_000, move || drop(url)).forget();
    Ok(())
}
