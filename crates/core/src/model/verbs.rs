//! Attribution verbs: the table every attribution rule reads. A citation's `verb` must be one of
//! them; an own-words sentence that names a voice with one of them must use the class of the
//! cited excerpt's verb ("claimed" is not "says", "felt" is not "says").

/// How a source reports someone's speech or thought.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum VerbClass {
    /// Plain report of words: said, told, wrote, announced, warned, added.
    Say,
    /// A contested assertion or a denial: claimed, maintained, insisted, denied, decried.
    Claim,
    /// An inner state or view: felt, believed, thought, views, sees, wants.
    Feel,
    /// A forecast: expected, predicted, forecast.
    Expect,
}

impl VerbClass {
    /// Name for messages and docs: "say", "claim", "feel/believe", "expect/forecast".
    pub fn name(self) -> &'static str {
        match self {
            VerbClass::Say => "say",
            VerbClass::Claim => "claim",
            VerbClass::Feel => "feel/believe",
            VerbClass::Expect => "expect/forecast",
        }
    }
}

/// Every attribution verb recognised, with its class, in every form the datasets use.
pub const VERBS: &[(&str, VerbClass)] = {
    use VerbClass::*;
    &[
        // say
        ("say", Say),
        ("says", Say),
        ("said", Say),
        ("saying", Say),
        ("tell", Say),
        ("tells", Say),
        ("told", Say),
        ("telling", Say),
        ("state", Say),
        ("states", Say),
        ("stated", Say),
        ("announce", Say),
        ("announces", Say),
        ("announced", Say),
        ("write", Say),
        ("writes", Say),
        ("wrote", Say),
        ("add", Say),
        ("adds", Say),
        ("added", Say),
        ("remark", Say),
        ("remarks", Say),
        ("remarked", Say),
        ("comment", Say),
        ("comments", Say),
        ("commented", Say),
        ("warn", Say),
        ("warns", Say),
        ("warned", Say),
        ("urge", Say),
        ("urges", Say),
        ("urged", Say),
        ("note", Say),
        ("notes", Say),
        ("noted", Say),
        ("noting", Say),
        ("confirm", Say),
        ("confirms", Say),
        ("confirmed", Say),
        ("reiterate", Say),
        ("reiterates", Say),
        ("reiterated", Say),
        ("acknowledge", Say),
        ("acknowledges", Say),
        ("acknowledged", Say),
        ("signal", Say),
        ("signals", Say),
        ("signaled", Say),
        ("signalled", Say),
        ("suggest", Say),
        ("suggests", Say),
        ("suggested", Say),
        ("post", Say),
        ("posts", Say),
        ("posted", Say),
        ("ask", Say),
        ("asks", Say),
        ("asked", Say),
        ("call", Say),
        ("calls", Say),
        ("called", Say),
        ("cite", Say),
        ("cites", Say),
        ("cited", Say),
        ("citing", Say),
        ("testify", Say),
        ("testified", Say),
        ("hail", Say),
        ("hails", Say),
        ("hailed", Say),
        ("hailing", Say),
        ("threaten", Say),
        ("threatens", Say),
        ("threatened", Say),
        ("pledge", Say),
        ("pledges", Say),
        ("pledged", Say),
        ("demand", Say),
        ("demands", Say),
        ("demanded", Say),
        ("describe", Say),
        ("describes", Say),
        ("described", Say),
        ("indicate", Say),
        ("indicates", Say),
        ("indicated", Say),
        ("conveyed", Say),
        ("warning", Say),
        ("expressed", Say),
        ("pointed", Say),
        ("downplayed", Say),
        // claim
        ("claim", Claim),
        ("claims", Claim),
        ("claimed", Claim),
        ("maintain", Claim),
        ("maintains", Claim),
        ("maintained", Claim),
        ("insist", Claim),
        ("insists", Claim),
        ("insisted", Claim),
        ("contend", Claim),
        ("contends", Claim),
        ("contended", Claim),
        ("assert", Claim),
        ("asserts", Claim),
        ("asserted", Claim),
        ("allege", Claim),
        ("alleges", Claim),
        ("alleged", Claim),
        ("deny", Claim),
        ("denies", Claim),
        ("denied", Claim),
        ("decry", Claim),
        ("decries", Claim),
        ("decried", Claim),
        ("blame", Claim),
        ("blames", Claim),
        ("blamed", Claim),
        ("blaming", Claim),
        ("complain", Claim),
        ("complains", Claim),
        ("complained", Claim),
        ("accuse", Claim),
        ("accuses", Claim),
        ("accused", Claim),
        ("argue", Claim),
        ("argues", Claim),
        ("argued", Claim),
        // feel / believe
        ("feel", Feel),
        ("feels", Feel),
        ("felt", Feel),
        ("believe", Feel),
        ("believes", Feel),
        ("believed", Feel),
        ("think", Feel),
        ("thinks", Feel),
        ("thought", Feel),
        ("view", Feel),
        ("views", Feel),
        ("viewed", Feel),
        ("see", Feel),
        ("sees", Feel),
        ("saw", Feel),
        ("sense", Feel),
        ("senses", Feel),
        ("hope", Feel),
        ("hopes", Feel),
        ("hoped", Feel),
        ("want", Feel),
        ("wants", Feel),
        ("wanted", Feel),
        ("fear", Feel),
        ("fears", Feel),
        ("feared", Feel),
        ("consider", Feel),
        ("considers", Feel),
        ("considered", Feel),
        // expect / forecast
        ("expect", Expect),
        ("expects", Expect),
        ("expected", Expect),
        ("predict", Expect),
        ("predicts", Expect),
        ("predicted", Expect),
        ("forecast", Expect),
        ("forecasts", Expect),
        ("forecasted", Expect),
        ("anticipate", Expect),
        ("anticipates", Expect),
        ("anticipated", Expect),
    ]
};

/// The class of an attribution verb (case-insensitive), or `None` when it is not in [`VERBS`].
pub fn verb_class(verb: &str) -> Option<VerbClass> {
    let v = verb.trim().to_lowercase();
    VERBS.iter().find(|(w, _)| *w == v).map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_has_verbs_and_no_verb_has_two_classes() {
        for class in [
            VerbClass::Say,
            VerbClass::Claim,
            VerbClass::Feel,
            VerbClass::Expect,
        ] {
            assert!(VERBS.iter().any(|(_, c)| *c == class), "{class:?}");
        }
        let mut seen = std::collections::BTreeSet::new();
        for (w, _) in VERBS {
            assert!(seen.insert(*w), "{w} listed twice");
            assert_eq!(w.to_lowercase(), *w);
        }
        assert_eq!(verb_class("Claimed"), Some(VerbClass::Claim));
        assert_eq!(verb_class("felt"), Some(VerbClass::Feel));
        assert_eq!(verb_class("predicted"), Some(VerbClass::Expect));
        assert_eq!(verb_class("said"), Some(VerbClass::Say));
        assert_eq!(verb_class("incensed"), None);
    }
}
