//! Fetching a dataset from this site (`?dataset=` links, the Dataset page's address field).

use counterpoint_core::model::size_limit_problem;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// GETs a same-origin URL as text, refusing redirects elsewhere and oversized answers. `Err`
/// says why, in words for the reader.
pub async fn fetch_same_origin_text(url: &str) -> Result<String, String> {
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    // The second guard after `check_dataset_url`: the browser itself refuses other origins.
    init.set_mode(web_sys::RequestMode::SameOrigin);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    let request = web_sys::Request::new_with_str_and_init(url, &init)
        .map_err(|_| format!("“{url}” is not a valid address"))?;
    let response = JsFuture::from(gloo::utils::window().fetch_with_request(&request))
        .await
        .map_err(|_| {
            format!("“{url}” could not be fetched: it is not on this site, or the network is down")
        })?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "the browser returned no response".to_string())?;
    if !response.ok() {
        return Err(format!(
            "the site answered {} {} for “{url}”: check the path",
            response.status(),
            response.status_text()
        ));
    }
    let length = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.parse::<usize>().ok());
    if let Some(message) = length.and_then(|l| size_limit_problem(&format!("“{url}”"), l)) {
        return Err(message);
    }
    let text = response
        .text()
        .map_err(|_| "the answer could not be read".to_string())?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| "the answer is not text".to_string())
}
