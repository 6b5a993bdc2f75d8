//! The reader's theme: follows the system until the reader picks one, which is remembered on
//! this device. Held in the binary's [`store`](super::store), so the toggle works as an island
//! with no provider around it.

use std::rc::Rc;
use yew::prelude::*;

/// localStorage key of the reader's choice ("light" or "dark"). The inline script in
/// `index.html` reads the same key before the first paint.
pub const THEME_KEY: &str = "counterpoint-theme";

/// What the page shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ThemeState {
    /// `None` until the browser has said (the server render and the first browser render, so
    /// that both produce the same HTML).
    pub dark: Option<bool>,
}

/// Changes to the theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeAction {
    /// What the browser knows after hydration: the stored choice, else the system's.
    Known {
        /// The stored choice, if any.
        stored: Option<bool>,
        /// Whether the system prefers dark.
        system_dark: bool,
    },
    /// The reader pressed the toggle.
    Toggle {
        /// Whether the system prefers dark (what an unknown state means).
        system_dark: bool,
    },
}

impl Reducible for ThemeState {
    type Action = ThemeAction;

    fn reduce(self: Rc<Self>, action: ThemeAction) -> Rc<Self> {
        let dark = match action {
            ThemeAction::Known {
                stored,
                system_dark,
            } => stored.unwrap_or(system_dark),
            ThemeAction::Toggle { system_dark } => !self.dark.unwrap_or(system_dark),
        };
        if self.dark == Some(dark) {
            return self;
        }
        Rc::new(ThemeState { dark: Some(dark) })
    }
}

impl ThemeState {
    /// The `data-theme` value and stored word for a choice.
    pub fn name(dark: bool) -> &'static str {
        if dark {
            "dark"
        } else {
            "light"
        }
    }

    /// Reads a stored word (anything else: no choice).
    pub fn parse(stored: Option<&str>) -> Option<bool> {
        match stored {
            Some("dark") => Some(true),
            Some("light") => Some(false),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(s: ThemeState, a: ThemeAction) -> ThemeState {
        *Rc::new(s).reduce(a)
    }

    #[test]
    fn a_stored_choice_wins_over_the_system() {
        let s = reduce(
            ThemeState::default(),
            ThemeAction::Known {
                stored: Some(false),
                system_dark: true,
            },
        );
        assert_eq!(s.dark, Some(false));
        let s = reduce(
            ThemeState::default(),
            ThemeAction::Known {
                stored: None,
                system_dark: true,
            },
        );
        assert_eq!(s.dark, Some(true));
    }

    #[test]
    fn toggling_flips_what_is_shown_even_before_it_is_known() {
        let s = reduce(
            ThemeState::default(),
            ThemeAction::Toggle { system_dark: true },
        );
        assert_eq!(s.dark, Some(false));
        let s = reduce(s, ThemeAction::Toggle { system_dark: true });
        assert_eq!(s.dark, Some(true));
    }

    #[test]
    fn stored_words_other_than_light_and_dark_are_no_choice() {
        assert_eq!(ThemeState::parse(Some("dark")), Some(true));
        assert_eq!(ThemeState::parse(Some("light")), Some(false));
        assert_eq!(ThemeState::parse(Some("sepia")), None);
        assert_eq!(ThemeState::parse(None), None);
    }
}
