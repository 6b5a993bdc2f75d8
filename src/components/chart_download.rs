//! "PNG" beside the chart's SVG download: draws the static SVG file (same origin) on a canvas
//! and saves it as a PNG at twice its size. The button is static HTML, shown only once the
//! islands binary runs (`html[data-live]`), and one delegated listener ([`listen`]) handles
//! it: no Yew island, so it costs the islands binary little.

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// The PNG button for the SVG at `svg`, saving `name`.
pub fn png_button(svg: &str, name: &str) -> Html {
    html! {
        <>
            <button type="button" class="link-button chart-png" data-png-from={svg.to_string()} data-png-name={name.to_string()}>{"PNG"}</button>
            <span class="chart-png-status muted" role="status"></span>
        </>
    }
}

/// Calls `obj.name(args…)` (canvas methods, without web-sys bindings for them).
fn call(obj: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(obj, &name.into())?.dyn_into()?;
    f.apply(obj, &args.iter().collect::<js_sys::Array>())
}

/// Draws the image at `svg` on a canvas at twice its size and saves it as `name`; `done`
/// gets whether it worked.
fn save_png(svg: &str, name: String, done: impl Fn(bool) + Clone + 'static) {
    let Ok(img) = gloo::utils::document().create_element("img") else {
        done(false);
        return;
    };
    let on_error = {
        let done = done.clone();
        gloo::events::EventListener::once(&img, "error", move |_| done(false))
    };
    let target = img.clone();
    let on_load = gloo::events::EventListener::once(&img, "load", move |_| {
        let draw = || -> Result<(), JsValue> {
            let img: &JsValue = target.as_ref();
            let size = |p: &str| {
                js_sys::Reflect::get(img, &p.into()).map(|v| v.as_f64().unwrap_or(0.0) * 2.0)
            };
            let (w, h) = (size("naturalWidth")?, size("naturalHeight")?);
            let canvas = gloo::utils::document().create_element("canvas")?;
            canvas.set_attribute("width", &(w as u32).to_string())?;
            canvas.set_attribute("height", &(h as u32).to_string())?;
            let ctx = call(canvas.as_ref(), "getContext", &["2d".into()])?;
            call(
                &ctx,
                "drawImage",
                &[img.clone(), 0.into(), 0.into(), w.into(), h.into()],
            )?;
            let url = call(canvas.as_ref(), "toDataURL", &["image/png".into()])?
                .as_string()
                .unwrap_or_default();
            let a: web_sys::HtmlAnchorElement =
                gloo::utils::document().create_element("a")?.dyn_into()?;
            a.set_href(&url);
            a.set_download(&name);
            a.click();
            Ok(())
        };
        done(draw().is_ok());
    });
    // The listeners live until the image settles (one of them fires once).
    std::mem::forget((on_load, on_error));
    let _ = img.set_attribute("src", svg);
}

/// One listener for every PNG button of the page (and of pages the full app renders later).
pub fn listen() {
    gloo::events::EventListener::new(&gloo::utils::document(), "click", |e| {
        let button = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("[data-png-from]").ok().flatten());
        let Some(button) = button else {
            return;
        };
        let attr = |n: &str| button.get_attribute(n).unwrap_or_default();
        let status = button.next_element_sibling();
        save_png(&attr("data-png-from"), attr("data-png-name"), move |ok| {
            if let Some(s) = &status {
                s.set_text_content(Some(if ok {
                    ""
                } else {
                    " The PNG could not be made in this browser; the SVG opens in any image viewer."
                }));
            }
        });
    })
    .forget();
}
