//! The fields of knowledge work: the post's own list, the one a reader
//! added, and the segments most sources call KPO, each labelled as whose it
//! is.

use kpo_content::{Field, Voice};
use yew::prelude::*;

use super::disclosure::{disclosure, Disclosure};
use super::Ctx;
use crate::state::Panel;

/// One field: name and summary always, its tasks behind a disclosure button
/// so a dozen fields stay scannable. `index` is the field's.
fn card(ctx: &Ctx, index: usize, f: &'static Field) -> Html {
    let ui = &ctx.words.content().ui;
    let details = Disclosure {
        panel: Panel::Field(index),
        id: format!("kpo{}-field-{}-details", ctx.uid, f.id),
        show: ui.show_details,
        hide: ui.hide_details,
        about: Some(f.name),
        button_class: None,
        panel_class: "details",
    };
    html! {
        <li class="card field" key={f.id}>
            <h4>{ f.name }</h4>
            <p>{ f.summary }</p>
            { disclosure(ctx, details, html! { <>
                <h5>{ ui.field_tasks }</h5>
                <ul>
                    for t in f.tasks.iter() { <li>{ *t }</li> }
                </ul>
            </> }) }
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
                for (i, f) in ctx.words.content().fields.iter().enumerate().filter(|(_, f)| f.from == from) {
                    { card(ctx, i, f) }
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
