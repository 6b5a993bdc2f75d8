//! Browser entry point: hydrate the prerendered page (or render into an empty body).

fn main() {
    #[cfg(feature = "hydration")]
    yew::Renderer::<counterpoint::app::App>::new().hydrate();
    #[cfg(not(feature = "hydration"))]
    yew::Renderer::<counterpoint::app::App>::new().render();
}
