//! Outsourcing as one range: BPO and KPO at its ends and ITO named by its
//! subject, the tells that place any task on it, a figure placing a few,
//! and where the definitions come from.

use kpo_content::Definition;
use yew::prelude::*;

use super::spectrum::{spectrum, Mark, MarkKind};
use super::{quote, Ctx};

/// One term: what it stands for, a sentence and an example, so a skimming
/// reader gets the gist from the first line. `class` names its place, for
/// its colour.
fn card(d: &Definition, example: &'static str, class: &'static str) -> Html {
    html! {
        <article {class} aria-label={d.expansion}>
            <p class="term">{ d.term }</p>
            <p class="expansion">{ d.expansion }</p>
            <p class="sentence">{ d.sentence }</p>
            <p class="example"><span class="example-label">{ example }{ ": " }</span>{ d.example }</p>
        </article>
    }
}

pub fn definitions(ctx: &Ctx) -> Html {
    let words = ctx.words.content();
    let (d, s) = (&words.definitions, &words.spectrum);
    let marks = s
        .examples
        .iter()
        .enumerate()
        .map(|(i, e)| Mark {
            n: i + 1,
            task: e.task,
            position: e.position,
            kind: MarkKind::Example,
        })
        .collect();
    html! {
        <div class="definitions">
            <div class="cards three">
                { card(&d.bpo, words.ui.example, "card bpo") }
                { card(&d.ito, words.ui.example, "card ito") }
                { card(&d.kpo, words.ui.example, "card kpo-side") }
            </div>
            <h3>{ words.tells.heading }</h3>
            <ol class="tells">
                for t in words.tells.items.iter() {
                    <li><strong>{ t.name }{ ": " }</strong>{ t.question }{ " " }{ t.points }</li>
                }
            </ol>
            <p>{ words.tells.middle }</p>
            { spectrum(ctx, s.caption, marks) }
            <p class="both">{ s.both }</p>
            { quote(ctx, Some("credit"), s.quote, s.quote_gloss, s.quote_source) }
            <p class="note">{ s.credit }</p>
        </div>
    }
}
