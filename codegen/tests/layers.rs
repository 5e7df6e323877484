//! No import cycles between the modules of a crate: each crate's top-level modules form layers,
//! where a module uses only the modules below it (ARCHITECTURE.md, "Code map").
//!
//! A module's edges are the `crate::x` paths (and in `sec-codes` the `::sec_codes::x` that
//! generated code writes) in its files, outside comments and string literals, `x` being a sibling
//! module or an item the crate root imports from one. A `$crate::x` in a `macro_rules!` body is
//! no edge: it is resolved where the macro is expanded (a user's crate, or a generated enum of
//! `sec-codes`, whose own edges name `__private`), not where it is defined. A root item
//! defined in the root itself (`OSStatus`) is below every module. `sec-codes` builds some modules
//! from its hidden macros, whose output the files do not show: what each expansion names is
//! listed in [`HIDDEN_MACROS`], kept in step with `macros/src/expand/runtime.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The runtime modules that each hidden macro's expansion names (its `crate::…` and
/// `::sec_codes::…` paths), by the macro's name.
const HIDDEN_MACROS: &[(&str, &[&str])] = &[
    // The model's hash.rs and naming.rs: plain `core`.
    ("__rules", &[]),
    // `Category`: its keys, titles and ranges.
    ("__categories", &[]),
    // The catalogue's blobs and perfect hash tables.
    ("__catalogue", &["storage"]),
    // `#[deprecated]` constants: plain values.
    ("__deprecated_names", &[]),
    // The enums `SecError` and `codes::*`: what every generated enum names.
    (
        "__sec_error",
        &["__private", "result_code", "category", "parse_error"],
    ),
    (
        "__category_enums",
        &[
            "__private",
            "result_code",
            "category",
            "parse_error",
            "sec_error",
        ],
    ),
];

/// Every crate root of the workspace's crates (secerr has two: its library and its binary).
const CRATE_ROOTS: [&str; 5] = [
    "runtime/src/lib.rs",
    "macros/src/lib.rs",
    "codegen/src/lib.rs",
    "secerr/src/lib.rs",
    "secerr/src/main.rs",
];

#[test]
fn no_import_cycles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut problems = Vec::new();
    for crate_root in CRATE_ROOTS {
        let graph = graph(&root.join(crate_root));
        if std::env::var_os("LAYERS_SHOW").is_some() {
            eprintln!("{crate_root}: {graph:?}");
        }
        if let Some(cycle) = find_cycle(&graph) {
            problems.push(format!("{crate_root}: {}", cycle.join(" -> ")));
        }
    }
    assert!(
        problems.is_empty(),
        "import cycles:\n{}",
        problems.join("\n")
    );
}

/// Every crate root declares its modules bottom-up: each uses only modules declared before it,
/// so the root reads as the layers. The generated enums of `sec-codes` name
/// `__private`, declared last, as a user's enum does: edges to it are the one exception.
#[test]
fn modules_are_declared_bottom_up() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut problems = Vec::new();
    for crate_root in CRATE_ROOTS {
        let path = root.join(crate_root);
        let dir = path.parent().expect("a crate root is in a folder");
        let order: Vec<String> = declared_modules(&read(&path), dir)
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        let position = |name: &str| order.iter().position(|n| n == name);
        for (module, edges) in graph(&path) {
            for target in edges.iter().filter(|target| *target != "__private") {
                if position(target) > position(&module) {
                    problems.push(format!(
                        "{crate_root}: `{module}` uses `{target}`, below it"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_scanner_sees_paths_and_skips_comments_and_strings() {
    let code = r##"
        use crate::{a, b::{c, d}, e as f};
        // crate::comment
        /* crate::block /* nested */ crate::still */
        let s = "crate::string"; let r = r#"crate::raw"#; let c = '"'; let l: &'static str = x;
        $crate::g::h!(); ::sec_codes::i::j; other_crate::k;
    "##;
    let found = references(&strip(code), true);
    assert_eq!(found, ["a", "b", "e", "i"].map(String::from).into());
    let mut graph = BTreeMap::new();
    graph.insert("a".to_owned(), BTreeSet::from(["b".to_owned()]));
    graph.insert("b".to_owned(), BTreeSet::from(["c".to_owned()]));
    graph.insert("c".to_owned(), BTreeSet::from(["a".to_owned()]));
    assert_eq!(find_cycle(&graph).map(|c| c.len()), Some(4));
    graph.get_mut("c").map(BTreeSet::clear);
    assert_eq!(find_cycle(&graph), None);
}

/// The crate's top-level modules, each with the sibling modules it uses.
fn graph(crate_root: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let dir = crate_root.parent().expect("a crate root is in a folder");
    let raw_root = read(crate_root);
    let root_text = strip(&raw_root);
    let is_runtime = dir.ends_with("runtime/src");
    let mut sources: BTreeMap<String, String> = BTreeMap::new();
    for (name, path) in declared_modules(&raw_root, dir) {
        let mut text = String::new();
        for file in files_of(&path) {
            text.push_str(&strip(&read(&file)));
            text.push('\n');
        }
        sources.insert(name, text);
    }
    // Items the root imports from a module, and macros a module exports at the root.
    let mut owner: BTreeMap<String, String> = BTreeMap::new();
    for (item, module) in root_imports(&root_text) {
        if sources.contains_key(&module) {
            owner.insert(item, module);
        }
    }
    for (module, text) in &sources {
        for name in exported_macros(text) {
            owner.insert(name, module.clone());
        }
    }
    let mut graph = BTreeMap::new();
    for (module, text) in &sources {
        let mut edges = BTreeSet::new();
        let mut named = references(text, is_runtime);
        if is_runtime {
            for (hidden, names) in HIDDEN_MACROS {
                if text.contains(&format!("sec_codes_macros::{hidden}!")) {
                    named.extend(names.iter().map(|name| (*name).to_owned()));
                }
            }
        }
        for name in named {
            let target = if sources.contains_key(&name) {
                Some(name)
            } else {
                owner.get(&name).cloned()
            };
            if let Some(target) = target.filter(|target| target != module) {
                edges.insert(target);
            }
        }
        graph.insert(module.clone(), edges);
    }
    graph
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// `mod x;` declarations of a crate root, with the file or folder each is in (a `#[path]`
/// attribute right before it says where; to a `mod.rs`, its folder).
fn declared_modules(root_text: &str, dir: &Path) -> Vec<(String, PathBuf)> {
    let mut modules = Vec::new();
    let mut path_attribute: Option<PathBuf> = None;
    for line in root_text.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("#[path = \"") {
            let file = dir.join(rest.trim_end_matches("\"]"));
            path_attribute = Some(if file.ends_with("mod.rs") {
                file.parent().map_or(file.clone(), Path::to_path_buf)
            } else {
                file
            });
            continue;
        }
        let declaration = line
            .strip_prefix("pub mod ")
            .or_else(|| line.strip_prefix("pub(crate) mod "))
            .or_else(|| line.strip_prefix("mod "));
        if let Some(name) = declaration.and_then(|rest| rest.strip_suffix(';')) {
            let path = match path_attribute.take() {
                Some(path) => path,
                None if dir.join(format!("{name}.rs")).exists() => dir.join(format!("{name}.rs")),
                None => dir.join(name),
            };
            modules.push((name.to_owned(), path));
        } else if !line.starts_with("#[") && !line.starts_with("//") {
            path_attribute = None;
        }
    }
    modules
}

/// A module's files: the file itself, and every `.rs` file under its folder (`x.rs` and `x/`).
fn files_of(path: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = Vec::new();
    if path.is_file() {
        files.push(path.to_owned());
        let folder = path.with_extension("");
        if folder.is_dir() {
            folders.push(folder);
        }
    } else {
        folders.push(path.to_owned());
    }
    while let Some(folder) = folders.pop() {
        let entries =
            fs::read_dir(&folder).unwrap_or_else(|error| panic!("{}: {error}", folder.display()));
        for entry in entries {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// `(item, module)` for each name a root `use module::…` brings in (as renamed).
fn root_imports(root_text: &str) -> Vec<(String, String)> {
    let mut imports = Vec::new();
    for statement in root_text.split(';') {
        let statement = statement.trim();
        let Some(start) = statement.find("use ") else {
            continue;
        };
        let path = statement[start + 4..].trim();
        let Some((module, rest)) = path.split_once("::") else {
            continue;
        };
        for item in rest.replace(['{', '}'], ",").split(',') {
            let item = item.trim();
            let name = match item.split_once(" as ") {
                Some((_, alias)) => alias.trim(),
                None => item.rsplit("::").next().unwrap_or(item),
            };
            if !name.is_empty() {
                imports.push((name.to_owned(), module.to_owned()));
            }
        }
    }
    imports
}

/// The names of the `#[macro_export]` macros a module defines (they live at the crate root).
fn exported_macros(text: &str) -> Vec<String> {
    text.split("#[macro_export]")
        .skip(1)
        .filter_map(|after| {
            let rest = after[after.find("macro_rules!")? + "macro_rules!".len()..].trim_start();
            let end = rest.find(|c: char| !is_ident(c))?;
            Some(rest[..end].to_owned())
        })
        .collect()
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The first path segment after each `crate::` (not `$crate::`; with `sec_codes`, also after
/// `sec_codes::`), expanding one level of `crate::{a, b::c}`.
fn references(text: &str, sec_codes: bool) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let prefixes: &[&str] = if sec_codes {
        &["crate::", "sec_codes::"]
    } else {
        &["crate::"]
    };
    for prefix in prefixes {
        let mut from = 0;
        while let Some(at) = text[from..].find(prefix) {
            let start = from + at;
            from = start + prefix.len();
            let before = text[..start].chars().next_back();
            if before.is_some_and(|c| is_ident(c) || c == '$') {
                continue;
            }
            let rest = &text[from..];
            if let Some(group) = rest.strip_prefix('{') {
                let mut depth = 0;
                let mut item = String::new();
                for c in group.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            found.extend(first_ident(&item));
                            item.clear();
                            continue;
                        }
                        _ => {}
                    }
                    item.push(c);
                }
                found.extend(first_ident(&item));
            } else {
                found.extend(first_ident(rest));
            }
        }
    }
    found
}

fn first_ident(text: &str) -> Option<String> {
    let text = text.trim_start();
    let end = text.find(|c: char| !is_ident(c)).unwrap_or(text.len());
    (end > 0 && text != "self").then(|| text[..end].to_owned())
}

/// The text with comments removed and the contents of string and character literals blanked, so
/// that paths in prose or in generated source that a string holds are not taken for the
/// module's own.
fn strip(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !prev_is_ident(&chars, i)
        {
            // A raw string: r"…", r#"…"#, …
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                match chars.get(j) {
                    None => break,
                    Some('"') if (1..=hashes).all(|k| chars.get(j + k) == Some(&'#')) => {
                        j += 1 + hashes;
                        break;
                    }
                    Some(_) => j += 1,
                }
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{…}'), else a lifetime or label ('a).
            let end = if next == Some('\\') {
                chars[i + 2..]
                    .iter()
                    .position(|&c| c == '\'')
                    .map(|p| i + 2 + p)
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match end {
                Some(end) => {
                    out.push_str("' '");
                    i = end + 1;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn prev_is_ident(chars: &[char], i: usize) -> bool {
    i > 0 && is_ident(chars[i - 1])
}

/// A cycle of the graph as `a -> b -> … -> a`, if there is one (depth-first search).
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Open,
        Done,
    }
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, State>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_owned(), State::Open);
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            match state.get(next) {
                Some(State::Open) => {
                    let start = path.iter().position(|n| n == next).unwrap_or(0);
                    let mut cycle = path[start..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Some(State::Done) => {}
                None => {
                    if let Some(cycle) = visit(next, graph, state, path) {
                        return Some(cycle);
                    }
                }
            }
        }
        path.pop();
        state.insert(node.to_owned(), State::Done);
        None
    }
    let mut state = BTreeMap::new();
    for node in graph.keys() {
        if !state.contains_key(node) {
            if let Some(cycle) = visit(node, graph, &mut state, &mut Vec::new()) {
                return Some(cycle);
            }
        }
    }
    None
}
