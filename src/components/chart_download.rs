//! "PNG" beside the chart's SVG download: draws the static SVG file (same origin) on a canvas
//! and saves it as a PNG at twice its size. An island; it renders nothing until it runs, so
//! with JavaScript off the page offers the SVG link alone.

use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone, Serialize, Deserialize)]
pub struct ChartPngProps {
    /// Address of the static SVG file.
    pub svg: String,
    /// File name of the PNG.
    pub name: String,
}

/// Calls `obj.name(args…)` (canvas methods, without web-sys bindings for them).
fn call(obj: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(obj, &name.into())?.dyn_into()?;
    f.apply(obj, &args.iter().collect::<js_sys::Array>())
}

fn save_png(svg: &str, name: String, done: Callback<bool>) {
    let document = gloo::utils::document();
    let Ok(img) = document.create_element("img") else {
        done.emit(false);
        return;
    };
    let on_error = {
        let done = done.clone();
        gloo::events::EventListener::once(&img, "error", move |_| done.emit(false))
    };
    let target = img.clone();
    let on_load = gloo::events::EventListener::once(&img, "load", move |_| {
        let draw = || -> Result<(), JsValue> {
            let img: &JsValue = target.as_ref();
            let w = js_sys::Reflect::get(img, &"naturalWidth".into())?
                .as_f64()
                .unwrap_or(760.0);
            let h = js_sys::Reflect::get(img, &"naturalHeight".into())?
                .as_f64()
                .unwrap_or(400.0);
            let canvas = gloo::utils::document().create_element("canvas")?;
            canvas.set_attribute("width", &format!("{}", (w * 2.0) as u32))?;
            canvas.set_attribute("height", &format!("{}", (h * 2.0) as u32))?;
            let ctx = call(canvas.as_ref(), "getContext", &["2d".into()])?;
            call(
                &ctx,
                "drawImage",
                &[
                    img.clone(),
                    0.into(),
                    0.into(),
                    (w * 2.0).into(),
                    (h * 2.0).into(),
                ],
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
        done.emit(draw().is_ok());
    });
    // The listeners live until the image settles.
    std::mem::forget((on_load, on_error));
    let _ = img.set_attribute("src", svg);
}

#[component]
pub fn ChartPng(props: &ChartPngProps) -> Html {
    let ready = use_state(|| false);
    let failed = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| ready.set(true));
    }
    if !*ready {
        return html! {};
    }
    let onclick = {
        let (props, failed) = (props.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| {
            let failed = failed.clone();
            save_png(
                &props.svg,
                props.name.clone(),
                Callback::from(move |ok: bool| failed.set(!ok)),
            );
        })
    };
    html! {
        <>
            <button type="button" class="link-button chart-png" {onclick}>{"PNG"}</button>
            if *failed { <span class="muted" role="status">{" The PNG could not be made in this browser; the SVG opens in any image viewer."}</span> }
        </>
    }
}
