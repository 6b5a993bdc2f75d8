//! IndexedDB: where a tab keeps the dataset it opened (too large for sessionStorage, whose
//! quota is a few MB of text). One database, one object store, values as the page hands them
//! over (structured clone: no JSON round trip). Keys begin with the time of writing, so the
//! oldest sort first and [`put`] can forget the entries of tabs closed long ago.
//!
//! Used from the page and from the validator worker (crates/validator), which writes and reads the large entries so that cloning them never blocks the page:
//! hence only `js_sys::global()`, no `window`.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const DB: &str = "counterpoint";
const STORE: &str = "datasets";
/// Entries kept: this tab's and those of the few tabs opened most recently (a closed tab
/// leaves its entry behind; nothing tells the page a tab closed).
const KEEP: u32 = 4;

fn message(e: &JsValue, fallback: &str) -> String {
    // IndexedDB fails with DOMExceptions (QuotaExceededError and the like).
    e.dyn_ref::<web_sys::DomException>()
        .map(|d| d.message())
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| fallback.to_string())
}

/// A promise settled by a request's success (its result) or error.
fn request(req: &web_sys::IdbRequest) -> JsFuture {
    let req = req.clone();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let r = req.clone();
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &r.result().unwrap_or(JsValue::UNDEFINED));
        });
        let r = req.clone();
        let err = Closure::once_into_js(move |_: web_sys::Event| {
            let e = r
                .error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or(JsValue::UNDEFINED);
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(err.unchecked_ref()));
    });
    JsFuture::from(promise)
}

/// A promise settled when a transaction commits, or rejected when it aborts (a quota error
/// shows here).
fn committed(tx: &web_sys::IdbTransaction) -> JsFuture {
    let tx = tx.clone();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let t = tx.clone();
        let abort = Closure::once_into_js(move |_: web_sys::Event| {
            let e = t.error().map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        tx.set_onabort(Some(abort.unchecked_ref()));
        tx.set_onerror(None);
    });
    JsFuture::from(promise)
}

async fn open() -> Result<web_sys::IdbDatabase, String> {
    // `indexedDB` of the window or the worker; reading it throws where storage is denied.
    let factory = js_sys::Reflect::get(&js_sys::global(), &"indexedDB".into())
        .ok()
        .and_then(|f| f.dyn_into::<web_sys::IdbFactory>().ok())
        .ok_or_else(|| "this browser does not allow IndexedDB for this site".to_string())?;
    let req = factory
        .open_with_u32(DB, 1)
        .map_err(|e| message(&e, "IndexedDB refused"))?;
    let r = req.clone();
    let upgrade = Closure::once_into_js(move |_: web_sys::Event| {
        if let Ok(db) = r
            .result()
            .and_then(|db| db.dyn_into::<web_sys::IdbDatabase>())
        {
            let _ = db.create_object_store(STORE);
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let db = request(&req)
        .await
        .map_err(|e| message(&e, "IndexedDB could not be opened"))?;
    db.dyn_into()
        .map_err(|_| "IndexedDB gave no database".to_string())
}

fn store(
    db: &web_sys::IdbDatabase,
    mode: web_sys::IdbTransactionMode,
) -> Result<(web_sys::IdbTransaction, web_sys::IdbObjectStore), String> {
    let tx = db
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(|e| message(&e, "IndexedDB refused"))?;
    let store = tx
        .object_store(STORE)
        .map_err(|e| message(&e, "IndexedDB refused"))?;
    Ok((tx, store))
}

/// A new key for an entry: the time (fixed width, so keys sort by age) and a random tail.
pub fn new_key() -> String {
    format!(
        "{:015}-{:08x}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * f64::from(u32::MAX)) as u32
    )
}

/// Writes `value` under `key` and forgets all but the [`KEEP`] newest entries (never `key`).
/// `Err`: why not (no IndexedDB, over quota), in words for the reader.
pub async fn put(key: &str, value: &JsValue) -> Result<(), String> {
    let db = open().await?;
    let (tx, s) = store(&db, web_sys::IdbTransactionMode::Readwrite)?;
    s.put_with_key(value, &key.into())
        .map_err(|e| message(&e, "IndexedDB refused the dataset"))?;
    committed(&tx)
        .await
        .map_err(|e| message(&e, "IndexedDB refused the dataset"))?;
    // Forgetting old entries is housekeeping: its failure loses nothing.
    if let Ok((tx, s)) = store(&db, web_sys::IdbTransactionMode::Readwrite) {
        if let Ok(req) = s.get_all_keys() {
            if let Ok(keys) = request(&req).await {
                let keys: js_sys::Array = keys.unchecked_into();
                let old = keys.length().saturating_sub(KEEP);
                for k in keys.iter().take(old as usize) {
                    if k.as_string().as_deref() != Some(key) {
                        let _ = s.delete(&k);
                    }
                }
                let _ = committed(&tx).await;
            }
        }
    }
    db.close();
    Ok(())
}

/// The value under `key` (`Ok(None)`: none).
pub async fn get(key: &str) -> Result<Option<JsValue>, String> {
    let db = open().await?;
    let (_tx, s) = store(&db, web_sys::IdbTransactionMode::Readonly)?;
    let req = s
        .get(&key.into())
        .map_err(|e| message(&e, "IndexedDB refused"))?;
    let value = request(&req)
        .await
        .map_err(|e| message(&e, "the kept dataset could not be read"))?;
    db.close();
    Ok((!value.is_undefined()).then_some(value))
}

/// Forgets `key`, in the background.
pub fn delete(key: &str) {
    let key = key.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(db) = open().await {
            if let Ok((tx, s)) = store(&db, web_sys::IdbTransactionMode::Readwrite) {
                let _ = s.delete(&key.into());
                let _ = committed(&tx).await;
            }
            db.close();
        }
    });
}
