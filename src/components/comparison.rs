//! The side-by-side comparison: one table. On a narrow widget CSS stacks each
//! row into a card and labels each cell with its side (`data-side`), so the
//! words are in the DOM once and a screen reader always meets a table.

use yew::prelude::*;

use super::{no_lone_word, Ctx};

pub fn comparison(ctx: &Ctx) -> Html {
    let words = ctx.words.content();
    let (bpo, kpo) = (words.definitions.bpo.term, words.definitions.kpo.term);
    html! {
        <table class="comparison">
            <caption class="visually-hidden">{ words.steps.comparison.heading }</caption>
            <thead>
                <tr>
                    <th scope="col">{ words.ui.dimension }</th>
                    <th scope="col" class="bpo">{ bpo }</th>
                    <th scope="col" class="kpo-side">{ kpo }</th>
                </tr>
            </thead>
            <tbody>
                for d in words.comparison.iter() {
                    <tr key={d.id}>
                        <th scope="row">{ no_lone_word(d.name) }</th>
                        <td class="bpo" data-side={bpo}>{ d.bpo }</td>
                        <td class="kpo-side" data-side={kpo}>{ d.kpo }</td>
                    </tr>
                }
            </tbody>
        </table>
    }
}
