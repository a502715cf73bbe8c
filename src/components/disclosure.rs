//! A button that shows and hides the panel after it: a field card's details,
//! the embed code. The one component besides `App`: the open state is the
//! reader's business alone, kept nowhere else.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    /// The panel's id, which the button controls.
    pub id: AttrValue,
    /// The button's words while the panel is closed, and while open.
    pub show: &'static str,
    pub hide: &'static str,
    /// Named after the visible words ("Show details: Design") where several
    /// buttons share those words; the name still starts with them, for voice
    /// control.
    #[prop_or_default]
    pub about: Option<&'static str>,
    #[prop_or_default]
    pub button_class: Option<&'static str>,
    pub panel_class: &'static str,
    pub children: Html,
}

#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let label = if *open { props.hide } else { props.show };
    html! {
        <>
            <button type="button" class={props.button_class} aria-expanded={open.to_string()}
                aria-controls={props.id.clone()} onclick={toggle}
                aria-label={props.about.map(|about| format!("{label}: {about}"))}>
                { label }
            </button>
            <div class={props.panel_class} id={props.id.clone()} hidden={!*open}>
                { props.children.clone() }
            </div>
        </>
    }
}
