use super::*;
use crate::analysis::Snapshot;

/// A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes;
/// anything else (a bare quote, a lone LF outside quotes, ragged rows) is an error.
fn parse(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut started = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => {
                    quoted = false;
                    if !matches!(chars.peek(), Some(',') | Some('\r') | None) {
                        return Err("text after a closing quote".into());
                    }
                }
                c => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if !started => {
                quoted = true;
                started = true;
            }
            '"' => return Err("a quote inside an unquoted field".into()),
            ',' => {
                row.push(std::mem::take(&mut cell));
                started = false;
            }
            '\r' => {
                if chars.next() != Some('\n') {
                    return Err("CR without LF".into());
                }
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                started = false;
            }
            '\n' => return Err("LF without CR".into()),
            c => {
                cell.push(c);
                started = true;
            }
        }
    }
    if quoted {
        return Err("unterminated quote".into());
    }
    if started || !row.is_empty() {
        return Err("the last record has no CRLF".into());
    }
    if let Some(width) = rows.first().map(Vec::len) {
        if rows.iter().any(|r| r.len() != width) {
            return Err("ragged rows".into());
        }
    }
    Ok(rows)
}

#[test]
fn fields_are_quoted_only_when_rfc_4180_needs_it() {
    assert_eq!(field("plain"), "plain");
    assert_eq!(field("a,b"), "\"a,b\"");
    assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(field("two\nlines"), "\"two\nlines\"");
    let t = table(&["a", "b"], &[vec!["x,y".into(), "q\"\r\nz".into()]]);
    assert_eq!(t, "a,b\r\n\"x,y\",\"q\"\"\r\nz\"\r\n");
    assert_eq!(
        parse(&t).unwrap(),
        vec![vec!["a", "b"], vec!["x,y", "q\"\r\nz"]]
    );
}

#[test]
fn text_that_a_spreadsheet_would_run_is_neutralised() {
    for bad in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx"] {
        assert!(text_cell(bad).starts_with('\''), "{bad}");
    }
    assert_eq!(text_cell("Tariffs"), "Tariffs");
}

#[test]
fn every_table_round_trips_with_one_row_per_item() {
    let store = embedded();
    let d = &store.dataset;
    let stances: usize = d
        .topics
        .iter()
        .flat_map(|t| &t.points)
        .map(|p| p.stances.len())
        .sum();
    let expected = [
        ("figures.csv", d.figures.len()),
        ("events.csv", d.events.len()),
        ("quotes.csv", d.quotes.len()),
        ("positions.csv", stances),
        ("commitments.csv", d.commitments.len()),
        (
            "who-raised-what.csv",
            Snapshot::of_briefing(&store, None).unwrap().topics().len() * d.parties.len(),
        ),
        (
            "numbers.csv",
            d.number_groups.iter().map(|g| g.figures.len()).sum(),
        ),
    ];
    let tables = all(&store);
    assert_eq!(tables.len(), expected.len());
    for (t, (file, n)) in tables.iter().zip(expected) {
        assert_eq!(t.file, file);
        let rows = parse(&t.csv).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(rows.len(), n + 1, "{file}");
        assert_eq!(t.rows, n, "{file}");
    }
    // Values come back as the dataset has them.
    let rows = parse(&quotes(&store).csv).unwrap();
    let head = &rows[0];
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    for (q, row) in d.quotes.iter().zip(&rows[1..]) {
        assert_eq!(row[col("id")], q.id);
        assert_eq!(row[col("text")], text_cell(q.text.trim()));
        assert_eq!(row[col("date")], q.said.to_spec_string());
        assert_eq!(row[col("venue")], text_cell(&q.venue));
        let speaker = store.actor(&q.speaker).unwrap();
        assert_eq!(row[col("speaker")], speaker.name);
        assert!(row[col("sources")].contains(&q.cites[0].source));
    }
    let rows = parse(&figures(&store).csv).unwrap();
    for (f, row) in d.figures.iter().zip(&rows[1..]) {
        assert_eq!(row[3].parse::<f64>().unwrap(), f.value, "{}", f.id);
        assert_eq!(row[6], f.date.to_spec_string());
    }
}

#[test]
fn the_listing_names_and_counts_every_table_without_building_it() {
    use crate::synthetic::{copied_items_store, synthetic_store};
    for store in [
        embedded(),
        std::rc::Rc::new(synthetic_store(3)),
        std::rc::Rc::new(copied_items_store(3)),
    ] {
        let built: Vec<Listing> = all(&store)
            .iter()
            .map(|t| Listing {
                file: t.file,
                title: t.title,
                rows: t.rows,
            })
            .collect();
        assert_eq!(listing(&store), built);
        for t in all(&store) {
            assert_eq!(
                by_file(&store, t.file).map(|b| b.csv),
                Some(t.csv),
                "{}",
                t.file
            );
        }
    }
    assert!(by_file(&embedded(), "nothing.csv").is_none());
}
