//! The side-by-side comparison: a table on wide widgets, stacked cards on
//! narrow ones. Both are in the DOM; CSS container queries show one, and
//! `display: none` hides the other from screen readers too.

use yew::prelude::*;

use crate::content::CONTENT;

pub fn comparison() -> Html {
    let c = &CONTENT;
    let (bpo, kpo) = (c.definitions.bpo.term, c.definitions.kpo.term);
    html! {
        <div class="comparison">
            <table class="comparison-table">
                <caption class="visually-hidden">{ c.steps.comparison.heading }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ c.ui.dimension }</th>
                        <th scope="col" class="bpo">{ bpo }</th>
                        <th scope="col" class="kpo-side">{ kpo }</th>
                    </tr>
                </thead>
                <tbody>
                    for d in c.comparison.iter() {
                        <tr key={d.id}>
                            <th scope="row">{ d.name }</th>
                            <td>{ d.bpo }</td>
                            <td>{ d.kpo }</td>
                        </tr>
                    }
                </tbody>
            </table>
            <ul class="cards comparison-cards">
                for d in c.comparison.iter() {
                    <li class="card" key={d.id}>
                        <h3>{ d.name }</h3>
                        <dl class="pair">
                            <dt class="bpo">{ bpo }</dt>
                            <dd>{ d.bpo }</dd>
                            <dt class="kpo-side">{ kpo }</dt>
                            <dd>{ d.kpo }</dd>
                        </dl>
                    </li>
                }
            </ul>
        </div>
    }
}
