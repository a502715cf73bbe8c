//! The fields of knowledge work: the post's own list, the one a reader
//! added, and the segments most sources call KPO, each labelled as whose it
//! is.

use kpo_content::{Field, Voice};
use yew::prelude::*;

use super::Ctx;

/// One field: its name and what it is.
fn card(f: &'static Field) -> Html {
    html! {
        <li class="card field" key={f.id}>
            <h4>{ f.name }</h4>
            <p>{ f.summary }</p>
        </li>
    }
}

/// How many fields `from` names.
fn count(ctx: &Ctx, from: Voice) -> usize {
    ctx.words.content().fields.iter().filter(|f| f.from == from).count()
}

/// The fields named by `from`, under `heading` (nothing when there are
/// none), in pairs or not as the post's list is, so both lists' cards are
/// one width.
fn group(ctx: &Ctx, heading: &'static str, from: Voice, paired: bool) -> Html {
    if count(ctx, from) == 0 {
        return Html::default();
    }
    html! {
        <>
            <h3>{ heading }</h3>
            <ul class={if paired { "cards auto fields pairs" } else { "cards auto fields" }}>
                for f in ctx.words.content().fields.iter().filter(|f| f.from == from) {
                    { card(f) }
                }
            </ul>
        </>
    }
}

/// Whether `n` cards go in pairs where three would fit a row: three to a
/// row would leave the last one alone (ten: 3, 3, 3, 1) where pairs leave
/// none (5 × 2).
fn pairs(n: usize) -> bool {
    n % 3 == 1 && n.is_multiple_of(2)
}

pub fn fields(ctx: &Ctx) -> Html {
    let words = ctx.words.content();
    let ui = &words.ui;
    let paired = pairs(count(ctx, Voice::Post));
    html! {
        <div class="fields-step">
            { group(ctx, ui.post_fields_heading, Voice::Post, paired) }
            { group(ctx, ui.reader_fields_heading, Voice::Reader, paired) }
            <h3>{ ui.segments_heading }</h3>
            <ul class="segments">
                for s in words.segments.iter() {
                    <li><strong>{ s.name }</strong>{ ": " }{ s.summary }</li>
                }
            </ul>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::pairs;

    #[test]
    fn cards_go_in_pairs_only_where_three_to_a_row_would_leave_one_alone() {
        let paired: Vec<usize> = (1..=12).filter(|&n| pairs(n)).collect();
        assert_eq!(paired, [4, 10]);
    }
}
