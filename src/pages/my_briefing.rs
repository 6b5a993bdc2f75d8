//! "My briefing": what the reader pinned, in their order, rendered in full with citations and
//! their notes; reorder, remove (with undo), print, export as Markdown, export and import the
//! stored file. Unreadable stored data is reported with its reason, never written over, and
//! offered for download.

use crate::components::anchor_link::AnchorLink;
use crate::components::cite::Cites;
use crate::components::export_button::{download, file_slug, site_base, ExportButton};
use crate::components::point_row::{PointRow, PointRowProps};
use crate::components::print_notes::PrintNotes;
use crate::components::quote::{side_class, QuoteBlock};
use crate::components::status::StatusBadge;
use crate::context::use_page;
use crate::routes::{Route, View};
use crate::state::my_briefing::{backup, use_my_briefing, write, MyAction};
use counterpoint_core::export::markdown;
use counterpoint_core::my_briefing::{
    import, parse, DatasetBriefing, ImportMode, ImportPlan, MyBriefings, ParseError, PinnedItem,
};
use counterpoint_core::view::my_briefing::{PinnedContent, PinnedEntry, PinnedTopic};
use counterpoint_core::view::{print_notes, MyBriefingView};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;
use yew_router::prelude::*;

/// Name of the exported (and importable) file.
const EXPORT_FILE: &str = "counterpoint-my-briefing.json";

/// A file chosen for import, read and checked, waiting for the reader's choice.
#[derive(Clone, PartialEq)]
enum Pending {
    /// Readable: what merging or replacing would do.
    Ready {
        name: String,
        doc: MyBriefings,
        plan: ImportPlan,
    },
    /// Not importable: why.
    Invalid(String),
}

/// The last removal, for undo.
#[derive(Clone, PartialEq)]
struct Removed {
    index: usize,
    item: PinnedItem,
    title: String,
}

#[component]
pub fn MyBriefingPage() -> Html {
    let page = use_page();
    let my = use_my_briefing(&page.store().dataset.id);
    let state = my.state();
    let empty = DatasetBriefing::default();
    let mine = state
        .doc
        .datasets
        .get(&page.store().dataset.id)
        .unwrap_or(&empty);
    let notes = print_notes(
        page.store(),
        &MyBriefingView::new(page.snapshot(), mine).notes(),
    );
    let head = html! {
        <header class="page-head my-head">
            <p class="kicker">{"Personal"}</p>
            <h1>{"My briefing"}</h1>
            <p class="lede">{"The topics, quotes, events and figures you pinned, in your order, with your notes. Kept in this browser only: export a file to keep a copy or move it to another browser."}</p>
        </header>
    };
    let body = if !state.loaded {
        html! { <p class="my-loading muted" role="status">{"Reading your briefing from this browser… (My briefing needs JavaScript.)"}</p> }
    } else if let Some((raw, error)) = &state.unreadable {
        html! { <Unreadable raw={AttrValue::from(raw.clone())} error={error.clone()} /> }
    } else {
        // Keyed by dataset: when another dataset is loaded, the editors of this one save what
        // is pending into this one and go away.
        html! { <Ready key={my.dataset.to_string()} /> }
    };
    let state_name = match (state.loaded, state.unreadable.is_some()) {
        (false, _) => "loading",
        (true, true) => "unreadable",
        (true, false) => "ready",
    };
    html! {
        <article class="my-briefing" data-state={state_name}>
            {head}
            if let Some(why) = &state.save_error {
                <p class="my-alert warn" role="alert">{why}</p>
            }
            {body}
            <p class="muted small my-dataset">{format!("Dataset: {} ({})", page.store().dataset.title, my.dataset)}</p>
            <PrintNotes {notes} />
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct UnreadableProps {
    raw: AttrValue,
    error: ParseError,
}

/// Stored data that cannot be read: why, a download of it exactly as stored, and an explicit
/// way to start over that keeps a backup.
#[component]
fn Unreadable(props: &UnreadableProps) -> Html {
    let page = use_page();
    let my = use_my_briefing(&page.store().dataset.id);
    let confirming = use_state(|| false);
    let message = use_state(|| None::<String>);
    let on_download = {
        let (raw, message) = (props.raw.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            if let Err(why) = download(
                "counterpoint-my-briefing-stored.json",
                "application/json",
                &raw,
            ) {
                message.set(Some(format!("The download failed: {why}.")));
            }
        })
    };
    let on_start_over = {
        let (raw, my, message) = (props.raw.clone(), my.clone(), message.clone());
        Callback::from(move |_: MouseEvent| match backup(&raw) {
            Ok(key) => {
                let empty = MyBriefings::default();
                match write(
                    counterpoint_core::my_briefing::STORAGE_KEY,
                    &empty.to_json(),
                ) {
                    Ok(()) => {
                        my.update(MyAction::Replace(empty));
                        message.set(None);
                        gloo::console::log!(format!(
                            "My briefing: unreadable data kept under {key}"
                        ));
                    }
                    Err(why) => message.set(Some(format!(
                        "Could not start over: {why}. Nothing was changed."
                    ))),
                }
            }
            Err(why) => message.set(Some(format!(
                "Could not keep a backup of the stored data ({why}), so nothing was changed."
            ))),
        })
    };
    let (what, why) = match &props.error {
        ParseError::Newer { .. } => (
            "Your saved briefing was made by a newer version of Counterpoint",
            props.error.message(),
        ),
        ParseError::WrongFormat(_) => (
            "What this browser holds for My briefing is not a briefing",
            props.error.message(),
        ),
        ParseError::Corrupt(_) => ("Your saved briefing cannot be read", props.error.message()),
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    html! {
        <section class="my-alert error my-unreadable" role="alert" aria-labelledby="unreadable-h">
            <h2 id="unreadable-h">{what}</h2>
            <p class="my-reason">{why}</p>
            <p>{format!("It is kept exactly as it was ({} characters), and nothing will be written over it. Download it to keep a copy, to repair it or to open it in a newer version.", props.raw.chars().count())}</p>
            <div class="tool-row">
                <button type="button" class="tool-button primary" onclick={on_download}>{"Download the stored data"}</button>
                if !*confirming {
                    <button type="button" class="tool-button" onclick={ask}>{"Start over…"}</button>
                }
            </div>
            if *confirming {
                <div class="my-confirm">
                    <p>{"Start over with an empty briefing? The unreadable data stays in this browser under a backup key, and you can still download it now."}</p>
                    <div class="tool-row">
                        <button type="button" class="tool-button danger" onclick={on_start_over}>{"Start over, keep a backup"}</button>
                        <button type="button" class="tool-button" onclick={cancel}>{"Cancel"}</button>
                    </div>
                </div>
            }
            if let Some(m) = &*message { <p class="my-alert warn">{m}</p> }
        </section>
    }
}

/// The readable briefing: tools, notes, items.
#[component]
fn Ready() -> Html {
    let page = use_page();
    let my = use_my_briefing(&page.store().dataset.id);
    let dataset = my.dataset.to_string();
    let doc = my.state().doc.clone();
    let empty = DatasetBriefing::default();
    let view = MyBriefingView::new(page.snapshot(), doc.dataset(&dataset).unwrap_or(&empty));
    let removed = use_state(|| None::<Removed>);
    let announce = use_state(String::new);
    // Element to focus after the next render (a moved item's button, the undo button).
    // Numbered so that focusing the same element twice runs the effect twice (a moved list
    // item loses focus when its node moves).
    let focus = use_state(|| (0u32, None::<String>));
    {
        use_effect_with((*focus).clone(), |(_, id)| {
            if let Some(id) = id {
                crate::browser::dom::focus_id(id);
            }
        });
    }

    let markdown_cb = {
        let (page, my) = (page.clone(), my.clone());
        Callback::from(move |_| {
            let doc = my.state().doc.clone();
            let mine = doc.dataset(&my.dataset).cloned().unwrap_or_default();
            markdown::my_briefing(
                &MyBriefingView::new(page.snapshot(), &mine),
                site_base().as_deref(),
            )
        })
    };
    let export_file = {
        let my = my.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = download(
                EXPORT_FILE,
                "application/json",
                &my.state().doc.to_pretty_json(),
            );
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });

    let on_notes = {
        let (my, dataset) = (my.clone(), dataset.clone());
        Callback::from(move |notes: String| {
            my.update(MyAction::SetNotes {
                dataset: dataset.clone(),
                notes,
            })
        })
    };

    let n = view.items.len();
    let list = view.items.iter().enumerate().map(|(i, entry)| {
        let item = entry.item;
        let key = format!("{}-{}", item.kind.slug(), item.id);
        let title = entry.title.clone();
        let mover = |to: usize, dir: &'static str| {
            let (my, dataset, focus, announce, key, title) = (
                my.clone(),
                dataset.clone(),
                focus.clone(),
                announce.clone(),
                key.clone(),
                title.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                my.update(MyAction::Move {
                    dataset: dataset.clone(),
                    from: i,
                    to,
                });
                // Focus stays on the moved item: on the same button, or on the other one when
                // the item reached the end the button points to.
                let which = match (dir, to) {
                    ("up", 0) => "down",
                    ("down", t) if t + 1 >= n => "up",
                    (d, _) => d,
                };
                focus.set((focus.0 + 1, Some(format!("my-{which}-{key}"))));
                announce.set(format!("Moved “{title}” to position {} of {n}.", to + 1));
            })
        };
        let on_up = mover(i.saturating_sub(1), "up");
        let on_down = mover(i + 1, "down");
        let on_remove = {
            let (my, dataset, removed, focus, announce, item, title) = (
                my.clone(),
                dataset.clone(),
                removed.clone(),
                focus.clone(),
                announce.clone(),
                item.clone(),
                title.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                my.update(MyAction::Unpin {
                    dataset: dataset.clone(),
                    kind: item.kind,
                    id: item.id.clone(),
                });
                removed.set(Some(Removed {
                    index: i,
                    item: item.clone(),
                    title: title.clone(),
                }));
                announce.set(String::new());
                focus.set((focus.0 + 1, Some("my-undo".into())));
            })
        };
        let on_note = {
            let (my, dataset, kind, id) = (my.clone(), dataset.clone(), item.kind, item.id.clone());
            Callback::from(move |note: String| {
                my.update(MyAction::SetNote {
                    dataset: dataset.clone(),
                    kind,
                    id: id.clone(),
                    note,
                })
            })
        };
        let missing = entry.is_missing();
        html! {
            <li class={classes!("my-item", format!("my-kind-{}", item.kind.slug()), missing.then_some("missing"))} id={format!("my-{key}")} key={key.clone()}>
                <div class="my-item-bar">
                    <span class="my-item-n" aria-hidden="true">{i + 1}</span>
                    <span class="my-item-kind">{if missing { "Missing" } else { item.kind.label() }}</span>
                    <div class="my-item-tools" role="group" aria-label={format!("Item {} of {n}", i + 1)}>
                        <button type="button" class="icon-button" id={format!("my-up-{key}")} disabled={i == 0} onclick={on_up} aria-label={format!("Move up: {title}")} title="Move up">{"↑"}</button>
                        <button type="button" class="icon-button" id={format!("my-down-{key}")} disabled={i + 1 == n} onclick={on_down} aria-label={format!("Move down: {title}")} title="Move down">{"↓"}</button>
                        <button type="button" class="tool-button subtle" onclick={on_remove} aria-label={format!("Remove from my briefing: {title}")}>{"Remove"}</button>
                    </div>
                </div>
                <div class="my-item-body">
                    { pinned_content(&page, entry) }
                </div>
                <NoteEditor
                    id={AttrValue::from(format!("my-note-{key}"))}
                    label={AttrValue::from(format!("Your note on {title}"))}
                    visible_label={AttrValue::Static("Your note")}
                    value={AttrValue::from(item.note.clone())}
                    on_save={on_note}
                />
            </li>
        }
    });

    let on_undo = {
        let (my, dataset, removed, announce) = (
            my.clone(),
            dataset.clone(),
            removed.clone(),
            announce.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let Some(r) = (*removed).clone() {
                my.update(MyAction::Insert {
                    dataset: dataset.clone(),
                    index: r.index,
                    item: r.item,
                });
                announce.set(format!(
                    "“{}” is back at position {}.",
                    r.title,
                    r.index + 1
                ));
                removed.set(None);
            }
        })
    };

    let filename = format!("{}-my-briefing.md", file_slug(&dataset));
    html! {
        <>
            <div class="tool-row my-tools" role="group" aria-label="My briefing tools">
                <button type="button" class="tool-button" onclick={print}>
                    <svg class="tool-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"><path d="M4 6V1.5h8V6M4 12H2.5V6.5h11V12H12M4.5 9.5h7v5h-7z" /></svg>
                    {"Print"}
                </button>
                <ExportButton filename={AttrValue::from(filename)} markdown={markdown_cb} />
                <button type="button" class="tool-button" onclick={export_file}>{"Export file"}</button>
                <ImportControl />
            </div>
            <div class="my-live" role="status" aria-live="polite">
                if let Some(r) = &*removed {
                    <p class="my-removed">
                        {format!("Removed “{}”. ", r.title)}
                        <button type="button" class="link-button" id="my-undo" onclick={on_undo}>{"Undo"}</button>
                    </p>
                } else if !announce.is_empty() {
                    <p class="sr-only">{(*announce).clone()}</p>
                }
            </div>
            <section class="my-notes" aria-label="Your notes on this briefing">
                <NoteEditor
                    id={AttrValue::Static("my-notes")}
                    label={AttrValue::Static("Your notes on this briefing")}
                    visible_label={AttrValue::Static("Your notes on this briefing")}
                    value={AttrValue::from(doc.notes(&dataset).to_string())}
                    on_save={on_notes}
                    rows={4}
                />
            </section>
            if view.items.is_empty() {
                <EmptyState />
            } else {
                <p class="my-count muted">{format!("{n} pinned item{}, in your order.", if n == 1 { "" } else { "s" })}</p>
                <ol class="my-items">
                    for li in list {
                        {li}
                    }
                </ol>
            }
        </>
    }
}

/// No items yet: how to pin.
#[component]
fn EmptyState() -> Html {
    let page = use_page();
    let first_topic = page.store().dataset.topics.first().map(|t| t.id.clone());
    html! {
        <div class="empty-state my-empty">
            <h2>{"Nothing pinned yet"}</h2>
            <p>
                {"Use the "}
                <span class="pin-sample" aria-hidden="true">
                    <svg class="pin-icon" viewBox="0 0 16 16" width="12" height="12" focusable="false"><path d="M4 1.75h8v12.5l-4-3-4 3z" /></svg>
                    {"Pin"}
                </span>
                <span class="sr-only">{"“Pin to my briefing”"}</span>
                {" button beside a topic’s title, on any quote, on the events listed on a topic page, and on the key figures and the figures table. Pinned items appear here in the order you pinned them; move them, add your notes, print or export the result."}
            </p>
            <ul class="my-empty-links">
                if let Some(id) = first_topic {
                    <li><Link<Route> to={page.route(View::Topic(id))}>{"Open a topic"}</Link<Route>></li>
                }
                <li><Link<Route> to={page.route(View::Figures)}>{"Browse figures"}</Link<Route>></li>
            </ul>
        </div>
    }
}

/// One pinned item in full, from the view model: a topic with its positions, a quote, an
/// event, a figure; a notice when the dataset no longer has it, or when it comes after the
/// snapshot shown.
fn pinned_content(page: &crate::context::PageCtx, entry: &PinnedEntry<'_>) -> Html {
    let item = entry.item;
    match &entry.content {
        PinnedContent::Missing => missing(item),
        PinnedContent::Topic(t) => pinned_topic(page, t),
        PinnedContent::Quote {
            quote,
            known,
            topic,
        } => {
            let who = quote.speaker.map(|a| a.name.clone()).unwrap_or_default();
            html! {
                <div class="my-quote">
                    <h2 class="my-item-title">{format!("{who}, {}", quote.quote.said.human())}</h2>
                    if *known {
                        <QuoteBlock id={AttrValue::from(quote.quote.id.clone())} pin={false} />
                    } else {
                        { not_yet(page, "quote") }
                    }
                    if let Some(t) = topic {
                        <p class="muted small my-link">{"On "}<Link<Route> to={page.route(View::Topic(t.id.clone()))}>{&t.title}</Link<Route>></p>
                    }
                </div>
            }
        }
        PinnedContent::Event { event: e, known } => {
            let store = page.store();
            html! {
                <div class={classes!("my-event", format!("side-{}", side_class(page, &e.actor_side)))}>
                    if *known {
                        <h2 class="my-item-title">{&e.title}<Cites cites={e.cites.clone()} /></h2>
                        <p class="my-meta"><span class="ev-date">{e.date.human()}</span>{" · "}<span class="ev-side">{store.side_name(&e.actor_side)}</span></p>
                        if !e.summary.is_empty() { <p>{&e.summary}</p> }
                        <p class="muted small my-link"><AnchorLink to={page.route(View::Timeline)} anchor={AttrValue::from(format!("event-{}", e.id))}>{"See it on the timeline"}</AnchorLink></p>
                    } else {
                        <h2 class="my-item-title">{&e.title}</h2>
                        { not_yet(page, "event") }
                    }
                </div>
            }
        }
        PinnedContent::Figure { figure: f, known } => html! {
            <div class="my-figure">
                <h2 class="my-item-title">{&f.label}</h2>
                if *known {
                    <p class="my-figure-value"><span class="figure-value">{f.formatted()}</span><Cites cites={f.cites.clone()} /></p>
                    <p class="my-meta">{f.date.human()}{f.scope.as_ref().map(|s| format!(" · {s}")).unwrap_or_default()}</p>
                    if let Some(n) = &f.note { <p class="muted">{n}</p> }
                    <p class="muted small my-link"><AnchorLink to={page.route(View::Figures)} anchor={AttrValue::from(format!("figure-{}", f.id))}>{"See all figures"}</AnchorLink></p>
                } else {
                    { not_yet(page, "figure") }
                }
            </div>
        },
    }
}

/// A pinned topic: status, summary and positions, as of the snapshot.
fn pinned_topic(page: &crate::context::PageCtx, t: &PinnedTopic<'_>) -> Html {
    let date = page
        .snapshot()
        .briefing
        .map(|b| b.as_of.human())
        .unwrap_or_default();
    html! {
        <div class="my-topic">
            <h2 class="my-item-title"><Link<Route> to={page.route(View::Topic(t.topic.id.clone()))}>{&t.topic.title}</Link<Route>></h2>
            <p class="topic-q">{&t.topic.question}</p>
            if !t.known {
                <p class="muted">{format!("This topic had not come up in the sources by {date}.")}</p>
            }
            if let Some(s) = t.status {
                <p class="topic-status"><StatusBadge status={s.status} /><span class="status-label">{&s.label}</span><span class="muted">{format!(" · since {}", s.date.human())}</span><Cites cites={s.cites.clone()} /></p>
            }
            if let Some(summary) = t.summary { <p class="summary">{summary}</p> }
            for pt in &t.points {
                <PointRow
                    class={classes!("my-point")}
                    aspect={AttrValue::from(pt.point.aspect.clone())}
                    relation={pt.relation}
                    stances={PointRowProps::cells(pt)}
                />
            }
        </div>
    }
}

/// An item that comes after the snapshot shown.
fn not_yet(page: &crate::context::PageCtx, what: &str) -> Html {
    let date = page
        .snapshot()
        .briefing
        .map(|b| b.as_of.human())
        .unwrap_or_default();
    html! { <p class="muted">{format!("Not known as of {date}: this {what} comes later.")}</p> }
}

fn missing(item: &PinnedItem) -> Html {
    html! {
        <div class="my-missing">
            <h2 class="my-item-title">{format!("{} “{}”", item.kind.label(), item.id)}</h2>
            <p>{format!("This {} is missing from this dataset: it may have been renamed or removed. It stays here, with your note, until you remove it.", item.kind.slug())}</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct NoteEditorProps {
    id: AttrValue,
    /// Accessible name.
    label: AttrValue,
    visible_label: AttrValue,
    /// The stored note.
    value: AttrValue,
    on_save: Callback<String>,
    #[prop_or(2)]
    rows: u32,
}

/// A textarea saved as the reader types (debounced), on leaving it, and when the page is
/// hidden or closed. A note changed in another tab replaces what is shown unless the reader
/// is typing here.
#[component]
fn NoteEditor(props: &NoteEditorProps) -> Html {
    let text = use_state(|| props.value.to_string());
    // Typed but not yet saved; shared by the input handler, its timer, blur and page-hide.
    let unsaved = use_mut_ref(|| None::<String>);
    let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let on_save = use_mut_ref(|| props.on_save.clone());
    *on_save.borrow_mut() = props.on_save.clone();
    let save_now = {
        let (unsaved, on_save) = (unsaved.clone(), on_save.clone());
        Rc::new(move || {
            // No borrow is held while saving: saving re-renders this component.
            let value = unsaved.borrow_mut().take();
            if let Some(value) = value {
                let save = on_save.borrow().clone();
                save.emit(value);
            }
        })
    };
    {
        // The stored note changed (another tab, an import): show it unless typing here.
        let (text, unsaved) = (text.clone(), unsaved.clone());
        use_effect_with(props.value.clone(), move |value| {
            if unsaved.borrow().is_none() && **text != **value {
                text.set(value.to_string());
            }
        });
    }
    {
        // Saved when the page is closed or reloaded, and when the editor goes away (another
        // page, item removed): a pending timer would otherwise be dropped unsaved.
        let save_now = save_now.clone();
        use_effect_with((), move |_| {
            let on_hide = save_now.clone();
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "pagehide", move |_| {
                    on_hide()
                });
            move || {
                drop(listener);
                save_now();
            }
        });
    }
    let oninput = {
        let (text, unsaved, timer, save_now) = (
            text.clone(),
            unsaved.clone(),
            timer.clone(),
            save_now.clone(),
        );
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            text.set(value.clone());
            *unsaved.borrow_mut() = Some(value);
            let save_now = save_now.clone();
            // Replacing the timer cancels the previous one: saved 400 ms after the last key.
            let next = gloo::timers::callback::Timeout::new(400, move || save_now());
            let previous = timer.borrow_mut().replace(next);
            drop(previous);
        })
    };
    let onblur = {
        let (timer, save_now) = (timer.clone(), save_now.clone());
        Callback::from(move |_: FocusEvent| {
            let pending = timer.borrow_mut().take();
            drop(pending);
            save_now();
        })
    };
    html! {
        <div class={classes!("note-editor", text.trim().is_empty().then_some("empty"))}>
            <label for={props.id.clone()} class="note-label">{&props.visible_label}<span class="note-hint">{" · saved as you type, in this browser"}</span></label>
            <textarea id={props.id.clone()} aria-label={props.label.clone()} rows={props.rows.to_string()} value={(*text).clone()} {oninput} {onblur} />
            // A textarea prints only what fits in its box: print the whole note instead.
            <div class="note-print" aria-hidden="true">{(*text).clone()}</div>
        </div>
    }
}

/// "Import file": choose a file, see what importing it would do, then merge, replace or
/// cancel. A file that cannot be imported changes nothing and says why.
#[component]
fn ImportControl() -> Html {
    let page = use_page();
    let my = use_my_briefing(&page.store().dataset.id);
    let input = use_node_ref();
    let pending = use_state(|| None::<Pending>);
    let done = use_state(|| None::<String>);
    // The running read; dropping it would cancel the read.
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let choose = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(i) = input.cast::<HtmlInputElement>() {
                i.click();
            }
        })
    };
    let onchange = {
        let (pending, done, reader, my) =
            (pending.clone(), done.clone(), reader.clone(), my.clone());
        Callback::from(move |e: Event| {
            let el = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = el.files().and_then(|f| f.get(0)) else {
                return;
            };
            // Choosing the same file again must fire `change` again.
            el.set_value("");
            let name = file.name();
            done.set(None);
            let file = gloo::file::File::from(file);
            if file.size() > 5_000_000 {
                pending.set(Some(Pending::Invalid(format!(
                    "“{name}” is too large to be a saved briefing ({} bytes). Nothing was changed.",
                    file.size()
                ))));
                return;
            }
            let (pending, my) = (pending.clone(), my.clone());
            let task = gloo::file::callbacks::read_as_text(&file, move |result| {
                let next = match result {
                    Err(e) => Pending::Invalid(format!(
                        "“{name}” could not be read ({e}). Nothing was changed."
                    )),
                    Ok(text) => match parse(&text) {
                        Err(e) => Pending::Invalid(format!(
                            "“{name}” cannot be imported. {} Nothing was changed.",
                            e.message()
                        )),
                        Ok(doc) => {
                            let plan = my.state().doc.plan_import(&doc);
                            Pending::Ready { name, doc, plan }
                        }
                    },
                };
                pending.set(Some(next));
            });
            *reader.borrow_mut() = Some(task);
        })
    };
    let apply = |mode: ImportMode| {
        let (pending, done, my) = (pending.clone(), done.clone(), my.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(Pending::Ready { doc, .. }) = (*pending).clone() else {
                return;
            };
            let current = my.state().doc.clone();
            let mut note = String::new();
            // Replacing drops what the reader has: keep a copy first.
            if mode == ImportMode::Replace && !current.datasets.is_empty() {
                match backup(&current.to_json()) {
                    Ok(key) => {
                        note = format!(
                            " Your previous briefing is kept in this browser under “{key}”."
                        )
                    }
                    Err(why) => {
                        done.set(Some(format!("Could not keep a backup of your briefing ({why}), so nothing was changed.")));
                        pending.set(None);
                        return;
                    }
                }
            }
            let before = current.count(&my.dataset);
            let next = import(&current, &doc, mode);
            let after = next.count(&my.dataset);
            my.update(MyAction::Replace(next));
            done.set(Some(match mode {
                ImportMode::Merge => format!(
                    "Imported: {} item{} added to this briefing.",
                    after.saturating_sub(before),
                    if after.saturating_sub(before) == 1 {
                        ""
                    } else {
                        "s"
                    }
                ),
                ImportMode::Replace => format!(
                    "Imported: your briefing now has {after} item{} for this dataset.{note}",
                    if after == 1 { "" } else { "s" }
                ),
            }));
            pending.set(None);
        })
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };
    html! {
        <>
            <button type="button" class="tool-button" onclick={choose}>{"Import file"}</button>
            <input ref={input} type="file" accept=".json,application/json" hidden={true} aria-label="Import file" {onchange} />
            { match &*pending {
                None => html! {},
                Some(Pending::Invalid(why)) => html! {
                    <div class="my-import my-alert error" role="alert">
                        <p>{why}</p>
                        <button type="button" class="tool-button" onclick={cancel}>{"Dismiss"}</button>
                    </div>
                },
                Some(Pending::Ready { name, plan, .. }) => html! {
                    <div class="my-import" role="region" aria-label="Import">
                        <p><strong>{format!("Import “{name}”?")}</strong></p>
                        for s in plan.describe(&my.dataset) {
                            <p>{s}</p>
                        }
                        <ul class="my-import-modes">
                            <li><strong>{"Merge"}</strong>{": adds the new items at the end and keeps everything of yours; notes that differ are joined."}</li>
                            <li><strong>{"Replace"}</strong>{if plan.current_total == 0 {
                                ": your briefing becomes the file’s. You have nothing pinned now.".to_string()
                            } else {
                                format!(": your briefing becomes the file’s. You have {} item{} pinned now, on all datasets; a backup of them is kept in this browser.", plan.current_total, if plan.current_total == 1 { "" } else { "s" })
                            }}</li>
                        </ul>
                        <div class="tool-row">
                            <button type="button" class="tool-button primary" onclick={apply(ImportMode::Merge)}>{"Merge into my briefing"}</button>
                            <button type="button" class="tool-button" onclick={apply(ImportMode::Replace)}>{"Replace my briefing"}</button>
                            <button type="button" class="tool-button subtle" onclick={cancel}>{"Cancel"}</button>
                        </div>
                    </div>
                },
            } }
            if let Some(m) = &*done { <p class="my-import-done" role="status">{m}</p> }
        </>
    }
}
