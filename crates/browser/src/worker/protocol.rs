//! The messages between the page and the validator worker, defined once for both sides: the
//! page encodes a [`Request`] and decodes every [`Reply`] (`super::check`), the worker
//! (crates/validator) does the reverse.
//!
//! On the wire each message is one JavaScript array `[tag, …]`, the tag a string of
//! [`RequestTag`] or [`ReplyTag`]; what it carries is posted as it is, never serialised: a
//! `File` stays a `File` (the worker reads it, the page never holds its text) and the valid
//! dataset's parts stay JavaScript strings. Only the problems travel as JSON (they are small).
//!
//! | message | page → worker |
//! |---|---|
//! | `["check", File or text, key]` | check it; keep a valid one in IndexedDB under `key` |
//! | `["restore", key]` | read a kept one back |
//!
//! | message | worker → page |
//! |---|---|
//! | `["ready"]` | its WebAssembly runs (the page posts nothing before) |
//! | `["progress", phase]` | `reading` the file, then `checking` it |
//! | `["problems", json]` | every problem (the last reply) |
//! | `["ok", head, list, part, list, part, …]` | the valid dataset as a `counterpoint_core::model::payload` ([`Parts`]); after a check, `kept` follows |
//! | `["kept", bool]` | whether IndexedDB took the checked dataset (the last reply to a valid check) |
//! | `["lost", why]` | nothing could be read back under the key (the last reply) |

use crate::parts::Parts;
use counterpoint_core::model::Problem;
use wasm_bindgen::{JsCast, JsValue};

/// Declares a tag enum with its wire names, `name`, `from_name` and `ALL`.
macro_rules! tags {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $wire:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)+
        }

        impl $name {
            /// Every tag.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The tag's name on the wire.
            pub const fn name(self) -> &'static str {
                match self {
                    $($name::$variant => $wire,)+
                }
            }

            /// The tag named `name`, if any.
            pub fn from_name(name: &str) -> Option<$name> {
                match name {
                    $($wire => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

tags! {
    /// The first item of a message from the page.
    RequestTag {
        Check = "check",
        Restore = "restore",
    }
}

tags! {
    /// The first item of a message from the worker.
    ReplyTag {
        Ready = "ready",
        Progress = "progress",
        Problems = "problems",
        Ok = "ok",
        Kept = "kept",
        Lost = "lost",
    }
}

tags! {
    /// What the worker is doing, in [`Reply::Progress`].
    Phase {
        /// Reading the `File` (`FileReaderSync`).
        Reading = "reading",
        /// Parsing and validating the text.
        Checking = "checking",
    }
}

/// What the page asks the worker.
pub enum Request {
    /// Check a `File` or a JavaScript string; keep it under the key if valid.
    Check(JsValue, String),
    /// Read back what is kept under the key.
    Restore(String),
}

/// What the worker tells the page.
pub enum Reply {
    Ready,
    Progress(Phase),
    Problems(Vec<Problem>),
    /// The valid dataset, its parts still JavaScript strings.
    Valid(Parts),
    Kept(bool),
    Lost(String),
}

/// Why a message could not be decoded.
#[derive(Debug, PartialEq, Eq)]
pub enum Undecodable {
    /// Not an array, or no tag of this direction: not one of ours (ignored).
    Foreign,
    /// Our tag, but what it carries is not what it should be.
    Malformed(&'static str),
}

impl Request {
    pub fn tag(&self) -> RequestTag {
        match self {
            Request::Check(..) => RequestTag::Check,
            Request::Restore(_) => RequestTag::Restore,
        }
    }

    /// The message to post.
    pub fn encode(&self) -> JsValue {
        let tag = JsValue::from_str(self.tag().name());
        match self {
            Request::Check(input, key) => js_sys::Array::of3(&tag, input, &key.into()),
            Request::Restore(key) => js_sys::Array::of2(&tag, &key.into()),
        }
        .into()
    }

    /// The request a message holds.
    pub fn decode(message: &JsValue) -> Result<Request, Undecodable> {
        let (tag, items) = split::<RequestTag>(message)?;
        let malformed = Undecodable::Malformed(tag.name());
        match tag {
            RequestTag::Check => {
                let input = items.get(1);
                if input.as_string().is_none() && !input.is_instance_of::<web_sys::File>() {
                    return Err(malformed);
                }
                Ok(Request::Check(
                    input,
                    items.get(2).as_string().ok_or(malformed)?,
                ))
            }
            RequestTag::Restore => Ok(Request::Restore(items.get(1).as_string().ok_or(malformed)?)),
        }
    }
}

impl Reply {
    pub fn tag(&self) -> ReplyTag {
        match self {
            Reply::Ready => ReplyTag::Ready,
            Reply::Progress(_) => ReplyTag::Progress,
            Reply::Problems(_) => ReplyTag::Problems,
            Reply::Valid(_) => ReplyTag::Ok,
            Reply::Kept(_) => ReplyTag::Kept,
            Reply::Lost(_) => ReplyTag::Lost,
        }
    }

    /// The message to post.
    pub fn encode(&self) -> JsValue {
        let tag = JsValue::from_str(self.tag().name());
        match self {
            Reply::Ready => js_sys::Array::of1(&tag),
            Reply::Progress(phase) => js_sys::Array::of2(&tag, &phase.name().into()),
            Reply::Problems(problems) => {
                js_sys::Array::of2(&tag, &problems_to_json(problems).into())
            }
            // The parts' strings are shared with the new array, not copied.
            Reply::Valid(parts) => js_sys::Array::of1(&tag).concat(&parts.0),
            Reply::Kept(kept) => js_sys::Array::of2(&tag, &(*kept).into()),
            Reply::Lost(why) => js_sys::Array::of2(&tag, &why.into()),
        }
        .into()
    }

    /// The reply a message holds.
    pub fn decode(message: &JsValue) -> Result<Reply, Undecodable> {
        let (tag, items) = split::<ReplyTag>(message)?;
        let malformed = Undecodable::Malformed(tag.name());
        let text = || items.get(1).as_string();
        Ok(match tag {
            ReplyTag::Ready => Reply::Ready,
            ReplyTag::Progress => {
                Reply::Progress(text().and_then(|p| Phase::from_name(&p)).ok_or(malformed)?)
            }
            ReplyTag::Problems => Reply::Problems(
                text()
                    .and_then(|j| problems_from_json(&j))
                    .ok_or(malformed)?,
            ),
            ReplyTag::Ok => Reply::Valid(Parts(items.slice(1, items.length()))),
            ReplyTag::Kept => Reply::Kept(items.get(1).as_bool().ok_or(malformed)?),
            ReplyTag::Lost => Reply::Lost(text().ok_or(malformed)?),
        })
    }
}

/// A tag of direction `T` and the message's items (the tag first).
fn split<T: Tag>(message: &JsValue) -> Result<(T, js_sys::Array), Undecodable> {
    let items = message
        .dyn_ref::<js_sys::Array>()
        .ok_or(Undecodable::Foreign)?;
    let tag = items
        .get(0)
        .as_string()
        .and_then(|t| T::from_name(&t))
        .ok_or(Undecodable::Foreign)?;
    Ok((tag, items.clone()))
}

trait Tag: Sized {
    fn from_name(name: &str) -> Option<Self>;
}

impl Tag for RequestTag {
    fn from_name(name: &str) -> Option<Self> {
        RequestTag::from_name(name)
    }
}

impl Tag for ReplyTag {
    fn from_name(name: &str) -> Option<Self> {
        ReplyTag::from_name(name)
    }
}

/// The problems as [`Reply::Problems`] carries them.
pub fn problems_to_json(problems: &[Problem]) -> String {
    serde_json::to_string(problems).unwrap_or_else(|_| "[]".into())
}

/// The problems of a [`Reply::Problems`] (`None`: not a list of problems).
pub fn problems_from_json(json: &str) -> Option<Vec<Problem>> {
    serde_json::from_str(json).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each tag table: every name decodes to its tag, names are distinct, and they are the
    /// names on the wire (the worker and the page may come from different builds' caches).
    fn round_trips<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        name: fn(T) -> &'static str,
        from_name: fn(&str) -> Option<T>,
        wire: &[&str],
    ) {
        let names: Vec<&str> = all.iter().map(|&t| name(t)).collect();
        assert_eq!(names, wire);
        for &t in all {
            assert_eq!(from_name(name(t)), Some(t));
        }
        assert_eq!(from_name(""), None);
        assert_eq!(from_name("Check"), None);
    }

    #[test]
    fn tags_round_trip() {
        round_trips(
            RequestTag::ALL,
            RequestTag::name,
            RequestTag::from_name,
            &["check", "restore"],
        );
        round_trips(
            ReplyTag::ALL,
            ReplyTag::name,
            ReplyTag::from_name,
            &["ready", "progress", "problems", "ok", "kept", "lost"],
        );
        round_trips(
            Phase::ALL,
            Phase::name,
            Phase::from_name,
            &["reading", "checking"],
        );
    }

    #[test]
    fn problems_round_trip() {
        let problems = vec![
            Problem {
                path: "claims[3].source".into(),
                line_col: Some((12, 7)),
                message: "no source \"x\"".into(),
            },
            Problem {
                path: String::new(),
                line_col: None,
                message: "the file could not be read".into(),
            },
        ];
        let back = problems_from_json(&problems_to_json(&problems)).unwrap();
        assert_eq!(back, problems);
        assert_eq!(problems_from_json("[]"), Some(vec![]));
        assert_eq!(problems_from_json("{\"path\": 1}"), None);
    }
}
