//! Browser entry point.

fn main() {
    counterpoint::app::start();
}
