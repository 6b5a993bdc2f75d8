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

/// Every kind of page, by an exhaustive match: a new `View` variant does not compile until it
/// is listed here, and then [`every_kind_of_page_is_prerendered`] fails until `all_routes`
/// lists it (the static site would otherwise fall back to the not-found page for it).
fn kind(view: &View) -> &'static str {
    match view {
        View::Home => "home",
        View::Topic(_) => "topic",
        View::Compare => "compare",
        View::Sources => "sources",
        View::Source(_) => "source",
        View::Timeline => "timeline",
        View::Figures => "figures",
        View::People => "people",
        View::Contested => "contested",
        View::Coverage => "coverage",
        View::Commitments => "commitments",
        View::Raised => "raised",
        View::Numbers => "numbers",
        View::Search => "search",
        View::Changes(None) => "changes",
        View::Changes(Some(_)) => "changes-between",
        View::Data => "data",
        View::MyBriefing => "my-briefing",
        View::Glossary => "glossary",
        View::NotFound => "not-found",
    }
}

#[test]
fn every_kind_of_page_is_prerendered() {
    let store = embedded();
    let prerendered: std::collections::BTreeSet<(bool, &str)> = all_routes(&store)
        .into_iter()
        .map(|r| {
            let (briefing, view) = r.split();
            (briefing.is_some(), kind(&view))
        })
        .collect();
    for route in Route::one_of_each() {
        let (briefing, view) = route.clone().split();
        if view == View::NotFound {
            // Written apart, as 404.html.
            continue;
        }
        assert!(
            prerendered.contains(&(briefing.is_some(), kind(&view))),
            "{route:?} is in the route table but never prerendered (all_routes)"
        );
    }
}

#[test]
fn speculation_rules_leave_out_every_page_of_the_full_app() {
    let rules: serde_json::Value = serde_json::from_str(&speculation_rules()).unwrap();
    let not = &rules["prerender"][0]["where"]["and"][1]["not"]["href_matches"];
    let patterns: Vec<&str> = not
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str())
        .collect();
    for p in [
        "my/*",
        "data/*",
        "search/*",
        "as-of/*/search/*",
        "datasets/*",
        "*.json",
    ] {
        assert!(patterns.contains(&p), "{p} missing from {patterns:?}");
    }
    assert!(
        !patterns.contains(&"topics/*/*"),
        "reading pages are prerendered"
    );
    assert_eq!(
        not.as_array().unwrap().last().unwrap()["search"],
        "*dataset=*"
    );
}
