//! Page titles and descriptions: shared by the prerenderer (static HTML) and the browser
//! (document title on navigation).

use super::{Route, View};
use counterpoint_core::model::Store;

/// The main navigation, in order: each page's short label.
pub const NAV: &[(NavItem, &str)] = &[
    (NavItem::Home, "Briefing"),
    (NavItem::Compare, "Compare"),
    (NavItem::Timeline, "Timeline"),
    (NavItem::Figures, "Figures"),
    (NavItem::People, "People"),
    (NavItem::Contested, "Contested"),
    (NavItem::Coverage, "Coverage"),
    (NavItem::Commitments, "Commitments"),
    (NavItem::Raised, "Who raised what"),
    (NavItem::Numbers, "Numbers"),
    (NavItem::Changes, "What changed"),
    (NavItem::Sources, "Sources"),
    (NavItem::Search, "Search"),
    (NavItem::MyBriefing, "My briefing"),
];

/// A page of the main navigation (a [`View`] without its fields, so the list is a constant).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[allow(missing_docs)]
pub enum NavItem {
    Home,
    Compare,
    Timeline,
    Figures,
    People,
    Contested,
    Coverage,
    Commitments,
    Raised,
    Numbers,
    Changes,
    Sources,
    Search,
    MyBriefing,
}

impl NavItem {
    /// Whether the navigation shows it for this dataset: the ledger and the numbers only when
    /// the dataset has commitments or number groups (who raised what is always derived).
    pub fn shown(self, d: &counterpoint_core::model::Dataset) -> bool {
        match self {
            NavItem::Commitments => !d.commitments.is_empty(),
            NavItem::Numbers => !d.number_groups.is_empty(),
            _ => true,
        }
    }

    /// The page it leads to.
    pub fn view(self) -> View {
        match self {
            NavItem::Home => View::Home,
            NavItem::Compare => View::Compare,
            NavItem::Timeline => View::Timeline,
            NavItem::Figures => View::Figures,
            NavItem::People => View::People,
            NavItem::Contested => View::Contested,
            NavItem::Coverage => View::Coverage,
            NavItem::Commitments => View::Commitments,
            NavItem::Raised => View::Raised,
            NavItem::Numbers => View::Numbers,
            NavItem::Changes => View::Changes(None),
            NavItem::Sources => View::Sources,
            NavItem::Search => View::Search,
            NavItem::MyBriefing => View::MyBriefing,
        }
    }
}

/// `<title>` and meta description of a route.
pub fn page_meta(store: &Store, route: &Route) -> (String, String) {
    let d = &store.dataset;
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
        View::Commitments => (format!("Commitments and predictions{when}"), format!("Every promise, undertaking, prediction, threat, demand and stated intention in {}: who, the words, the deadline, and where each stands, with the time left.", d.title)),
        View::Raised => (format!("Who raised what{when}"), "Each topic against each party: raised in the party's own voices, only as reported by outlets or analysts, or not at all; and whose voices each source carries.".into()),
        View::Numbers => (format!("Numbers that disagree{when}"), format!("Figures in {} for one quantity given by different voices, side by side: what each measures, who gives it, and whether the sources reconcile them.", d.title)),
        View::Search => ("Search".into(), format!("Search quotes, positions, events, figures, people, sources and glossary terms in {}.", d.title)),
        View::Data => (
            "Dataset".into(),
            format!("Which dataset is showing ({}), and how to open another one from a file or a link.", d.title),
        ),
        View::MyBriefing => (
            "My briefing".into(),
            format!("Your own briefing on {}: the topics, quotes, events and figures you pinned, with your notes. Stored in your browser.", d.title),
        ),
        View::Glossary => (
            "Glossary".into(),
            format!("The terms of {}: reciprocal tariffs, export controls, rare earths, the 90-day pause and more, each defined from the sources.", d.title),
        ),
        View::NotFound => (
            "Page not found".into(),
            "There is no page at this address.".into(),
        ),
    };
    (format!("{title} · {site}"), desc)
}
