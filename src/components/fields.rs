//! The fields of knowledge work, as cards with details on demand.

use kpo_content::Field;
use yew::prelude::*;

use super::disclosure::Disclosure;
use crate::content::CONTENT;

/// One field: name and summary always, the rest behind a disclosure button
/// so eleven fields stay scannable.
fn card(f: &'static Field) -> Html {
    let ui = &CONTENT.ui;
    html! {
        <li class="card field" key={f.id}>
            <h3>{ f.name }</h3>
            <p>{ f.summary }</p>
            <Disclosure id={format!("field-{}-details", f.id)} show={ui.show_details}
                hide={ui.hide_details} about={f.name} panel_class="details">
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
            </Disclosure>
        </li>
    }
}

pub fn fields() -> Html {
    html! {
        <ul class="cards auto fields">
            for f in CONTENT.fields.iter() {
                { card(f) }
            }
        </ul>
    }
}
