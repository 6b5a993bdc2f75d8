//! The route table: every route round-trips, has its own file, and has a title.
use super::*;
use counterpoint_core::model::embedded;

#[test]
fn every_route_round_trips_and_has_a_distinct_file() {
    let store = embedded();
    let routes = all_routes(&store);
    let mut files: Vec<_> = routes.iter().map(route_file).collect();
    for r in &routes {
        assert_eq!(
            Route::recognize(&r.to_path()).as_ref(),
            Some(r),
            "{}",
            r.to_path()
        );
        assert!(r.to_path().ends_with('/'));
    }
    let n = files.len();
    files.sort();
    files.dedup();
    assert_eq!(files.len(), n, "two routes share a file");
    assert!(files.contains(&"index.html".to_string()));
}

#[test]
fn paths_match_with_and_without_the_trailing_slash() {
    assert_eq!(
        Route::recognize("/topics/tariffs"),
        Some(Route::Topic {
            id: "tariffs".into()
        })
    );
    assert_eq!(
        Route::recognize("/topics/tariffs/"),
        Some(Route::Topic {
            id: "tariffs".into()
        })
    );
    assert_eq!(Route::recognize("/nowhere/at/all"), Some(Route::NotFound));
}

#[test]
fn titles_name_the_page_and_the_date() {
    let store = embedded();
    let (t, _) = page_meta(
        &store,
        &Route::Topic {
            id: store.dataset.topics[0].id.clone(),
        },
    );
    assert!(
        t.starts_with(&store.dataset.topics[0].title)
            && t.contains("as of")
            && t.ends_with("Counterpoint"),
        "{t}"
    );
}
