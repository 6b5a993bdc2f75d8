//! Data and geometry of the tariff step chart: each party's tariff on the other's goods over
//! time. Pure numbers and SVG path strings; the UI draws them.

use super::snapshot::Snapshot;
use crate::model::*;

/// One value of a series, in force from `from` until the next step.
#[derive(Clone, Debug, PartialEq)]
pub struct Step<'a> {
    /// The figure giving the value.
    pub figure: &'a Figure,
    /// First day the figure's date may refer to.
    pub from: Day,
    /// The rate, in percent.
    pub value: f64,
    /// The rate covers only part of trade (the figure has a scope): draw it dashed.
    pub partial: bool,
}

/// The steps of one tariff measure.
#[derive(Clone, Debug, PartialEq)]
pub struct Series<'a> {
    /// The measure charted (see [`Dataset::chart_measures`]).
    pub measure: &'a str,
    /// The imposing party's id.
    pub party: &'a str,
    /// e.g. "US tariff on Chinese goods", "China's tariff on US goods".
    pub label: String,
    /// Oldest first; figures of the same date keep dataset order.
    pub steps: Vec<Step<'a>>,
}

/// "US tariff on Chinese goods", "China's tariff on US goods": from the parties' names.
fn series_label(store: &Store, measure: &str, by: &str, on: &str) -> String {
    match (store.party(by), store.party(on)) {
        (Some(p), Some(o)) => {
            let who = if p.adjective == p.short_name {
                p.adjective.clone()
            } else {
                format!("{}'s", p.short_name)
            };
            format!("{who} tariff on {} goods", o.adjective)
        }
        _ => measure.to_string(),
    }
}

/// The known values of each charted measure (each party's tariff on the other), one series per
/// entry of [`Dataset::chart_measures`] (possibly without steps), sorted by date.
pub fn tariff_series<'a>(snap: &Snapshot<'a>) -> Vec<Series<'a>> {
    snap.store
        .dataset
        .chart_measures
        .iter()
        .map(|c| {
            let (measure, by, on) = (c.measure.as_str(), c.by.as_str(), c.on.as_str());
            let mut steps: Vec<Step<'_>> = snap
                .figures_of(measure)
                .into_iter()
                .map(|f| Step {
                    figure: f,
                    from: f.date.first(),
                    value: f.value,
                    partial: f.scope.is_some(),
                })
                .collect();
            steps.sort_by_key(|s| s.figure.date);
            Series {
                measure,
                party: by,
                label: series_label(snap.store, measure, by, on),
                steps,
            }
        })
        .collect()
}

/// A sensible time span for the chart: 1 January of the first step's year to the snapshot
/// day, or to two months after the last step when the snapshot is open-ended or later.
/// `None` when there are no steps.
pub fn chart_range(snap: &Snapshot<'_>, series: &[Series<'_>]) -> Option<(Day, Day)> {
    let froms = series.iter().flat_map(|s| &s.steps).map(|s| s.from);
    let first = froms.clone().min()?;
    let last = froms.max()?;
    let start = Day::new(first.year, 1, 1)?;
    let end = snap.as_of.min(last.add_days(60));
    Some((start, end.max(start.add_days(1))))
}

/// The plotting area inside the chart, in SVG units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plot {
    /// Left edge, in SVG units.
    pub left: f64,
    /// Top edge, in SVG units.
    pub top: f64,
    /// Right edge, in SVG units.
    pub right: f64,
    /// Bottom edge, in SVG units.
    pub bottom: f64,
}

/// A tick on the value axis.
#[derive(Clone, Debug, PartialEq)]
pub struct YTick {
    /// The value marked, in percent.
    pub value: f64,
    /// Its height in the chart, in SVG units.
    pub y: f64,
    /// e.g. "150%".
    pub label: String,
}

/// A tick on the time axis.
#[derive(Clone, Debug, PartialEq)]
pub struct XTick {
    /// The day marked.
    pub day: Day,
    /// Its position along the time axis, in SVG units.
    pub x: f64,
    /// "2025" for a year, "Apr" for a month.
    pub label: String,
    /// `true` for years, `false` for months.
    pub major: bool,
}

/// One horizontal step and the riser to the next, in SVG units.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// Index of the step in its series.
    pub step: usize,
    /// Where the step starts, in SVG units.
    pub x0: f64,
    /// Where the step ends, in SVG units.
    pub x1: f64,
    /// Height of the step, in SVG units.
    pub y: f64,
    /// The next step's y, where the riser ends; `None` for the last step.
    pub next_y: Option<f64>,
    /// The step covers only part of trade: drawn dashed.
    pub partial: bool,
}

/// The drawable form of one series.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesPath {
    /// The measure drawn (see [`Series::measure`]).
    pub measure: String,
    /// The series' label, for the legend.
    pub label: String,
    /// The whole step line: `M x y` then `H x V y` per step change, ending `H x`.
    pub d: String,
    /// Only the steps covering all trade (draw solid); empty when there are none.
    pub solid: String,
    /// Only the partial steps (draw dashed); empty when there are none.
    pub dashed: String,
    /// The steps within the span, in order.
    pub segments: Vec<Segment>,
}

/// Pure geometry of the tariff chart for a given size and time span.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLayout {
    /// Width of the whole chart, in SVG units.
    pub width: f64,
    /// Height of the whole chart, in SVG units.
    pub height: f64,
    /// First day of the time span.
    pub start: Day,
    /// Last day of the time span.
    pub end: Day,
    /// The plotting area inside the margins.
    pub plot: Plot,
    /// Top of the value axis: the largest value rounded up to a multiple of 25.
    pub y_max: f64,
    /// Distance between value ticks.
    pub y_step: f64,
    /// One drawable path per series, in series order.
    pub paths: Vec<SeriesPath>,
}

/// Space left around the plot for axis labels.
const MARGIN: Plot = Plot {
    left: 40.0,
    top: 10.0,
    right: 10.0,
    bottom: 24.0,
};

/// Minimum width of a month on the time axis before months get ticks.
const MIN_MONTH_PX: f64 = 28.0;
/// Minimum width between year labels.
const MIN_YEAR_PX: f64 = 36.0;

const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Estimated width of a point label (bold 11 px), from the advances of the widest common
/// fallback font (DejaVu Sans Bold: digits 7.65, `%` 11.0, `*` 5.75, `.` 4.2), so that a label
/// never runs past the chart's edge where that font is used: an estimate of 7 per character
/// made "145%" 28 wide where it is 34, and a label beside a point near the right edge was cut
/// off. The layout cannot measure text, so it errs wide.
pub fn label_width(text: &str) -> f64 {
    text.chars()
        .map(|c| match c {
            '%' => 11.1,
            '*' => 5.8,
            '.' | ',' => 4.2,
            _ => 7.7,
        })
        .sum()
}

/// A label's height above and below its baseline.
const LABEL_ASCENT: f64 = 9.0;
const LABEL_DESCENT: f64 = 2.0;
/// Gap between a point and its label, and between stacked labels.
const LABEL_GAP: f64 = 6.0;
const LABEL_STEP: f64 = 12.0;

/// A value label beside one point of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct PointLabel {
    /// Index of the step in its series.
    pub step: usize,
    /// The text, e.g. `145%`, with `*` for a rate on part of trade only.
    pub text: String,
    /// Where the text is anchored.
    pub x: f64,
    /// Its baseline.
    pub y: f64,
    /// Anchored at its end (the label sits left of the point, near the right edge).
    pub end: bool,
}

/// A number for a path string: one decimal.
fn num(v: f64) -> String {
    format!("{v:.1}")
}

impl ChartLayout {
    /// Lays out `series` in a `width` × `height` box over the days `start..=end`.
    pub fn new(
        series: &[Series<'_>],
        width: f64,
        height: f64,
        start: Day,
        end: Day,
    ) -> ChartLayout {
        let top = series
            .iter()
            .flat_map(|s| &s.steps)
            .map(|s| s.value)
            .fold(0.0_f64, f64::max);
        let y_max = ((top / 25.0).ceil() * 25.0).max(25.0);
        let y_step = [25.0, 50.0, 100.0, 250.0, 500.0, 1000.0]
            .into_iter()
            .find(|s| y_max / s <= 6.0)
            .unwrap_or(y_max);
        let mut layout = ChartLayout {
            width,
            height,
            start,
            end: end.max(start),
            plot: Plot {
                left: MARGIN.left,
                top: MARGIN.top,
                right: (width - MARGIN.right).max(MARGIN.left + 1.0),
                bottom: (height - MARGIN.bottom).max(MARGIN.top + 1.0),
            },
            y_max,
            y_step,
            paths: Vec::new(),
        };
        layout.paths = series.iter().map(|s| layout.path(s)).collect();
        layout
    }

    /// Horizontal position of a day (linear in days; may fall outside the plot).
    pub fn x(&self, d: Day) -> f64 {
        let span = self.start.days_until(self.end).max(1) as f64;
        let t = self.start.days_until(d) as f64 / span;
        self.plot.left + t * (self.plot.right - self.plot.left)
    }

    /// Vertical position of a value (0 at the bottom of the plot, `y_max` at the top).
    pub fn y(&self, v: f64) -> f64 {
        self.plot.bottom - v / self.y_max * (self.plot.bottom - self.plot.top)
    }

    /// Value ticks from 0 to `y_max`, every `y_step`, labelled as percentages.
    pub fn y_ticks(&self) -> Vec<YTick> {
        let n = (self.y_max / self.y_step).round() as usize;
        (0..=n)
            .map(|i| {
                let value = i as f64 * self.y_step;
                YTick {
                    value,
                    y: self.y(value),
                    label: format!("{}%", format_number(value)),
                }
            })
            .collect()
    }

    /// Time ticks: 1 January of each year in the span (thinned when crowded), and the first
    /// of each other month in the span when months are at least 28 units wide.
    pub fn x_ticks(&self) -> Vec<XTick> {
        let px_per_day =
            (self.plot.right - self.plot.left) / self.start.days_until(self.end).max(1) as f64;
        let every = ((MIN_YEAR_PX / (px_per_day * 365.25)).ceil() as i32).max(1);
        let mut ticks = Vec::new();
        for year in self.start.year..=self.end.year {
            let Some(day) = Day::new(year, 1, 1) else {
                continue;
            };
            if day < self.start || day > self.end || (year - self.start.year) % every != 0 {
                continue;
            }
            ticks.push(XTick {
                day,
                x: self.x(day),
                label: year.to_string(),
                major: true,
            });
        }
        if px_per_day * 30.4 >= MIN_MONTH_PX {
            // January is marked by its year.
            for year in self.start.year..=self.end.year {
                for month in 2..=12 {
                    let Some(day) = Day::new(year, month, 1) else {
                        continue;
                    };
                    if day >= self.start && day <= self.end {
                        ticks.push(XTick {
                            day,
                            x: self.x(day),
                            label: MONTH_ABBR[month as usize - 1].to_string(),
                            major: false,
                        });
                    }
                }
            }
        }
        ticks.sort_by_key(|t| t.day);
        ticks
    }

    /// A label for each point drawn (steps starting in the span), for every series at once:
    /// right of its point, or left of it when it would pass the right edge of the chart; just
    /// above it, or stacked above or below when that spot is taken by a label already placed
    /// or falls outside the chart. `labels[i]` belongs to `series[i]`.
    pub fn point_labels(&self, series: &[Series<'_>]) -> Vec<Vec<PointLabel>> {
        // Boxes of the labels placed so far: left, top, right, bottom.
        let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
        series
            .iter()
            .map(|s| {
                s.steps
                    .iter()
                    .enumerate()
                    .filter(|(_, st)| st.from >= self.start && st.from <= self.end)
                    .map(|(i, st)| {
                        let (x, y) = (self.x(st.from), self.y(st.value));
                        let text = format!(
                            "{}%{}",
                            format_number(st.value),
                            if st.partial { "*" } else { "" }
                        );
                        let w = label_width(&text);
                        let end = x + LABEL_GAP + w > self.width;
                        let (left, tx) = if end {
                            (x - LABEL_GAP - w, x - LABEL_GAP)
                        } else {
                            (x + LABEL_GAP, x + LABEL_GAP)
                        };
                        let above = y - 7.0;
                        let fits = |ly: f64| {
                            ly - LABEL_ASCENT >= 0.0 && ly + LABEL_DESCENT <= self.plot.bottom
                        };
                        let free = |ly: f64| {
                            !placed.iter().any(|&(l, t, r, b)| {
                                left < r
                                    && left + w > l
                                    && ly - LABEL_ASCENT < b
                                    && ly + LABEL_DESCENT > t
                            })
                        };
                        let ly = (1..=8)
                            .flat_map(|k| {
                                let k = k as f64;
                                [
                                    above - (k - 1.0) * LABEL_STEP,
                                    y + 14.0 + (k - 1.0) * LABEL_STEP,
                                ]
                            })
                            .find(|&ly| fits(ly) && free(ly))
                            .unwrap_or(above.max(LABEL_ASCENT));
                        placed.push((left, ly - LABEL_ASCENT, left + w, ly + LABEL_DESCENT));
                        PointLabel {
                            step: i,
                            text,
                            x: tx,
                            y: ly,
                            end,
                        }
                    })
                    .collect()
            })
            .collect()
    }

    /// The step line of one series, clipped to the time span.
    fn path(&self, s: &Series<'_>) -> SeriesPath {
        // Steps starting after the span are dropped; of those starting before it, only the
        // last is kept, drawn from the start of the span (steps starting on the first day all
        // stay, so that each figure keeps its segment).
        let mut steps: Vec<(usize, &Step<'_>)> = s
            .steps
            .iter()
            .enumerate()
            .filter(|(_, st)| st.from <= self.end)
            .collect();
        while steps.len() > 1 && steps[1].1.from < self.start {
            steps.remove(0);
        }
        let x_at = |st: &Step<'_>| self.x(st.from.max(self.start));
        let x_end = self.x(self.end);
        let segments: Vec<Segment> = steps
            .iter()
            .enumerate()
            .map(|(k, &(i, st))| {
                let next = steps.get(k + 1).map(|n| n.1);
                Segment {
                    step: i,
                    x0: x_at(st),
                    x1: next.map_or(x_end, x_at),
                    y: self.y(st.value),
                    next_y: next.map(|n| self.y(n.value)),
                    partial: st.partial,
                }
            })
            .collect();
        let mut d = String::new();
        let (mut solid, mut dashed) = (String::new(), String::new());
        let mut prev_partial: Option<bool> = None;
        for (k, seg) in segments.iter().enumerate() {
            if k == 0 {
                d.push_str(&format!("M{} {}", num(seg.x0), num(seg.y)));
            }
            d.push_str(&format!("H{}", num(seg.x1)));
            let out = if seg.partial { &mut dashed } else { &mut solid };
            if prev_partial != Some(seg.partial) {
                out.push_str(&format!("M{} {}", num(seg.x0), num(seg.y)));
            }
            out.push_str(&format!("H{}", num(seg.x1)));
            if let Some(ny) = seg.next_y {
                d.push_str(&format!("V{}", num(ny)));
                out.push_str(&format!("V{}", num(ny)));
            }
            prev_partial = Some(seg.partial);
        }
        SeriesPath {
            measure: s.measure.to_string(),
            label: s.label.clone(),
            d,
            solid,
            dashed,
            segments,
        }
    }
}

/// The words around a chart saved as a file: what it shows, where the numbers come from and
/// when (the file travels without the page around it).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartFileText {
    /// e.g. "Headline tariff rates, 2018 to date".
    pub title: String,
    /// e.g. "Sources: Kyodo, 7 May 2025; …", wrapped to fit the chart's width.
    pub source: String,
    /// e.g. "As of 4 June 2025 (briefing “After the Geneva truce”) · Counterpoint".
    pub date: String,
}

/// Escapes text for XML content and attribute values.
fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Splits `text` into lines of at most `max` characters, at spaces.
fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(l) if l.chars().count() + 1 + word.chars().count() <= max => {
                l.push(' ');
                l.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

impl ChartLayout {
    /// The chart as a standalone SVG file: white background, colours written out (no
    /// stylesheet), its title and legend above, its source line and date below. `points` are
    /// the series whose points are labelled (as on the page); `colours[i]` draws series `i`.
    pub fn standalone_svg(
        &self,
        points: &[Series<'_>],
        colours: &[&str],
        text: &ChartFileText,
    ) -> String {
        const INK: &str = "#1f2328";
        const MUTED: &str = "#5f6b76";
        const RULE: &str = "#e2ded5";
        const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, 'DejaVu Sans', sans-serif";
        let head = 62.0;
        let colour = |i: usize| {
            colours
                .get(i % colours.len().max(1))
                .copied()
                .unwrap_or(INK)
        };
        let max_chars = (self.width / 6.2) as usize;
        let source = wrap(&text.source, max_chars);
        let foot_top = head + self.height + 14.0;
        let total_h = foot_top + 15.0 * (source.len() + 1) as f64 + 6.0;
        let mut o = String::new();
        o.push_str(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" font-family=\"{FONT}\" role=\"img\" aria-labelledby=\"t\">\n",
            w = num(self.width),
            h = num(total_h)
        ));
        o.push_str(&format!("<title id=\"t\">{}</title>\n", xml(&text.title)));
        o.push_str(&format!(
            "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<text x=\"{}\" y=\"22\" font-size=\"15\" font-weight=\"700\" fill=\"{INK}\">{}</text>\n",
            num(self.plot.left),
            xml(&text.title)
        ));
        // Legend: a swatch and the label of each series, then the partial-rate key.
        let mut x = self.plot.left;
        for (i, s) in points.iter().enumerate() {
            o.push_str(&format!(
                "<line x1=\"{}\" x2=\"{}\" y1=\"40\" y2=\"40\" stroke=\"{}\" stroke-width=\"3\"/><text x=\"{}\" y=\"44\" font-size=\"11\" fill=\"{INK}\">{}</text>\n",
                num(x),
                num(x + 16.0),
                colour(i),
                num(x + 21.0),
                xml(&s.label)
            ));
            x += 21.0 + s.label.chars().count() as f64 * 6.4 + 18.0;
        }
        o.push_str(&format!(
            "<line x1=\"{}\" x2=\"{}\" y1=\"40\" y2=\"40\" stroke=\"{MUTED}\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/><text x=\"{}\" y=\"44\" font-size=\"11\" fill=\"{INK}\">* Rate on part of trade only</text>\n",
            num(x),
            num(x + 16.0),
            num(x + 21.0)
        ));
        o.push_str(&format!(
            "<g transform=\"translate(0 {})\" font-size=\"11\">\n",
            num(head)
        ));
        for t in self.y_ticks() {
            o.push_str(&format!(
                "<line x1=\"{}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{RULE}\"/><text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{MUTED}\">{}</text>\n",
                num(self.plot.left),
                num(self.plot.right),
                num(self.plot.left - 6.0),
                num(t.y + 4.0),
                xml(&t.label),
                y = num(t.y),
            ));
        }
        for t in self.x_ticks() {
            o.push_str(&format!(
                "<line x1=\"{x}\" x2=\"{x}\" y1=\"{}\" y2=\"{}\" stroke=\"{RULE}\"/><text x=\"{x}\" y=\"{}\" text-anchor=\"middle\" fill=\"{MUTED}\">{}</text>\n",
                num(self.plot.bottom),
                num(self.plot.bottom + if t.major { 6.0 } else { 3.0 }),
                num(self.plot.bottom + 18.0),
                xml(&t.label),
                x = num(t.x),
            ));
        }
        let labels = self.point_labels(points);
        for (i, ((p, s), labels)) in self.paths.iter().zip(points).zip(&labels).enumerate() {
            let c = colour(i);
            o.push_str(&format!(
                "<path d=\"{}\" fill=\"none\" stroke=\"{c}\" stroke-width=\"2.5\"/>\n",
                p.solid
            ));
            for label in labels {
                let st = &s.steps[label.step];
                let (x, y) = (self.x(st.from), self.y(st.value));
                if st.partial {
                    o.push_str(&format!(
                        "<line x1=\"{}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{c}\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>\n",
                        num(x),
                        num(x + 28.0),
                        y = num(y)
                    ));
                }
                o.push_str(&format!(
                    "<circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"{c}\"/><text x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-weight=\"700\" fill=\"{c}\">{}</text>\n",
                    num(x),
                    num(y),
                    num(label.x),
                    num(label.y),
                    if label.end { "end" } else { "start" },
                    xml(&label.text)
                ));
            }
        }
        o.push_str("</g>\n");
        for (k, line) in source.iter().chain(std::iter::once(&text.date)).enumerate() {
            o.push_str(&format!(
                "<text x=\"{}\" y=\"{}\" font-size=\"11\" fill=\"{MUTED}\">{}</text>\n",
                num(self.plot.left),
                num(foot_top + 15.0 * k as f64),
                xml(line)
            ));
        }
        o.push_str("</svg>\n");
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse(s).unwrap()
    }

    #[test]
    fn the_latest_steps_are_the_geneva_rates() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let series = tariff_series(&snap);
        assert_eq!(series.len(), 2);
        assert_eq!(series[0].label, "US tariff on Chinese goods");
        assert_eq!(series[1].label, "China's tariff on US goods");
        let values = |s: &Series<'_>| s.steps.iter().map(|st| st.value).collect::<Vec<_>>();
        assert_eq!(values(&series[0]), [25.0, 10.0, 145.0, 30.0]);
        assert_eq!(values(&series[1]), [125.0, 10.0]);
        let us = series[0].steps.last().unwrap();
        assert_eq!((us.value, us.partial), (30.0, false));
        assert_eq!(us.figure.id, "f-us-tariff-2025-30");
        assert_eq!(series[1].steps.last().unwrap().value, 10.0);
        // The 2018 rates applied to $34 billion and $200 billion of goods only.
        assert!(series[0].steps[0].partial && series[0].steps[1].partial);
        assert_eq!(series[0].steps[2].from, day("2025-04-09"));
    }

    #[test]
    fn the_eve_of_geneva_ends_at_145() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, Some("eve-of-geneva")).unwrap();
        let series = tariff_series(&snap);
        assert_eq!(series[0].steps.last().unwrap().value, 145.0);
        assert_eq!(series[1].steps.last().unwrap().value, 125.0);
        let (start, end) = chart_range(&snap, &series).unwrap();
        assert_eq!((start, end), (day("2018-01-01"), day("2025-05-09")));
        let layout = ChartLayout::new(&series, 600.0, 300.0, start, end);
        assert_eq!(layout.y_max, 150.0);
    }

    #[test]
    fn lays_out_the_step_lines() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let series = tariff_series(&snap);
        let (start, end) = chart_range(&snap, &series).unwrap();
        assert_eq!((start, end), (day("2018-01-01"), day("2025-06-05")));
        let l = ChartLayout::new(&series, 640.0, 320.0, start, end);
        assert!(l.y_max >= 145.0 && l.y_max % 25.0 == 0.0);
        assert_eq!(l.y(0.0), l.plot.bottom);
        assert_eq!(l.y(l.y_max), l.plot.top);
        assert_eq!(l.x(start), l.plot.left);
        assert_eq!(l.x(end), l.plot.right);
        let labels: Vec<_> = l.y_ticks().into_iter().map(|t| t.label).collect();
        assert_eq!(labels, ["0%", "25%", "50%", "75%", "100%", "125%", "150%"]);
        let years: Vec<_> = l.x_ticks().into_iter().map(|t| t.label).collect();
        assert_eq!(
            years,
            ["2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"]
        );

        let us = &l.paths[0];
        assert!(us.d.starts_with('M'));
        assert_eq!(us.d.matches('M').count(), 1);
        assert_eq!(us.d.matches('H').count(), 4, "one horizontal per step");
        assert_eq!(us.d.matches('V').count(), 3, "one riser per change");
        assert_eq!(us.segments.len(), 4);
        // 25% and 10% (2018, part of trade) are dashed; the headline 145% and 30% solid.
        assert_eq!(us.dashed.matches('H').count(), 2);
        assert_eq!(us.solid.matches('H').count(), 2);
        assert!(us.solid.starts_with('M') && us.dashed.starts_with('M'));
        let last = us.segments.last().unwrap();
        assert_eq!(
            (last.y, last.x1, last.next_y),
            (l.y(30.0), l.plot.right, None)
        );
        let cn = &l.paths[1];
        assert!(cn.d.starts_with('M'));
        assert_eq!(
            (cn.d.matches('H').count(), cn.d.matches('V').count()),
            (2, 1)
        );
    }

    #[test]
    fn a_narrow_span_clips_and_shows_months() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let series = tariff_series(&snap);
        let l = ChartLayout::new(&series, 640.0, 320.0, day("2025-03-01"), day("2025-06-05"));
        // The 2018 steps before the span collapse into the last of them, drawn from the start.
        let us = &l.paths[0];
        assert_eq!(us.segments.len(), 3);
        assert_eq!(us.segments[0].x0, l.plot.left);
        assert_eq!(us.segments[0].y, l.y(10.0));
        let ticks = l.x_ticks();
        let labels: Vec<_> = ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["Mar", "Apr", "May", "Jun"]);
        assert!(ticks.iter().all(|t| !t.major));
        // Months are marked in any year, not only in the year of the talks.
        let l = ChartLayout::new(&series, 640.0, 320.0, day("2018-06-15"), day("2018-09-05"));
        let labels: Vec<_> = l.x_ticks().into_iter().map(|t| t.label).collect();
        assert_eq!(labels, ["Jul", "Aug", "Sep"]);
    }

    #[test]
    fn point_labels_stay_inside_the_chart_and_apart() {
        let store = embedded();
        for briefing in &store.dataset.briefings {
            let snap = Snapshot::of_briefing(&store, Some(&briefing.id)).unwrap();
            let series = tariff_series(&snap);
            let Some((start, end)) = chart_range(&snap, &series) else {
                continue;
            };
            for (w, from) in [(760.0, start), (760.0, day("2025-01-01")), (400.0, start)] {
                let l = ChartLayout::new(&series, w, 320.0, from, end);
                let labels = l.point_labels(&series);
                assert_eq!(labels.len(), series.len());
                let mut boxes = Vec::new();
                for (s, ls) in series.iter().zip(&labels) {
                    let drawn = s.steps.iter().filter(|st| st.from >= from).count();
                    assert_eq!(ls.len(), drawn, "a label per point drawn");
                    for p in ls {
                        let width = label_width(&p.text);
                        let left = if p.end { p.x - width } else { p.x };
                        assert!(
                            left >= 0.0 && left + width <= l.width,
                            "{} at {left}",
                            p.text
                        );
                        assert!(
                            p.y - LABEL_ASCENT >= 0.0 && p.y <= l.plot.bottom,
                            "{} at {}",
                            p.text,
                            p.y
                        );
                        boxes.push((
                            left,
                            p.y - LABEL_ASCENT,
                            left + width,
                            p.y + LABEL_DESCENT,
                            &p.text,
                        ));
                    }
                }
                for (i, a) in boxes.iter().enumerate() {
                    for b in &boxes[i + 1..] {
                        let apart = a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1;
                        assert!(
                            apart,
                            "{} and {} overlap (width {w}, {})",
                            a.4, b.4, briefing.id
                        );
                    }
                }
            }
        }
        // The 145% of April 2025 sits near the right edge of the full chart: it turns left.
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let series = tariff_series(&snap);
        let (start, end) = chart_range(&snap, &series).unwrap();
        let l = ChartLayout::new(&series, 760.0, 320.0, start, end);
        let labels = l.point_labels(&series);
        let top = labels[0].iter().find(|p| p.text == "145%").unwrap();
        assert!(top.end);
    }

    #[test]
    fn the_standalone_svg_carries_title_source_and_date() {
        let store = embedded();
        let snap = Snapshot::of_briefing(&store, None).unwrap();
        let series = tariff_series(&snap);
        let (start, end) = chart_range(&snap, &series).unwrap();
        let l = ChartLayout::new(&series, 760.0, 320.0, start, end);
        let text = ChartFileText {
            title: "Headline tariff rates & <more>".into(),
            source: "Sources: Kyodo, 7 May 2025; The Washington Times, c. 4 June 2025".into(),
            date: "As of 4 June 2025".into(),
        };
        let svg = l.standalone_svg(&series, &["#1d6b72", "#8a5a0b"], &text);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains("Headline tariff rates &amp; &lt;more&gt;"));
        assert!(svg.contains("Sources: Kyodo, 7 May 2025;"));
        assert!(svg.contains(">As of 4 June 2025</text>"));
        assert!(svg.contains(">145%</text>"));
        assert_eq!(svg.matches("<svg").count(), svg.matches("</svg>").count());
        assert_eq!(wrap("a bb ccc dd", 6), vec!["a bb", "ccc dd"]);
    }
}
