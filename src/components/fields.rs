//! The fields of knowledge work, as cards with details on demand.

use kpo_content::Field;
use yew::prelude::*;

use super::disclosure::{disclosure, Disclosure};
use super::Ctx;
use crate::state::Panel;

/// One field: name and summary always, the rest behind a disclosure button
/// so a dozen fields stay scannable. `index` is the field's.
fn card(ctx: &Ctx, index: usize, f: &'static Field) -> Html {
    let ui = &ctx.words.0.ui;
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
            <h3>{ f.name }</h3>
            <p>{ f.summary }</p>
            { disclosure(ctx, details, html! { <>
                <h4>{ ui.field_tasks }</h4>
                <ul>
                    for t in f.tasks.iter() { <li>{ *t }</li> }
                </ul>
                <h4>{ ui.field_skills }</h4>
                <ul>
                    for s in f.skills.iter() { <li>{ *s }</li> }
                </ul>
                <h4>{ ui.field_why_kpo }</h4>
                <p>{ f.why_kpo }</p>
                <p class="named-in">{ ui.field_named_in }{ ": " }{ f.named_in }</p>
            </> }) }
        </li>
    }
}

pub fn fields(ctx: &Ctx) -> Html {
    html! {
        <ul class="cards auto fields">
            for (i, f) in ctx.words.0.fields.iter().enumerate() {
                { card(ctx, i, f) }
            }
        </ul>
    }
}
