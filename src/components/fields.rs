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

/// The fields named by `from`, under `heading` (nothing when there are
/// none).
fn group(ctx: &Ctx, heading: &'static str, from: Voice) -> Html {
    if !ctx.words.content().fields.iter().any(|f| f.from == from) {
        return Html::default();
    }
    html! {
        <>
            <h3>{ heading }</h3>
            <ul class="cards auto fields">
                for f in ctx.words.content().fields.iter().filter(|f| f.from == from) {
                    { card(f) }
                }
            </ul>
        </>
    }
}

pub fn fields(ctx: &Ctx) -> Html {
    let words = ctx.words.content();
    let ui = &words.ui;
    html! {
        <div class="fields-step">
            { group(ctx, ui.post_fields_heading, Voice::Post) }
            { group(ctx, ui.reader_fields_heading, Voice::Reader) }
            <h3>{ ui.segments_heading }</h3>
            <ul class="segments">
                for s in words.segments.iter() {
                    <li><strong>{ s.name }</strong>{ ": " }{ s.summary }</li>
                }
            </ul>
        </div>
    }
}
