//! Reading files the reader picked or dropped, and dropping files anywhere on the page.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A file's name and size in bytes.
pub fn name_and_size(file: &web_sys::File) -> (String, usize) {
    (file.name(), file.size() as usize)
}

/// The whole file as text. `Err` says why, in words for the reader.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    JsFuture::from(file.text())
        .await
        .map(|t| t.as_string().unwrap_or_default())
        .map_err(|_| "the file could not be read (was it moved or deleted?)".to_string())
}

/// The first file of an `<input type=file>`'s change event.
pub fn first_file_of_input(e: &web_sys::Event) -> Option<web_sys::File> {
    let input = e.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    input.files()?.get(0)
}

/// Handles files dragged anywhere onto the window: while they hover, the root element has
/// `data-drop="true"` (the page shows a drop hint); a dropped file goes to `on_file`.
/// Listening stops when the returned value is dropped.
pub fn on_window_file_drop(on_file: impl Fn(web_sys::File) + 'static) -> FileDropListeners {
    use gloo::events::{EventListener, EventListenerOptions};
    let window = gloo::utils::window();
    let options = EventListenerOptions::enable_prevent_default();
    let set_hint = |on: bool| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = if on {
                root.set_attribute("data-drop", "true")
            } else {
                root.remove_attribute("data-drop")
            };
        }
    };
    let has_files = |e: &web_sys::Event| {
        e.dyn_ref::<web_sys::DragEvent>()
            .and_then(|d| d.data_transfer())
            .is_some_and(|t| {
                t.types()
                    .iter()
                    .any(|x| x.as_string().as_deref() == Some("Files"))
            })
    };
    let over = EventListener::new_with_options(&window, "dragover", options, move |e| {
        if has_files(e) {
            e.prevent_default();
            set_hint(true);
        }
    });
    let leave = EventListener::new(&window, "dragleave", move |e| {
        // Leaving the window (not just moving between elements).
        let out = e
            .dyn_ref::<web_sys::DragEvent>()
            .is_some_and(|d| d.related_target().is_none());
        if out {
            set_hint(false);
        }
    });
    let on_drop = EventListener::new_with_options(&window, "drop", options, move |e| {
        set_hint(false);
        let file = e
            .dyn_ref::<web_sys::DragEvent>()
            .and_then(|d| d.data_transfer())
            .and_then(|t| t.files())
            .and_then(|f| f.get(0));
        if let Some(file) = file {
            e.prevent_default();
            on_file(file);
        }
    });
    FileDropListeners {
        _listeners: [over, leave, on_drop],
    }
}

/// The listeners of [`on_window_file_drop`]; dropping this removes them.
pub struct FileDropListeners {
    _listeners: [gloo::events::EventListener; 3],
}

/// Where a file dropped on a static page waits for the full app (which the drop starts): a
/// property of `window`, since the islands and the full app are separate WebAssembly modules.
const DROPPED: &str = "counterpointDroppedFile";

/// Keeps `file` for the full app to open when it starts.
pub fn stash_dropped(file: &web_sys::File) {
    let _ = js_sys::Reflect::set(&gloo::utils::window(), &DROPPED.into(), file);
}

/// Whether a dropped file waits for the full app (the page's start script keeps one dropped
/// before the islands ran under the same name).
pub fn has_dropped() -> bool {
    js_sys::Reflect::has(&gloo::utils::window(), &DROPPED.into()).unwrap_or(false)
}

/// The file dropped before the full app started, once.
pub fn take_dropped() -> Option<web_sys::File> {
    let window = gloo::utils::window();
    let file = js_sys::Reflect::get(&window, &DROPPED.into())
        .ok()?
        .dyn_into::<web_sys::File>()
        .ok()?;
    let _ = js_sys::Reflect::delete_property(&window, &DROPPED.into());
    Some(file)
}
