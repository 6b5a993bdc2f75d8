//! The problems that stopped a dataset from opening: where each is (JSON path, line:column)
//! and what is wrong, in plain words.

use counterpoint_core::model::Problem;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadProblemsProps {
    pub problems: Rc<Vec<Problem>>,
    /// Show at most this many (the rest are counted).
    pub limit: usize,
}

#[component]
pub fn LoadProblems(props: &LoadProblemsProps) -> Html {
    let total = props.problems.len();
    let hidden = total.saturating_sub(props.limit);
    html! {
        <>
            <ol class="load-problems">
                for p in props.problems.iter().take(props.limit) {
                    <li>
                        if !p.path.is_empty() {
                            <code class="problem-path">{&p.path}</code>{" "}
                        }
                        if let Some((line, col)) = p.line_col {
                            <span class="problem-at">{format!("(line {line}, column {col})")}</span>
                        }
                        if !p.path.is_empty() || p.line_col.is_some() {
                            {": "}
                        }
                        <span class="problem-message">{&p.message}</span>
                    </li>
                }
            </ol>
            if hidden > 0 {
                <p class="hint">{format!("…and {hidden} more. The Dataset page lists them all.")}</p>
            }
        </>
    }
}
