//! Checks on `rust-toolchain.toml`: the pin must name one exact Rust, or two
//! machines would build with different compilers and lints.

#[cfg(test)]
mod tests {
    use crate::root;

    fn read_toml(name: &str) -> toml::Table {
        let text = std::fs::read_to_string(root().join(name)).unwrap();
        toml::from_str(&text).unwrap()
    }

    /// `1.95.0` as `[1, 95, 0]`; `None` for a channel (`stable`, `nightly`,
    /// `beta`), a dated nightly or a two-part version, none of them exact.
    fn exact_version(s: &str) -> Option<Vec<u32>> {
        let parts: Vec<u32> = s
            .split('.')
            .map(|p| p.parse().ok())
            .collect::<Option<_>>()?;
        (parts.len() == 3).then_some(parts)
    }

    #[test]
    fn tells_an_exact_version_from_a_channel() {
        assert_eq!(exact_version("1.95.0"), Some(vec![1, 95, 0]));
        for loose in [
            "stable",
            "nightly",
            "1.95",
            "nightly-2026-04-14",
            "1.95.0-beta.1",
            "",
        ] {
            assert_eq!(exact_version(loose), None, "{loose}");
        }
    }

    #[test]
    fn the_toolchain_is_pinned_to_an_exact_version_the_code_supports() {
        let pin = read_toml("rust-toolchain.toml");
        let pin = &pin["toolchain"];
        let channel = pin["channel"].as_str().unwrap();
        let version = exact_version(channel)
            .unwrap_or_else(|| panic!("rust-toolchain.toml's channel {channel:?} is not X.Y.Z"));
        let manifest = read_toml("Cargo.toml");
        let oldest = manifest["package"]["rust-version"].as_str().unwrap();
        let oldest: Vec<u32> = oldest.split('.').map(|p| p.parse().unwrap()).collect();
        assert!(
            version[..oldest.len()] >= oldest[..],
            "the pin {channel} is older than Cargo.toml's rust-version {oldest:?}"
        );
        let listed = |key: &str| -> Vec<&str> {
            pin[key]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|v| v.as_str())
                .collect()
        };
        assert!(listed("components").contains(&"clippy"));
        assert!(listed("components").contains(&"rustfmt"));
        assert!(listed("targets").contains(&"wasm32-unknown-unknown"));
    }
}
