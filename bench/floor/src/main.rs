//! The smallest app on the product's stack: Yew 0.23 (hydration) + yew-router + serde_json, one
//! route switch and one JSON parse. Its size is the floor under any Counterpoint build
//! (`scripts/size-floor.sh`).
use yew::prelude::*;
use yew_router::prelude::*;
#[derive(Clone, Routable, PartialEq)]
enum Route {
    #[at("/")]
    Home,
    #[at("/t/:id/")]
    Topic { id: String },
    #[not_found]
    #[at("/404/")]
    NotFound,
}
#[derive(serde::Deserialize)]
struct Data {
    title: String,
    items: Vec<Item>,
}
#[derive(serde::Deserialize)]
struct Item {
    id: String,
    text: String,
}
fn switch(r: Route) -> Html {
    match r {
        Route::Home => html! {<p>{"home"}</p>},
        Route::Topic { id } => html! {<p>{id}</p>},
        Route::NotFound => html! {<p>{"404"}</p>},
    }
}
#[component]
fn App() -> Html {
    let d: Data = serde_json::from_str(r#"{"title":"t","items":[{"id":"a","text":"b"}]}"#).unwrap();
    html! { <BrowserRouter><h1>{d.title}</h1>{ for d.items.iter().map(|i| html!{<Link<Route> to={Route::Topic{id:i.id.clone()}}>{&i.text}</Link<Route>>}) }<Switch<Route> render={switch} /></BrowserRouter> }
}
fn main() {
    yew::Renderer::<App>::new().hydrate();
}
