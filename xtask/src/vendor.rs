//! A check that the patches prepared for Yew (`vendor/yew/upstream/`) are
//! still what the vendored copy runs, so the ones sent are the ones tested.

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    /// Each file a `git format-patch` file changes (below `packages/yew/`),
    /// with the code lines it adds: comments aside, which were reworded
    /// from the vendored copy's `KPO-PATCH` remarks.
    fn added_code(patch: &str) -> BTreeMap<String, Vec<String>> {
        let mut files: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut current = None;
        for line in patch.lines() {
            if let Some(path) = line.strip_prefix("+++ b/packages/yew/") {
                current = Some(path.to_owned());
            } else if let (Some(path), Some(added)) = (&current, line.strip_prefix('+')) {
                let code = added.trim();
                if !code.is_empty() && !code.starts_with("//") {
                    files.entry(path.clone()).or_default().push(code.to_owned());
                }
            }
        }
        files
    }

    #[test]
    fn reads_the_code_a_patch_adds() {
        let patch = "--- a/packages/yew/src/x.rs\n+++ b/packages/yew/src/x.rs\n@@ -1,2 +1,3 @@\n fn a() {}\n-fn b() {}\n+    // reworded\n+fn c() {}\n+\n";
        assert_eq!(
            added_code(patch),
            BTreeMap::from([("src/x.rs".to_owned(), vec!["fn c() {}".to_owned()])])
        );
    }

    #[test]
    fn the_upstream_patches_are_in_the_vendored_yew() {
        let yew = crate::root().join("vendor/yew");
        let mut patches: Vec<_> = std::fs::read_dir(yew.join("upstream"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "patch"))
            .collect();
        patches.sort();
        assert_eq!(patches.len(), 2, "{patches:?}");
        for patch in patches {
            let files = added_code(&std::fs::read_to_string(&patch).unwrap());
            assert!(!files.is_empty(), "{} changes nothing", patch.display());
            for (path, added) in files {
                let vendored = std::fs::read_to_string(yew.join(&path)).unwrap();
                let lines: Vec<&str> = vendored.lines().map(str::trim).collect();
                for code in added {
                    assert!(
                        lines.contains(&code.as_str()),
                        "{} adds `{code}` to {path}, which vendor/yew lacks",
                        patch.display()
                    );
                }
            }
        }
    }
}
