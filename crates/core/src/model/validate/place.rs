//! Each problem's line:column in the file, found from its JSON path.

use super::Problem;
use crate::model::locate::{offsets_of_paths, LineCounter};

/// Fills `line_col` by finding where each problem's path points in the original text: all
/// paths in one pass, then all line:columns in a second (a file can have thousands).
pub(super) fn place_problems(json: &str, problems: &mut [Problem]) {
    let todo: Vec<usize> = (0..problems.len())
        .filter(|&i| problems[i].line_col.is_none() && !problems[i].path.is_empty())
        .collect();
    let paths: Vec<&str> = todo.iter().map(|&i| problems[i].path.as_str()).collect();
    let offsets = offsets_of_paths(json, &paths);
    let mut placed: Vec<(usize, usize)> = todo
        .iter()
        .zip(offsets)
        .filter_map(|(&i, o)| Some((o?, i)))
        .collect();
    placed.sort_unstable();
    let mut lines = LineCounter::new(json);
    for (offset, i) in placed {
        problems[i].line_col = Some(lines.line_col(offset));
    }
}
