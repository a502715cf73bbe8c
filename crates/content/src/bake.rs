//! Writes checked content out as Rust source, for `build.rs`.
//!
//! The output is one constant expression of the model's types, so the widget
//! gets its words with no parsing and no allocation at run time. This module
//! knows only the building blocks (strings, numbers, options, slices); the
//! model implements [`Bake`] for its own types, so the arrow points one way.

/// A value that can be written as a Rust expression of its own type.
pub trait Bake {
    fn bake(&self, out: &mut String);
}

/// `value` as the source of `pub static NAME: TYPE = …;`.
pub fn to_static(name: &str, ty: &str, value: &impl Bake) -> String {
    let mut out = format!("pub static {name}: {ty} = ");
    value.bake(&mut out);
    out.push_str(";\n");
    out
}

impl Bake for &'static str {
    fn bake(&self, out: &mut String) {
        // Debug formatting of a str is a valid Rust string literal.
        out.push_str(&format!("{self:?}"));
    }
}

impl Bake for bool {
    fn bake(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl Bake for u8 {
    fn bake(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            Some(v) => {
                out.push_str("Some(");
                v.bake(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

impl<T: Bake> Bake for &'static [T] {
    fn bake(&self, out: &mut String) {
        out.push_str("&[");
        for item in self.iter() {
            item.bake(out);
            out.push_str(",\n");
        }
        out.push(']');
    }
}
