//! Every URL of the site, in one table, with the page each one shows.
//!
//! A page exists at the top level (the latest briefing) and, unless it is about the whole
//! dataset, under `/as-of/:briefing/` (an earlier snapshot): the table names both paths on one
//! line and [`route_table!`] writes the [`Route`] enum and the mapping to and from [`View`].
//! Paths end in `/` so that a static host serves the prerendered `…/index.html` directly.
//! Titles and descriptions are beside it, in [`titles`].

pub mod titles;

use counterpoint_core::model::Store;
use yew_router::prelude::*;

pub use titles::page_meta;

/// A page, independent of the snapshot it is seen in.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum View {
    /// The briefing: bottom line, key figures, every topic.
    Home,
    /// One topic, by id.
    Topic(String),
    /// All topics side by side.
    Compare,
    /// The list of sources.
    Sources,
    /// One source, by id.
    Source(String),
    /// Every dated event.
    Timeline,
    /// Every figure, the tariff chart.
    Figures,
    /// Who's who.
    People,
    /// Contested claims.
    Contested,
    /// Sources × topics.
    Coverage,
    /// The commitments and predictions ledger.
    Commitments,
    /// Who raised what: topics × parties, from whose voices speak.
    Raised,
    /// Numbers that disagree: figures for one quantity side by side.
    Numbers,
    /// Search results.
    Search,
    /// What changed between two briefings (`None`: the first and the latest).
    Changes(Option<(String, String)>),
    /// The dataset page: what is showing, open another.
    Data,
    /// The reader's own briefing.
    MyBriefing,
    /// The glossary: every term with its definition and sources.
    Glossary,
    /// No page at this address.
    NotFound,
}

/// Writes [`Route`] from the table below, with [`Route::split`] and [`View::at`].
///
/// `snapshot`: pages seen in a snapshot, as `View(field?): Latest "/path/", AsOf "/as-of/…/";`.
/// `dataset`: pages about the whole dataset, one path each. What changed (two snapshots) and
/// not found are written out in the macro, since they fit neither form.
macro_rules! route_table {
    (
        snapshot { $( $view:ident $(($field:ident))? : $latest:ident $path:literal, $as_of:ident $as_of_path:literal; )* }
        dataset { $( $dview:ident : $droute:ident $dpath:literal; )* }
    ) => {
        /// Every URL of the site (see the table in `routes/mod.rs`).
        #[derive(Clone, Routable, PartialEq, Eq, Debug)]
        #[allow(missing_docs)]
        pub enum Route {
            $(
                #[at($path)]
                $latest $({ $field: String })?,
                #[at($as_of_path)]
                $as_of { briefing: String $(, $field: String)? },
            )*
            $(
                #[at($dpath)]
                $droute,
            )*
            #[at("/changes/")]
            Changes,
            #[at("/changes/:from/:to/")]
            ChangesBetween { from: String, to: String },
            #[not_found]
            #[at("/404/")]
            NotFound,
        }

        impl Route {
            /// One route of every variant (fields filled with `x`), so that a test can ask
            /// whether each kind of page is prerendered.
            pub fn one_of_each() -> Vec<Route> {
                vec![
                    $(
                        Route::$latest $({ $field: "x".into() })?,
                        Route::$as_of { briefing: "x".into() $(, $field: "x".into())? },
                    )*
                    $( Route::$droute, )*
                    Route::Changes,
                    Route::ChangesBetween { from: "x".into(), to: "x".into() },
                    Route::NotFound,
                ]
            }

            /// The snapshot (briefing id, `None` for the latest) and the page.
            pub fn split(self) -> (Option<String>, View) {
                match self {
                    $(
                        Route::$latest $({ $field })? => (None, View::$view $(($field))?),
                        Route::$as_of { briefing $(, $field)? } => (Some(briefing), View::$view $(($field))?),
                    )*
                    $( Route::$droute => (None, View::$dview), )*
                    Route::Changes => (None, View::Changes(None)),
                    Route::ChangesBetween { from, to } => (None, View::Changes(Some((from, to)))),
                    Route::NotFound => (None, View::NotFound),
                }
            }
        }

        impl View {
            /// The route of this page in a snapshot (`None`: the latest briefing). Pages about
            /// the whole dataset, or about two snapshots, have one route whatever the snapshot.
            pub fn at(&self, briefing: Option<&str>) -> Route {
                match (self.clone(), briefing.map(str::to_string)) {
                    $(
                        (View::$view $(($field))?, None) => Route::$latest $({ $field })?,
                        (View::$view $(($field))?, Some(briefing)) => Route::$as_of { briefing $(, $field)? },
                    )*
                    $( (View::$dview, _) => Route::$droute, )*
                    (View::Changes(None), _) => Route::Changes,
                    (View::Changes(Some((from, to))), _) => Route::ChangesBetween { from, to },
                    (View::NotFound, _) => Route::NotFound,
                }
            }
        }
    };
}

route_table! {
    snapshot {
        Home: Home "/", HomeAt "/as-of/:briefing/";
        Topic(id): Topic "/topics/:id/", TopicAt "/as-of/:briefing/topics/:id/";
        Compare: Compare "/compare/", CompareAt "/as-of/:briefing/compare/";
        Sources: Sources "/sources/", SourcesAt "/as-of/:briefing/sources/";
        Source(id): Source "/sources/:id/", SourceAt "/as-of/:briefing/sources/:id/";
        Timeline: Timeline "/timeline/", TimelineAt "/as-of/:briefing/timeline/";
        Figures: Figures "/figures/", FiguresAt "/as-of/:briefing/figures/";
        People: People "/people/", PeopleAt "/as-of/:briefing/people/";
        Contested: Contested "/contested/", ContestedAt "/as-of/:briefing/contested/";
        Coverage: Coverage "/coverage/", CoverageAt "/as-of/:briefing/coverage/";
        Commitments: Commitments "/commitments/", CommitmentsAt "/as-of/:briefing/commitments/";
        Raised: Raised "/raised/", RaisedAt "/as-of/:briefing/raised/";
        Numbers: Numbers "/numbers/", NumbersAt "/as-of/:briefing/numbers/";
        Search: Search "/search/", SearchAt "/as-of/:briefing/search/";
    }
    dataset {
        Data: Data "/data/";
        MyBriefing: MyBriefing "/my/";
        Glossary: Glossary "/glossary/";
    }
}

impl View {
    /// `true` for the pages of the full app (their static page loads it at once): search,
    /// the Dataset page and My briefing work on the reader's own data.
    pub fn needs_workshop(&self) -> bool {
        matches!(self, View::Search | View::Data | View::MyBriefing)
    }
}

/// The Speculation Rules block of every static page: Chromium prerenders a reading page when
/// the pointer rests on a link to it. Left out: the pages of the full app (a prerender runs the
/// page's scripts), any `?dataset=` link, and the files beside the pages. Patterns are relative
/// to `<base href>`, so one block fits every page and every base path.
pub fn speculation_rules() -> String {
    let mut excluded: Vec<String> = Route::one_of_each()
        .into_iter()
        .filter(|r| r.clone().split().1.needs_workshop())
        .map(|r| {
            let path = r.to_path();
            let pattern: Vec<&str> = path
                .trim_matches('/')
                .split('/')
                .map(|part| if part == "x" { "*" } else { part })
                .collect();
            format!("{}/*", pattern.join("/"))
        })
        .collect();
    excluded.extend(
        [
            "datasets/*",
            "*.md",
            "*.bib",
            "*.ris",
            "*.xml",
            "*.json",
            "*.svg",
            "*.png",
        ]
        .map(String::from),
    );
    let mut not: Vec<serde_json::Value> = excluded.into_iter().map(Into::into).collect();
    not.push(serde_json::json!({ "pathname": "*", "search": "*dataset=*" }));
    serde_json::json!({
        "prerender": [{
            "where": { "and": [ { "href_matches": "*" }, { "not": { "href_matches": not } } ] },
            "eagerness": "moderate"
        }]
    })
    .to_string()
}

/// Every path the site has, for prerendering: each page of the latest briefing at the top
/// level and each page of earlier briefings under `/as-of/…/`.
pub fn all_routes(store: &Store) -> Vec<Route> {
    let d = &store.dataset;
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
    // The ledger and the numbers only where the dataset has them; who raised what always.
    if !d.commitments.is_empty() {
        views.push(View::Commitments);
    }
    views.push(View::Raised);
    if !d.number_groups.is_empty() {
        views.push(View::Numbers);
    }
    views.extend(d.topics.iter().map(|t| View::Topic(t.id.clone())));
    views.extend(d.sources.iter().map(|s| View::Source(s.id.clone())));
    let mut out = vec![Route::Changes, Route::Data, Route::MyBriefing];
    if !d.glossary.is_empty() {
        out.push(Route::Glossary);
    }
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
mod tests;
