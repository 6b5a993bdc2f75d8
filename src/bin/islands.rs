//! The static page's entry point: hydrates its islands (see `counterpoint::islands`).

fn main() {
    counterpoint::islands::start();
}
