//! Page titles, descriptions and the list of prerendered paths: shared by the prerenderer
//! (static HTML) and the browser (document title on navigation).

use crate::app::{Route, View};
use crate::model::Store;
use yew_router::Routable;

/// `<title>` and meta description of a route.
pub fn page_meta(store: &Store, route: &Route) -> (String, String) {
    let d = &store.data;
    let (briefing, view) = route.clone().split();
    let when = briefing
        .as_deref()
        .and_then(|b| d.briefings.iter().find(|x| x.id == b))
        .or(d.briefings.last())
        .map(|b| format!(" (as of {})", b.as_of.human()))
        .unwrap_or_default();
    let site = "Counterpoint";
    let (title, desc) = match &view {
        View::Home => (
            format!("{}{when}", d.title),
            format!(
                "{}. Bottom line, key figures and every topic with its status, each line sourced.",
                d.subtitle
            ),
        ),
        View::Topic(id) => match store.topic(id) {
            Some(t) => (
                format!("{}{when}", t.title),
                format!("{} {}", t.question, t.summary),
            ),
            None => ("Topic not found".into(), String::new()),
        },
        View::Compare => (
            format!("Compare all topics{when}"),
            format!("Every topic of {} side by side, with status.", d.title),
        ),
        View::Sources => (
            "Sources".into(),
            format!("The articles behind {}.", d.title),
        ),
        View::Source(id) => match store.source(id) {
            Some(s) => (
                s.title.clone(),
                format!(
                    "{}, {}: metadata, quality notes and everything cited from it.",
                    store.outlet_name(s),
                    s.published.human()
                ),
            ),
            None => ("Source not found".into(), String::new()),
        },
        View::Changes(pair) => {
            let name = |id: &str| {
                d.briefings
                    .iter()
                    .find(|b| b.id == id)
                    .map(|b| b.title.clone())
                    .unwrap_or_else(|| id.to_string())
            };
            let (a, b) = match pair {
                Some((a, b)) => (name(a), name(b)),
                None => (
                    d.briefings
                        .first()
                        .map(|b| b.title.clone())
                        .unwrap_or_default(),
                    d.briefings
                        .last()
                        .map(|b| b.title.clone())
                        .unwrap_or_default(),
                ),
            };
            (format!("What changed: {a} → {b}"), format!("How each side's positions, the figures and the status of every topic moved between {a} and {b}."))
        }
        View::Timeline => (format!("Timeline{when}"), format!("Every dated event of {}, each side's move and the counter-move, with sources.", d.title)),
        View::Figures => (format!("Key figures and the tariff chart{when}"), format!("Every figure in {} with its date and source, the headline tariffs over time, and comparisons computed from the data.", d.title)),
        View::People => (format!("Who's who{when}"), format!("Everyone named in {}: side, role, what they said and on which topics.", d.title)),
        View::Contested => (format!("Contested claims{when}"), "Where the parties or the outlets tell different stories, side by side with speaker, date and source.".into()),
        View::Coverage => (format!("Coverage across sources{when}"), "Which outlet covered which topic, the blindspots, and whose voices each outlet quotes.".into()),
        View::Search => ("Search".into(), format!("Search quotes, positions, events, figures, people and sources in {}.", d.title)),
        View::Data => (
            "Dataset".into(),
            format!("Which dataset is showing ({}), and how to open another one from a file or a link.", d.title),
        ),
        View::MyBriefing => (
            "My briefing".into(),
            format!("Your own briefing on {}: the topics, quotes, events and figures you pinned, with your notes. Stored in your browser.", d.title),
        ),
        View::NotFound => (
            "Page not found".into(),
            "There is no page at this address.".into(),
        ),
    };
    (format!("{title} · {site}"), desc)
}

/// Every path the site has, for prerendering: each page of the latest briefing at the top
/// level and each page of earlier briefings under `/as-of/…/`.
pub fn all_routes(store: &Store) -> Vec<Route> {
    let d = &store.data;
    let latest = d.briefings.last().map(|b| b.id.clone());
    let mut snapshots: Vec<Option<String>> = vec![None];
    snapshots.extend(
        d.briefings
            .iter()
            .filter(|b| Some(&b.id) != latest.as_ref())
            .map(|b| Some(b.id.clone())),
    );
    let mut views = vec![
        View::Home,
        View::Compare,
        View::Sources,
        View::Timeline,
        View::Figures,
        View::People,
        View::Contested,
        View::Coverage,
        View::Search,
    ];
    views.extend(d.topics.iter().map(|t| View::Topic(t.id.clone())));
    views.extend(d.sources.iter().map(|s| View::Source(s.id.clone())));
    let mut out = vec![Route::Changes, Route::Data, Route::MyBriefing];
    for (i, a) in d.briefings.iter().enumerate() {
        for b in &d.briefings[i + 1..] {
            out.push(View::Changes(Some((a.id.clone(), b.id.clone()))).at(None));
        }
    }
    for s in &snapshots {
        for v in &views {
            out.push(v.at(s.as_deref()));
        }
    }
    out
}

/// The file a route is written to under the site root: `topics/tariffs/index.html`.
pub fn route_file(route: &Route) -> String {
    let path = route.to_path();
    let trimmed = path.trim_matches('/');
    if trimmed.is_empty() {
        "index.html".into()
    } else {
        format!("{trimmed}/index.html")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::embedded;

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
                id: store.data.topics[0].id.clone(),
            },
        );
        assert!(
            t.starts_with(&store.data.topics[0].title)
                && t.contains("as of")
                && t.ends_with("Counterpoint"),
            "{t}"
        );
    }
}
