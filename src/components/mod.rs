//! One component per file, its props beside it.

pub mod intro;
