//! The fields of knowledge work, as cards with details on demand.

use kpo_content::Field;
use yew::prelude::*;

use crate::content::CONTENT;

#[derive(Properties, PartialEq)]
pub struct FieldCardProps {
    pub field: &'static Field,
}

/// One field: name and summary always, the rest behind a disclosure button
/// so eleven fields stay scannable.
#[component]
pub fn FieldCard(props: &FieldCardProps) -> Html {
    let ui = &CONTENT.ui;
    let f = props.field;
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let details_id = format!("field-{}-details", f.id);
    let label = if *open {
        ui.hide_details
    } else {
        ui.show_details
    };
    html! {
        <li class="card field">
            <h3>{ f.name }</h3>
            <p>{ f.summary }</p>
            // The name starts with the visible words (for voice control) and
            // says which field, since eleven buttons share those words.
            <button type="button" aria-expanded={open.to_string()} aria-controls={details_id.clone()} onclick={toggle}
                aria-label={format!("{}: {}", label, f.name)}>
                { label }
            </button>
            <div class="details" id={details_id} hidden={!*open}>
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
            </div>
        </li>
    }
}

pub fn fields() -> Html {
    html! {
        <ul class="cards auto fields">
            for f in CONTENT.fields.iter() {
                <FieldCard key={f.id} field={f} />
            }
        </ul>
    }
}
