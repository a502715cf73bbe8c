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
// library's float printing into the wasm (about 20 KB gzip).
const WIDTH: i32 = 320;
const LEFT: i32 = 14;
const SPAN: i32 = WIDTH - 2 * LEFT;
/// How close two marks may sit in one row before the later one moves up.
const GAP: i32 = 22;
const ROW: i32 = 24;

fn x_of(position: u8) -> i32 {
    LEFT + SPAN * i32::from(position) / 100
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

/// Appends ` name="value"`.
fn attr(out: &mut String, name: &str, value: i32) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    out.push_str(&value.to_string());
    out.push('"');
}

/// The drawing (the axis and the numbered marks) as SVG markup: one string
/// built by appending costs the wasm far less than the same elements built
/// by `html!` or `format!`. Hidden from assistive technology; the list after
/// it says everything it shows, and it holds no text but the marks' numbers.
fn svg(marks: &[Mark], rows: &[usize]) -> String {
    let levels = rows.iter().max().map_or(1, |r| r + 1) as i32;
    let axis = 4 + levels * ROW;
    let mut out = String::with_capacity(200 + 160 * marks.len());
    out.push_str(
        r#"<svg class="spectrum-svg" aria-hidden="true" focusable="false" viewBox="0 0 320 "#,
    );
    out.push_str(&(axis + 6).to_string());
    out.push_str(r#""><line class="axis""#);
    attr(&mut out, "x1", LEFT);
    attr(&mut out, "x2", LEFT + SPAN);
    attr(&mut out, "y1", axis);
    attr(&mut out, "y2", axis);
    out.push_str("/>");
    for (m, row) in marks.iter().zip(rows) {
        let (x, y) = (x_of(m.position), axis - 14 - *row as i32 * ROW);
        let wrong = matches!(m.kind, MarkKind::Answer { right: false, .. });
        out.push_str(match m.kind {
            _ if wrong => r#"<g class="mark wrong"><rect width="16" height="16""#,
            MarkKind::Answer { .. } => r#"<g class="mark right"><circle r="10""#,
            MarkKind::Example => r#"<g class="mark example"><circle r="10""#,
        });
        if wrong {
            // A diamond: the square turned about its own centre.
            attr(&mut out, "x", x - 8);
            attr(&mut out, "y", y - 8);
            out.push_str(&format!(" transform=\"rotate(45 {x} {y})\""));
        } else {
            attr(&mut out, "cx", x);
            attr(&mut out, "cy", y);
        }
        out.push_str(r#"/><text class="n" text-anchor="middle""#);
        attr(&mut out, "x", x);
        attr(&mut out, "y", y + 4);
        out.push('>');
        out.push_str(&m.n.to_string());
        out.push_str("</text></g>");
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
