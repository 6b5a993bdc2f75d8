//! The reader's own briefing (`/my/`): each pinned item, in the reader's order, as that page
//! shows it, as of a snapshot.

use crate::analysis::Snapshot;
use crate::model::*;
use crate::my_briefing::{is_missing, item_title, DatasetBriefing, ItemKind, PinnedItem};
use crate::view::notes::{CitedSource, NoteBook};
use crate::view::topic::{point_views, PointView, QuoteView};

/// A pinned topic as My briefing shows it: status, summary and positions point by point.
#[derive(Clone, Debug, PartialEq)]
pub struct PinnedTopic<'a> {
    /// The topic.
    pub topic: &'a Topic,
    /// Has it come up by the snapshot? When not, the fields below are empty.
    pub known: bool,
    /// Its status as of the snapshot.
    pub status: Option<&'a StatusChange>,
    /// Its summary as of the snapshot.
    pub summary: Option<&'a str>,
    /// Points on which some party has spoken.
    pub points: Vec<PointView<'a>>,
}

/// What one pinned item shows.
#[derive(Clone, Debug, PartialEq)]
pub enum PinnedContent<'a> {
    /// The dataset has no such item (renamed or removed).
    Missing,
    /// A topic.
    Topic(PinnedTopic<'a>),
    /// A quote; `known` is false when it comes after the snapshot (then it is not shown).
    Quote {
        /// The quote and its speaker.
        quote: QuoteView<'a>,
        /// Known by the snapshot?
        known: bool,
        /// The first topic it speaks to, for a link.
        topic: Option<&'a Topic>,
    },
    /// An event; not shown unless `known`.
    Event {
        /// The event.
        event: &'a Event,
        /// Known by the snapshot?
        known: bool,
    },
    /// A figure; not shown unless `known`.
    Figure {
        /// The figure.
        figure: &'a Figure,
        /// Known by the snapshot?
        known: bool,
    },
}

/// One pinned item with what it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct PinnedEntry<'a> {
    /// The item as stored (kind, id, the reader's note).
    pub item: &'a PinnedItem,
    /// Its title as the page names it (for buttons and announcements).
    pub title: String,
    /// What it shows.
    pub content: PinnedContent<'a>,
}

impl PinnedEntry<'_> {
    /// Does the dataset no longer have it?
    pub fn is_missing(&self) -> bool {
        self.content == PinnedContent::Missing
    }
}

/// Everything My briefing shows for one dataset, as of one snapshot.
#[derive(Clone, Debug)]
pub struct MyBriefingView<'a> {
    /// The snapshot it is read through.
    pub snap: Snapshot<'a>,
    /// The reader's notes on the whole briefing.
    pub notes: &'a str,
    /// The pinned items, in the reader's order.
    pub items: Vec<PinnedEntry<'a>>,
}

impl<'a> MyBriefingView<'a> {
    /// The reader's briefing `mine` as of `snap`.
    pub fn new(snap: Snapshot<'a>, mine: &'a DatasetBriefing) -> Self {
        Self::of_items(snap, &mine.items, &mine.notes)
    }

    /// The briefing made of `items` with the reader's `notes`.
    pub fn of_items(snap: Snapshot<'a>, items: &'a [PinnedItem], notes: &'a str) -> Self {
        MyBriefingView {
            snap,
            notes,
            items: items.iter().map(|item| entry(&snap, item)).collect(),
        }
    }

    /// The sources the page cites, from the view's own fields, by marker number.
    pub fn notes(&self) -> Vec<CitedSource<'a>> {
        let mut p = NoteBook::new(self.snap);
        for e in &self.items {
            match &e.content {
                PinnedContent::Missing => {}
                PinnedContent::Topic(t) => {
                    if let Some(s) = t.status {
                        p.cites(&s.cites);
                    }
                    for pt in &t.points {
                        pt.note(&mut p);
                    }
                }
                PinnedContent::Quote { quote, known, .. } => {
                    if *known {
                        quote.note(&mut p);
                    }
                }
                PinnedContent::Event { event, known } => {
                    if *known {
                        p.cites(&event.cites);
                    }
                }
                PinnedContent::Figure { figure, known } => {
                    if *known {
                        p.cites(&figure.cites);
                    }
                }
            }
        }
        p.sources()
    }
}

fn entry<'a>(snap: &Snapshot<'a>, item: &'a PinnedItem) -> PinnedEntry<'a> {
    let store = snap.store;
    let title = item_title(store, item);
    let content = if is_missing(store, item) {
        PinnedContent::Missing
    } else {
        match item.kind {
            ItemKind::Topic => {
                let topic = store.topic(&item.id).expect("checked by is_missing");
                let known = snap.topic_known(topic);
                PinnedContent::Topic(PinnedTopic {
                    topic,
                    known,
                    status: if known { snap.status(topic) } else { None },
                    summary: if known { snap.summary(topic) } else { None },
                    points: if known {
                        point_views(snap, topic)
                    } else {
                        Vec::new()
                    },
                })
            }
            ItemKind::Quote => {
                let q = store.quote(&item.id).expect("checked by is_missing");
                PinnedContent::Quote {
                    quote: QuoteView::new(store, q),
                    known: snap.quote_known(q),
                    topic: q.topics.first().and_then(|id| store.topic(id)),
                }
            }
            ItemKind::Event => {
                let event = store.event(&item.id).expect("checked by is_missing");
                PinnedContent::Event {
                    event,
                    known: snap.event_known(event),
                }
            }
            ItemKind::Figure => {
                let figure = store.figure(&item.id).expect("checked by is_missing");
                PinnedContent::Figure {
                    figure,
                    known: snap.figure_known(figure),
                }
            }
        }
    };
    PinnedEntry {
        item,
        title,
        content,
    }
}
