//! One store per state type per binary, reachable without an app-level provider.
//!
//! Islands (parts of a static page hydrated on their own roots) have no app around them to
//! provide context, yet two islands that show the same state (a pin button and the pinned
//! count) must agree. So each state type lives in one thread-local store: [`use_store`] reads
//! it and re-renders the component when it changes, and [`dispatch`] changes it. A provider
//! may still hold it (the full app does for the dataset); a component works either way.

use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

type Listener = Rc<dyn Fn()>;

/// A state and who to tell when it changes.
struct Slot<S> {
    state: Rc<S>,
    listeners: Vec<(u64, Listener)>,
    next_id: u64,
}

thread_local! {
    static STORES: RefCell<HashMap<TypeId, Rc<dyn Any>>> = RefCell::new(HashMap::new());
}

fn slot<S: Reducible + Default + 'static>() -> Rc<RefCell<Slot<S>>> {
    STORES.with(|stores| {
        let mut stores = stores.borrow_mut();
        let any = stores.entry(TypeId::of::<S>()).or_insert_with(|| {
            Rc::new(RefCell::new(Slot {
                state: Rc::new(S::default()),
                listeners: Vec::new(),
                next_id: 0,
            })) as Rc<dyn Any>
        });
        any.clone()
            .downcast::<RefCell<Slot<S>>>()
            .unwrap_or_else(|_| unreachable!("one slot type per TypeId"))
    })
}

/// The current state of type `S` (its `Default` until something is dispatched).
pub fn get<S: Reducible + Default + 'static>() -> Rc<S> {
    slot::<S>().borrow().state.clone()
}

/// Applies `action` to the store of `S` and re-renders every component that reads it.
pub fn dispatch<S: Reducible + Default + 'static>(action: S::Action) {
    let slot = slot::<S>();
    let listeners: Vec<Listener> = {
        let mut s = slot.borrow_mut();
        let next = s.state.clone().reduce(action);
        if Rc::ptr_eq(&next, &s.state) {
            return;
        }
        s.state = next;
        s.listeners.iter().map(|(_, l)| l.clone()).collect()
    };
    // Outside the borrow: a listener may read the store.
    for l in listeners {
        l();
    }
}

/// Reads the store of `S` and re-renders this component whenever it changes.
#[hook]
pub fn use_store<S: Reducible + Default + 'static>() -> Rc<S> {
    let update = use_force_update();
    let rendered = get::<S>();
    let first = rendered.clone();
    use_effect_with((), move |_| {
        let slot = slot::<S>();
        let (id, missed) = {
            let mut s = slot.borrow_mut();
            let id = s.next_id;
            s.next_id += 1;
            let again = update.clone();
            s.listeners
                .push((id, Rc::new(move || again.force_update())));
            // Another component's effect may have changed the store between this render and
            // this effect (the first island to mount reads storage): catch up.
            (id, !Rc::ptr_eq(&first, &s.state))
        };
        if missed {
            update.force_update();
        }
        move || slot.borrow_mut().listeners.retain(|(x, _)| *x != id)
    });
    rendered
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default, PartialEq, Debug)]
    struct Counter(u32);
    impl Reducible for Counter {
        type Action = u32;
        fn reduce(self: Rc<Self>, by: u32) -> Rc<Self> {
            if by == 0 {
                self
            } else {
                Rc::new(Counter(self.0 + by))
            }
        }
    }

    #[test]
    fn dispatch_changes_the_one_store_and_tells_its_listeners() {
        assert_eq!(get::<Counter>().0, 0);
        let told = Rc::new(RefCell::new(0));
        {
            let told = told.clone();
            slot::<Counter>()
                .borrow_mut()
                .listeners
                .push((99, Rc::new(move || *told.borrow_mut() += 1)));
        }
        dispatch::<Counter>(2);
        dispatch::<Counter>(3);
        assert_eq!(get::<Counter>().0, 5);
        assert_eq!(*told.borrow(), 2);
        // An action that changes nothing tells nobody.
        dispatch::<Counter>(0);
        assert_eq!(*told.borrow(), 2);
    }
}
