//! The range of outsourcing work as a figure: inline SVG drawn from the
//! content (no chart library), with a numbered list as its text equivalent.
//! The definitions step places example tasks on it; after sorting, the
//! reader's own answers appear on it, right and wrong told apart by shape
//! and by the list's words, not by colour alone.

use kpo_content::fill;
use yew::prelude::*;

use super::Ctx;

/// A numbered point on the range.
pub struct Mark {
    pub n: usize,
    pub task: &'static str,
    /// 0 is a set process, 100 expert judgment.
    pub position: u8,
    pub kind: MarkKind,
}

pub enum MarkKind {
    /// A task this guide places.
    Example,
    /// A task the reader placed or named: what they said and what this
    /// guide says, in words ("the middle", "ITO"), and whether that is
    /// right.
    Answer {
        said: &'static str,
        guide: &'static str,
        right: bool,
    },
}

// Whole numbers throughout: formatting a float would link the standard
// library's float printing into the wasm (about 20 KB gzip). The drawing is
// as wide as the column, so across it positions are in tenths of a percent
// (an inset of 4 % at each end); marks and rows are in pixels, the same at
// any width.
const LEFT: i32 = 40;
const SPAN: i32 = 1000 - 2 * LEFT;
/// How close two marks may sit in one row before the later one moves up, in
/// tenths of a percent: a mark's 20 px and a little air on a 320 px phone.
const GAP: i32 = 75;
const ROW: i32 = 24;

fn x_of(position: u8) -> i32 {
    LEFT + SPAN * i32::from(position) / 100
}

/// `tenths` of a percent, as an SVG length ("45.2%").
fn percent(tenths: i32) -> String {
    format!("{}.{}%", tenths / 10, tenths % 10)
}

/// Each mark's row, lowest first, so no two in a row overlap: marks are
/// placed from left to right, each in the lowest row with room. (By
/// scanning the positions, not sorting: a sort links about 4 KB.)
fn rows(marks: &[Mark]) -> Vec<usize> {
    let mut rows = vec![0; marks.len()];
    let mut ends: Vec<i32> = Vec::new();
    for position in 0..=100 {
        for (i, m) in marks.iter().enumerate() {
            if m.position != position {
                continue;
            }
            let x = x_of(position);
            rows[i] = match ends.iter().position(|&end| x - end >= GAP) {
                Some(row) => {
                    ends[row] = x;
                    row
                }
                None => {
                    ends.push(x);
                    ends.len() - 1
                }
            };
        }
    }
    rows
}

/// The figure, with `caption`; the list gives `marks` in their order.
pub fn spectrum(ctx: &Ctx, caption: &'static str, marks: Vec<Mark>) -> Html {
    let words = ctx.words.content();
    let ui = &words.ui;
    let rows = rows(&marks);
    let legend = marks
        .iter()
        .map(|m| {
            let n = m.n.to_string();
            let text = match m.kind {
                MarkKind::Example => fill(
                    ui.placed_at,
                    &[("n", &n), ("task", m.task), ("where", ui.zone(m.position))],
                ),
                MarkKind::Answer { said, guide, right } => {
                    let verdict = if right {
                        ui.placing_right.to_owned()
                    } else {
                        fill(ui.placing_wrong, &[("side", guide)])
                    };
                    fill(
                        ui.your_placing,
                        &[
                            ("n", &n),
                            ("task", m.task),
                            ("side", said),
                            ("verdict", &verdict),
                        ],
                    )
                }
            };
            let class = match m.kind {
                MarkKind::Answer { right: false, .. } => Some("placed-wrong"),
                _ => None,
            };
            html! { <li key={m.n} {class}>{ text }</li> }
        })
        .collect::<Html>();
    let d = &words.definitions;
    html! {
        <figure class="spectrum">
            { Html::from_html_unchecked(svg(&marks, &rows).into()) }
            // The scale as text, not in the drawing: it stays legible when a
            // phone shrinks the drawing.
            <div class="spectrum-scale" aria-hidden="true">
                <span>{ d.bpo.term }</span><span>{ d.kpo.term }</span>
            </div>
            <div class="spectrum-ends" aria-hidden="true">
                <span>{ ui.spectrum_low_end }</span><span>{ ui.spectrum_high_end }</span>
            </div>
            <figcaption>{ caption }</figcaption>
            <ol class="spectrum-legend">{ legend }</ol>
        </figure>
    }
}

/// A line of the axis from `x` to `x` (tenths of a percent across) and `y`
/// to `y` (pixels down), appended to `out`.
fn axis_line(out: &mut String, (x1, x2): (i32, i32), (y1, y2): (i32, i32)) {
    out.push_str(r#"<line class="axis" x1=""#);
    out.push_str(&percent(x1));
    out.push_str(r#"" x2=""#);
    out.push_str(&percent(x2));
    out.push_str(r#"" y1=""#);
    out.push_str(&y1.to_string());
    out.push_str(r#"" y2=""#);
    out.push_str(&y2.to_string());
    out.push_str(r#""/>"#);
}

/// The drawing (the axis and the numbered marks) as SVG markup: one string
/// built by appending costs the wasm far less than the same elements built
/// by `html!` or `format!`. Each mark is a small SVG of its own placed at
/// its percentage, so it keeps its size whatever the width. Hidden from
/// assistive technology; the list after it says everything it shows, and it
/// holds no text but the marks' numbers.
fn svg(marks: &[Mark], rows: &[usize]) -> String {
    let levels = rows.iter().max().map_or(1, |r| r + 1) as i32;
    let axis = 4 + levels * ROW;
    let mut out = String::with_capacity(200 + 200 * marks.len());
    out.push_str(r#"<svg class="spectrum-svg" aria-hidden="true" focusable="false" height=""#);
    out.push_str(&(axis + 6).to_string());
    out.push_str(r#"">"#);
    axis_line(&mut out, (LEFT, LEFT + SPAN), (axis, axis));
    // A tick at each end: the line stops where the range does, under its
    // end's name, not short of it as if cut off.
    for end in [LEFT, LEFT + SPAN] {
        axis_line(&mut out, (end, end), (axis - 6, axis + 6));
    }
    for (m, row) in marks.iter().zip(rows) {
        out.push_str(r#"<svg overflow="visible" x=""#);
        out.push_str(&percent(x_of(m.position)));
        out.push_str(r#"" y=""#);
        out.push_str(&(axis - 14 - *row as i32 * ROW).to_string());
        out.push_str(match m.kind {
            // A diamond: a square turned about its own centre.
            MarkKind::Answer { right: false, .. } => {
                r#""><g class="mark wrong"><rect x="-8" y="-8" width="16" height="16" transform="rotate(45)"/>"#
            }
            MarkKind::Answer { .. } => r#""><g class="mark right"><circle r="10"/>"#,
            MarkKind::Example => r#""><g class="mark example"><circle r="10"/>"#,
        });
        out.push_str(r#"<text class="n" text-anchor="middle" y="4">"#);
        out.push_str(&m.n.to_string());
        out.push_str("</text></g></svg>");
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(n: usize, position: u8) -> Mark {
        Mark {
            n,
            task: "",
            position,
            kind: MarkKind::Example,
        }
    }

    #[test]
    fn positions_are_tenths_of_a_percent_inset_from_the_ends() {
        assert_eq!(percent(x_of(0)), "4.0%");
        assert_eq!(percent(x_of(100)), "96.0%");
        assert_eq!(percent(x_of(45)), "45.4%");
        let svg = svg(&[mark(1, 45)], &[0]);
        assert!(
            svg.contains(r#"<svg overflow="visible" x="45.4%" y="14">"#),
            "{svg}"
        );
        assert!(!svg.contains("viewBox"), "{svg}");
        // The axis, and a tick across it at each end.
        for end in ["4.0%", "96.0%"] {
            assert!(
                svg.contains(&format!(r#"x1="{end}" x2="{end}" y1="22" y2="34""#)),
                "{svg}"
            );
        }
    }

    #[test]
    fn marks_too_close_go_up_a_row_and_far_ones_share_one() {
        let marks = [
            mark(1, 10),
            mark(2, 12),
            mark(3, 14),
            mark(4, 60),
            mark(5, 90),
        ];
        assert_eq!(rows(&marks), vec![0, 1, 2, 0, 0]);
        // Placed by position, whatever their order in the list.
        let marks = [mark(1, 90), mark(2, 14), mark(3, 12), mark(4, 10)];
        assert_eq!(rows(&marks), vec![0, 2, 1, 0]);
    }
}
