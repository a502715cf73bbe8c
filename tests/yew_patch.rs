//! The patched `ListenerKind::type_name` (vendor/yew/KPO-PATCH.md) names
//! events exactly as the published one did: the event's name without "on".

#![cfg(not(target_arch = "wasm32"))]

use yew::virtual_dom::ListenerKind;

#[test]
fn event_names_lose_their_on_prefix_and_others_pass_through() {
    assert_eq!(ListenerKind::onclick.type_name(), "click");
    assert_eq!(ListenerKind::onchange.type_name(), "change");
    assert_eq!(ListenerKind::onkeydown.type_name(), "keydown");
    let custom = ListenerKind::other("kpo-explainer:step".into());
    assert_eq!(custom.type_name(), "kpo-explainer:step");
}
