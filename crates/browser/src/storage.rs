//! localStorage (kept across visits: My briefing, the theme) and sessionStorage (this tab
//! only: the dataset opened in it).

/// Which of the browser's two key-value stores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// `localStorage`: every tab of this site, across visits.
    Local,
    /// `sessionStorage`: this tab, across reloads.
    Session,
}

/// The one accessor. `Err` says in plain words why there is none (private mode, a policy).
fn storage(area: Area) -> Result<web_sys::Storage, String> {
    let window = gloo::utils::window();
    let found = match area {
        Area::Local => window.local_storage(),
        Area::Session => window.session_storage(),
    };
    match found {
        Ok(Some(s)) => Ok(s),
        _ => Err(match area {
            Area::Local => "this browser does not allow local storage for this site".into(),
            Area::Session => "this browser does not allow session storage for this site".into(),
        }),
    }
}

fn refused(e: wasm_bindgen::JsValue) -> String {
    super::js_message(&e, "storage refused the data")
}

/// What `key` holds (`Ok(None)`: nothing).
pub fn get(area: Area, key: &str) -> Result<Option<String>, String> {
    storage(area)?.get_item(key).map_err(refused)
}

/// Writes `key`. `Err` when storage is missing or refuses (quota).
pub fn set(area: Area, key: &str, value: &str) -> Result<(), String> {
    storage(area)?.set_item(key, value).map_err(refused)
}

/// Forgets `key` (nothing happens when storage is missing).
pub fn remove(area: Area, key: &str) {
    if let Ok(s) = storage(area) {
        let _ = s.remove_item(key);
    }
}

/// Calls `on_change(key)` when another tab changes localStorage (`None`: it was cleared).
/// Listening stops when the returned listener is dropped.
pub fn on_other_tab_change(
    on_change: impl Fn(Option<String>) + 'static,
) -> gloo::events::EventListener {
    use wasm_bindgen::JsCast;
    gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |e| {
        let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
        on_change(key);
    })
}
