//! Reading text the page already shows (so an island's props need not repeat it).

/// The text content of the element with id `id`, if there is one.
pub fn text_of(id: &str) -> Option<String> {
    gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.text_content())
}
