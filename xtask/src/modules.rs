//! A check that no two of the widget's modules (`src/`) depend on each
//! other, directly or round a longer loop: a module that needs another and
//! is needed by it is one room, split in two only on paper.

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    /// A module's path below the crate (`state::said`) for a file under
    /// `src/`; `""` for `lib.rs`.
    fn module_of(file: &Path) -> String {
        let parts: Vec<String> = file
            .with_extension("")
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let parts = match parts.last().map(String::as_str) {
            Some("lib" | "mod") => &parts[..parts.len() - 1],
            _ => &parts[..],
        };
        parts.join("::")
    }

    /// Where a module's test module starts: a `#[cfg(…test…)]` on a `mod`.
    fn tests_start(text: &str) -> Option<usize> {
        text.match_indices("#[cfg(").map(|(i, _)| i).find(|&i| {
            let Some(end) = text[i..].find(']') else {
                return false;
            };
            text[i..i + end].contains("test")
                && text[i + end + 1..].trim_start().starts_with("mod ")
        })
    }

    /// The code a module's own items are made of: no comments, no string
    /// contents, and nothing from its test module on (a test module uses its
    /// parent by design).
    fn code(text: &str) -> String {
        let text = &text[..tests_start(text).unwrap_or(text.len())];
        let mut out = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '/' if chars.peek() == Some(&'/') => {
                    for c in chars.by_ref() {
                        if c == '\n' {
                            out.push('\n');
                            break;
                        }
                    }
                }
                '"' => {
                    while let Some(c) = chars.next() {
                        match c {
                            '\\' => {
                                chars.next();
                            }
                            '"' => break,
                            _ => {}
                        }
                    }
                    out.push_str("\"\"");
                }
                _ => out.push(c),
            }
        }
        out
    }

    /// Every path a piece of code names, use trees expanded
    /// (`a::{b, c::d}` → `a::b`, `a::c::d`), each as its segments.
    fn paths(code: &str) -> Vec<Vec<String>> {
        let tokens: Vec<String> = {
            let mut tokens = Vec::new();
            let mut word = String::new();
            let mut chars = code.chars().peekable();
            while let Some(c) = chars.next() {
                if c.is_alphanumeric() || c == '_' {
                    word.push(c);
                    continue;
                }
                if !word.is_empty() {
                    tokens.push(std::mem::take(&mut word));
                }
                if c == ':' && chars.peek() == Some(&':') {
                    chars.next();
                    tokens.push("::".into());
                } else if "{},;".contains(c) {
                    tokens.push(c.to_string());
                } else if !c.is_whitespace() {
                    tokens.push(" ".into());
                }
            }
            tokens
        };
        let mut out = Vec::new();
        // Reads a path (or a use tree) from `i`, under `prefix`.
        fn tree(
            t: &[String],
            mut i: usize,
            prefix: &[String],
            out: &mut Vec<Vec<String>>,
        ) -> usize {
            let mut path = prefix.to_vec();
            loop {
                match t.get(i).map(String::as_str) {
                    Some("{") => {
                        i += 1;
                        while i < t.len() && t[i] != "}" {
                            i = tree(t, i, &path, out);
                            if t.get(i).map(String::as_str) == Some(",") {
                                i += 1;
                            }
                        }
                        return i + 1;
                    }
                    Some(w) if w.chars().all(|c| c.is_alphanumeric() || c == '_') => {
                        path.push(w.to_owned());
                        i += 1;
                        if t.get(i).map(String::as_str) == Some("::") {
                            i += 1;
                            continue;
                        }
                        out.push(path);
                        return i;
                    }
                    _ => {
                        out.push(path);
                        return i;
                    }
                }
            }
        }
        let mut i = 0;
        while i < tokens.len() {
            if tokens[i].chars().all(|c| c.is_alphanumeric() || c == '_')
                && tokens.get(i + 1).map(String::as_str) == Some("::")
            {
                i = tree(&tokens, i, &[], &mut out);
            } else {
                i += 1;
            }
        }
        out
    }

    /// The module a path names from inside `module`, among `modules`: its
    /// longest prefix that is one, `None` for other crates and items.
    fn resolve(module: &str, path: &[String], modules: &BTreeSet<String>) -> Option<String> {
        let here: Vec<&str> = module.split("::").filter(|s| !s.is_empty()).collect();
        let mut full: Vec<String> = match path.first().map(String::as_str) {
            Some("crate") => Vec::new(),
            Some("super") => here[..here.len().checked_sub(1)?]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            Some("self") => here.iter().map(|s| s.to_string()).collect(),
            // A child module, named as such from its parent.
            Some(first)
                if modules.contains(
                    &[here.join("::"), first.to_owned()]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .cloned()
                        .collect::<Vec<_>>()
                        .join("::"),
                ) =>
            {
                here.iter().map(|s| s.to_string()).collect()
            }
            _ => return None,
        };
        let skip = usize::from(matches!(path[0].as_str(), "crate" | "super" | "self"));
        let mut best = None;
        for segment in &path[skip..] {
            full.push(segment.clone());
            let name = full.join("::");
            if modules.contains(&name) {
                best = Some(name);
            }
        }
        best.or_else(|| Some(full[..full.len().saturating_sub(path.len() - skip)].join("::")))
            .filter(|m| modules.contains(m))
    }

    /// Which modules each module uses, from the files under `src`.
    fn uses(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
        let mut files = Vec::new();
        let mut dirs = vec![src.to_path_buf()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    files.push(path);
                }
            }
        }
        let modules: BTreeSet<String> = files
            .iter()
            .map(|f| module_of(f.strip_prefix(src).unwrap()))
            .collect();
        let mut graph = BTreeMap::new();
        for file in &files {
            let module = module_of(file.strip_prefix(src).unwrap());
            let text = std::fs::read_to_string(file).unwrap();
            let used: BTreeSet<String> = paths(&code(&text))
                .iter()
                .filter_map(|p| resolve(&module, p, &modules))
                .filter(|m| *m != module)
                .collect();
            graph.insert(module, used);
        }
        graph
    }

    /// Each loop of modules that use one another, as the modules in it.
    fn loops(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
        let reaches = |from: &str, to: &str| {
            let mut seen = BTreeSet::new();
            let mut todo = vec![from.to_owned()];
            while let Some(m) = todo.pop() {
                if m == to {
                    return true;
                }
                if seen.insert(m.clone()) {
                    todo.extend(graph.get(&m).into_iter().flatten().cloned());
                }
            }
            false
        };
        let mut found: Vec<Vec<String>> = Vec::new();
        for m in graph.keys() {
            let mut room: Vec<String> = graph
                .keys()
                .filter(|n| *n == m || (reaches(m, n) && reaches(n, m)))
                .cloned()
                .collect();
            room.sort();
            if room.len() > 1 && !found.contains(&room) {
                found.push(room);
            }
        }
        found
    }

    fn graph_of(files: &[(&str, &str)]) -> BTreeMap<String, BTreeSet<String>> {
        let dir = std::env::temp_dir().join(format!(
            "kpo-modules-{}-{}",
            std::process::id(),
            files.len()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        for (name, text) in files {
            let path = dir.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let graph = uses(&dir);
        std::fs::remove_dir_all(&dir).unwrap();
        graph
    }

    #[test]
    fn finds_modules_that_use_each_other() {
        let graph = graph_of(&[
            ("lib.rs", "pub mod state;\npub mod app;\n"),
            ("app.rs", "use crate::state::{said::announce, Action};\n"),
            ("state/mod.rs", "pub mod said;\npub mod quiz;\nuse said::Said;\n// crate::app::App\n"),
            ("state/said.rs", "use super::quiz::Quiz;\nfn f(s: &super::AppState) {}\n"),
            ("state/quiz.rs", "fn f() -> &'static str { \"crate::app\" }\n#[cfg(all(test, unix))]\nmod tests { use crate::state::AppState; }\n"),
        ]);
        assert_eq!(
            graph["app"],
            BTreeSet::from(["state".into(), "state::said".into()])
        );
        assert_eq!(graph["state"], BTreeSet::from(["state::said".into()]));
        assert!(
            graph["state::quiz"].is_empty(),
            "comments, strings and tests are not uses"
        );
        assert_eq!(
            loops(&graph),
            [vec!["state".to_owned(), "state::said".to_owned()]]
        );
        let graph = graph_of(&[
            ("a.rs", "use crate::b::X;"),
            ("b.rs", "use crate::c::Y;"),
            ("c.rs", "use crate::a::Z;"),
            ("d.rs", "use crate::a::Z;"),
        ]);
        assert_eq!(
            loops(&graph),
            [vec!["a".to_owned(), "b".to_owned(), "c".to_owned()]]
        );
    }

    #[test]
    fn no_two_of_the_widgets_modules_use_each_other() {
        let graph = uses(&crate::root().join("src"));
        assert!(graph.contains_key("state::said") && graph["app"].contains("state"));
        let loops = loops(&graph);
        assert!(
            loops.is_empty(),
            "modules that use one another: {loops:?}\nin {graph:#?}"
        );
    }
}
