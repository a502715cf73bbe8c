//! Plain-Rust state and reducers, tested natively without a browser.

pub mod quiz;
pub mod rng;
pub mod sort;
