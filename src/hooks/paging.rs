//! The paging of long lists (see [`crate::components::show_more`]): how many items each list
//! of a page shows, whether the page is being printed and the URL fragment, from one hook.

use crate::components::show_more::reach;
#[cfg(doc)]
use crate::components::show_more::ShowMore;
use std::rc::Rc;
use yew::prelude::*;

/// One list's batch: how many of its items are shown, and the step it grows by. Given to
/// [`ShowMore`], which grows it.
#[derive(Clone, PartialEq)]
pub struct Batch {
    shown: usize,
    step: usize,
    index: usize,
    grow: UseReducerDispatcher<Shown>,
}

impl Batch {
    /// How many of the list's `total` items to render (see [`reach`]).
    pub fn reach(&self, total: usize, target: Option<usize>, printing: bool) -> usize {
        reach(self.shown, self.step, total, target, printing)
    }

    /// Items shown so far.
    pub fn shown(&self) -> usize {
        self.shown
    }

    /// Items added per step.
    pub fn step(&self) -> usize {
        self.step
    }

    /// Shows `n` items of the list.
    pub fn set(&self, n: usize) {
        self.grow.dispatch((self.index, n));
    }
}

/// The items shown of each list of a component.
#[derive(PartialEq)]
pub struct Shown(Vec<usize>);

impl Reducible for Shown {
    /// `(list, items shown)`.
    type Action = (usize, usize);

    fn reduce(self: Rc<Self>, (index, n): (usize, usize)) -> Rc<Self> {
        let mut shown = self.0.clone();
        shown[index] = n;
        Rc::new(Shown(shown))
    }
}

/// The paging of a page: one batch per list, whether the page is being printed, and the URL
/// fragment.
pub struct Paging<const N: usize> {
    /// The lists' batches, in the order of the steps given to [`use_paging`].
    pub lists: [Batch; N],
    /// `true` from the window's `beforeprint` to its `afterprint`; always `false` on the
    /// server.
    pub printing: bool,
    /// The URL fragment without `#` (empty when there is none).
    pub fragment: String,
}

/// The paging of a page whose lists start at, and grow by, `steps` (one per list). Re-renders
/// the component when printing starts or ends and when the location changes.
#[hook]
pub fn use_paging<const N: usize>(steps: [usize; N]) -> Paging<N> {
    let lists = use_batches(steps);
    let printing = use_printing();
    let fragment = use_fragment();
    Paging {
        lists,
        printing,
        fragment,
    }
}

/// The batches alone, for a list inside a page whose [`Paging`] says whether it is printed and
/// which item the fragment names (it is passed down, so each list does not listen for them).
#[hook]
pub fn use_batches<const N: usize>(steps: [usize; N]) -> [Batch; N] {
    let shown = use_reducer(move || Shown(steps.to_vec()));
    let grow = shown.dispatcher();
    std::array::from_fn(|index| Batch {
        shown: shown.0[index],
        step: steps[index],
        index,
        grow: grow.clone(),
    })
}

/// `true` from the window's `beforeprint` to its `afterprint`. Setting the state there renders
/// before the browser lays the page out for print (Yew renders in a microtask, which runs as
/// soon as the event listener returns). Always `false` on the server.
#[hook]
fn use_printing() -> bool {
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let on = {
                let printing = printing.clone();
                gloo::events::EventListener::new(&window, "beforeprint", move |_| {
                    printing.set(true)
                })
            };
            let off = gloo::events::EventListener::new(&window, "afterprint", move |_| {
                printing.set(false)
            });
            move || drop((on, off))
        });
    }
    *printing
}

/// The URL fragment without `#` (empty when there is none); re-renders the component when the
/// location changes (an in-page link pushes a new one).
#[hook]
fn use_fragment() -> String {
    yew_router::prelude::use_location()
        .map(|l| l.hash().trim_start_matches('#').to_string())
        .unwrap_or_default()
}
