//! Parses a content file and checks everything an author could get wrong,
//! reporting each mistake as `file:line: plain words`.
//!
//! Parsing happens in `build.rs` and `cargo xtask check-content`, never in the
//! browser. Strings are leaked into `&'static str` so the result has the same
//! types the widget uses; that is fine in a short-lived build tool.

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::model::*;

/// One mistake in a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// 1-based line the mistake is on.
    pub line: usize,
    pub message: String,
}

/// All mistakes found in one file, printed one per line as `path:line: …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub path: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.diagnostics {
            writeln!(f, "{}:{}: {}", self.path, d.line, d.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for Report {}

/// Parses and checks `source`, naming `path` in any message.
pub fn parse(path: &str, source: &str) -> Result<Content, Report> {
    let report = |diagnostics| Report {
        path: path.to_owned(),
        diagnostics,
    };
    let raw: RawContent = toml::from_str(source).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(source, s.start));
        report(vec![Diagnostic {
            line,
            message: e.message().trim().to_owned(),
        }])
    })?;
    let mut ck = Checker {
        source,
        diagnostics: Vec::new(),
        ids: HashMap::new(),
        verdicts: Vec::new(),
    };
    let content = ck.content(raw);
    if ck.diagnostics.is_empty() {
        Ok(content)
    } else {
        ck.diagnostics.sort_by_key(|d| d.line);
        Err(report(ck.diagnostics))
    }
}

fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

fn leak_vec<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

type Text = Spanned<String>;

/// What a model type is read from in a content file: the same fields, each
/// with where it is (`Spanned`), so the checker can name the line. The
/// model's declaration gives most structs theirs (the `model!` macro); the
/// few read in another shape are written below.
pub trait Shape {
    type Raw;
}

impl Shape for &'static str {
    type Raw = Text;
}

impl<T: Shape> Shape for Option<T> {
    type Raw = Option<T::Raw>;
}

impl<T: Shape + 'static> Shape for &'static [T] {
    type Raw = Spanned<Vec<T::Raw>>;
}

/// Read wide, so an out-of-range number gets the checker's words.
impl Shape for u8 {
    type Raw = Spanned<i64>;
}

impl Shape for bool {
    type Raw = bool;
}

/// Named by their ids; the checker says which ids there are.
macro_rules! shape_by_id {
    ($($ty:ty),*) => {$(
        impl Shape for $ty {
            type Raw = Text;
        }
    )*};
}

shape_by_id!(Side, Voice, TaskKind, Step);

/// Tables by key, each key checked against the model's.
impl Shape for Ui {
    type Raw = Spanned<HashMap<String, Text>>;
}

impl Shape for Steps {
    type Raw = Spanned<HashMap<String, Spanned<RawStep>>>;
}

impl Shape for Meta {
    type Raw = RawMeta;
}

impl Shape for Question {
    type Raw = RawQuestion;
}

type RawContent = <Content as Shape>::Raw;
type RawStep = <StepText as Shape>::Raw;
type RawIntro = <Intro as Shape>::Raw;
type RawReaderQuestion = <ReaderQuestion as Shape>::Raw;
type RawDefinition = <Definition as Shape>::Raw;
type RawTells = <Tells as Shape>::Raw;
type RawSpectrum = <Spectrum as Shape>::Raw;
type RawDimension = <Dimension as Shape>::Raw;
type RawField = <Field as Shape>::Raw;
type RawSegment = <Segment as Shape>::Raw;
type RawSortTask = <SortTask as Shape>::Raw;
type RawWhy = <WhyPoint as Shape>::Raw;
type RawQuiz = <Quiz as Shape>::Raw;

/// By hand: a page or browser tag may have no aliases.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeta {
    language: Text,
    language_name: Text,
    #[serde(default)]
    aliases: Vec<Text>,
    page_title: Text,
    page_description: Text,
    title: Text,
    source_title: Text,
    source_language: Text,
    source_author: Text,
    verdict_words: Spanned<Vec<Text>>,
}

/// Flat on purpose: serde's tagged enums lose the spans a message needs, and
/// checking the combinations by hand gives plainer words.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    id: Text,
    kind: Text,
    checks: Text,
    prompt: Text,
    explanation: Text,
    see: Option<Text>,
    tell: Option<Text>,
    position: Option<Spanned<i64>>,
    options: Option<Spanned<Vec<RawOption>>>,
    answer: Option<Spanned<bool>>,
    if_true: Option<Text>,
    if_false: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    text: Text,
    #[serde(default)]
    correct: Option<Spanned<bool>>,
    feedback: Text,
}

struct Checker<'a> {
    source: &'a str,
    diagnostics: Vec<Diagnostic>,
    /// Every id seen so far, with the line it was first used on.
    ids: HashMap<String, usize>,
    /// Lowercase words and phrases that give a verdict: no feedback may
    /// start with one (the widget shows its own verdict first).
    verdicts: Vec<String>,
}

impl Checker<'_> {
    fn error(&mut self, span: Range<usize>, message: String) {
        let line = line_of(self.source, span.start);
        self.diagnostics.push(Diagnostic { line, message });
    }

    /// A non-blank text, trimmed, with no control characters (the content's
    /// text format separates pieces with one) but line breaks and tabs.
    fn text(&mut self, t: &Text, what: &str) -> &'static str {
        let s = t.get_ref().trim();
        if s.is_empty() {
            self.error(t.span(), format!("{what} is empty"));
        } else if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            self.error(
                t.span(),
                format!("{what} contains a control character; remove it"),
            );
        }
        leak(s)
    }

    fn texts(&mut self, list: &[Text], what: &str) -> &'static [&'static str] {
        let v: Vec<_> = list
            .iter()
            .enumerate()
            .map(|(i, t)| self.text(t, &format!("{what} {}", i + 1)))
            .collect();
        leak_vec(v)
    }

    /// An id: lowercase letters, digits and hyphens (it ends up in URLs and
    /// DOM ids), unique across the whole file.
    fn id(&mut self, t: &Text, kind: &str) -> &'static str {
        let id = t.get_ref().as_str();
        let line = line_of(self.source, t.span().start);
        if id.is_empty() {
            self.error(t.span(), format!("{kind} id is empty"));
        } else if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            || id.starts_with('-')
        {
            self.error(
                t.span(),
                format!("{kind} id \"{id}\" may use only lowercase letters, digits and hyphens"),
            );
        } else if let Some(first) = self.ids.get(id) {
            let first = *first;
            self.error(
                t.span(),
                format!("{kind} id \"{id}\" is already used on line {first}"),
            );
        } else {
            self.ids.insert(id.to_owned(), line);
        }
        leak(id)
    }

    /// One of `allowed`, by its id (`"bpo"`, `"ito"`, `"kpo"`).
    fn side(&mut self, t: &Text, what: &str, allowed: &[Side]) -> Side {
        match allowed.iter().find(|s| s.id() == t.get_ref()) {
            Some(s) => *s,
            None => {
                let ids: Vec<_> = allowed.iter().map(|s| format!("\"{}\"", s.id())).collect();
                self.error(
                    t.span(),
                    format!(
                        "{what} has answer \"{}\"; use {}",
                        t.get_ref(),
                        ids.join(" or ")
                    ),
                );
                allowed[0]
            }
        }
    }

    /// A reference to one of `tells`, by id.
    fn tell_ref(&mut self, t: &Text, what: &str, tells: &[Tell]) -> &'static str {
        let id = t.get_ref().as_str();
        if !tells.iter().any(|x| x.id == id) {
            let known: Vec<_> = tells.iter().map(|x| x.id).collect();
            self.error(
                t.span(),
                format!(
                    "{what} names the tell \"{id}\", which does not exist; tells are: {}",
                    known.join(", ")
                ),
            );
        }
        leak(id)
    }

    /// One of `allowed`, named as the content names voices.
    fn voice(&mut self, t: &Text, what: &str, allowed: &[Voice]) -> Voice {
        let name = |v: &Voice| match v {
            Voice::Post => "post",
            Voice::Reader => "reader",
            Voice::Guide => "guide",
        };
        match allowed.iter().find(|v| name(v) == t.get_ref()) {
            Some(v) => *v,
            None => {
                let names: Vec<_> = allowed.iter().map(|v| format!("\"{}\"", name(v))).collect();
                self.error(
                    t.span(),
                    format!("{what} is \"{}\"; use {}", t.get_ref(), names.join(" or ")),
                );
                allowed[0]
            }
        }
    }

    /// A place on the range, 0 to 100.
    fn position(&mut self, p: &Spanned<i64>, what: &str) -> u8 {
        let v = *p.get_ref();
        if !(0..=100).contains(&v) {
            self.error(
                p.span(),
                format!("{what} position is {v}; it must be from 0 (a set process) to 100 (expert judgment)"),
            );
        }
        v.clamp(0, 100) as u8
    }

    /// Feedback (or a reason, or an explanation) that must not start with a
    /// verdict: the widget already shows "Correct." or "Not quite." before
    /// it, and readers would see the verdict twice.
    fn feedback(&mut self, t: &Text, what: &str) -> &'static str {
        let text = self.text(t, what);
        let lower = text.to_lowercase();
        let start = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
        let found = self.verdicts.iter().find(|v| {
            start.starts_with(v.as_str())
                && !start[v.len()..].starts_with(|c: char| c.is_alphanumeric())
        });
        if let Some(v) = found {
            let shown: String = text
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .take(v.chars().count())
                .collect();
            self.error(
                t.span(),
                format!(
                    "{what} begins with \"{shown}\", a verdict the widget already shows; start with the reason instead"
                ),
            );
        }
        text
    }

    fn step_ref(&mut self, t: &Text, what: &str) -> Step {
        Step::from_id(t.get_ref()).unwrap_or_else(|| {
            let known: Vec<_> = Step::ALL.iter().map(|s| s.id()).collect();
            self.error(
                t.span(),
                format!(
                    "{what} refers to step \"{}\", which does not exist; steps are: {}",
                    t.get_ref(),
                    known.join(", ")
                ),
            );
            Step::Intro
        })
    }

    /// A list's length within bounds.
    fn count<T>(&mut self, list: &Spanned<Vec<T>>, min: usize, max: usize, what: &str) {
        let n = list.get_ref().len();
        if n < min || n > max {
            let range = if max == usize::MAX {
                format!("at least {min}")
            } else if min == max {
                format!("exactly {min}")
            } else {
                format!("{min} to {max}")
            };
            self.error(list.span(), format!("{what} has {n}; it needs {range}"));
        }
    }

    fn content(&mut self, raw: RawContent) -> Content {
        let meta = self.meta(&raw.meta);
        let ui = self.ui(&raw.ui);
        // The widget's own verdicts count too ("Correct.", "Not quite.").
        self.verdicts = meta
            .verdict_words
            .iter()
            .copied()
            .chain([ui.correct, ui.incorrect, ui.sort_correct, ui.sort_wrong])
            .map(|v| {
                v.trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|v| !v.is_empty())
            .collect();
        let steps = self.steps(&raw.steps);
        let intro = self.intro(&raw.intro);
        let reader_questions = self.reader_questions(&raw.reader_questions);
        let definitions = Definitions {
            bpo: self.definition(&raw.definitions.bpo, "bpo"),
            ito: self.definition(&raw.definitions.ito, "ito"),
            kpo: self.definition(&raw.definitions.kpo, "kpo"),
        };
        let tells = self.tells(&raw.tells);
        let spectrum = self.spectrum(&raw.spectrum);
        let comparison = self.comparison(&raw.comparison);
        self.count(&raw.fields, 1, usize::MAX, "fields");
        let fields: Vec<Field> = raw.fields.get_ref().iter().map(|f| self.field(f)).collect();
        let segments = self.segments(&raw.segments);
        let sort_tasks = self.sort_tasks(&raw.sort_tasks, &fields, tells.items);
        self.count(&raw.why, 1, usize::MAX, "why");
        let why = raw.why.get_ref().iter().map(|w| self.why(w)).collect();
        let quiz = self.quiz(&raw.quiz, &ui, tells.items);
        Content {
            meta,
            ui,
            steps,
            intro,
            reader_questions,
            definitions,
            tells,
            spectrum,
            comparison,
            fields: leak_vec(fields),
            segments,
            sort_tasks,
            why: leak_vec(why),
            quiz,
        }
    }

    fn meta(&mut self, raw: &RawMeta) -> Meta {
        self.count(&raw.verdict_words, 1, usize::MAX, "meta verdict_words");
        let verdict_words = self.texts(raw.verdict_words.get_ref(), "meta verdict word");
        let language = self.text(&raw.language, "meta language");
        if !language.is_empty()
            && !language
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            self.error(
                raw.language.span(),
                format!("meta language \"{language}\" must be a lowercase language tag, such as \"en\" or \"fil\""),
            );
        }
        Meta {
            language,
            language_name: self.text(&raw.language_name, "meta language_name"),
            aliases: self.texts(&raw.aliases, "meta alias"),
            page_title: self.text(&raw.page_title, "meta page_title"),
            page_description: self.text(&raw.page_description, "meta page_description"),
            title: self.text(&raw.title, "meta title"),
            source_title: self.text(&raw.source_title, "meta source_title"),
            source_language: self.text(&raw.source_language, "meta source_language"),
            source_author: self.text(&raw.source_author, "meta source_author"),
            verdict_words,
        }
    }

    fn intro(&mut self, raw: &RawIntro) -> Intro {
        self.count(&raw.paragraphs, 1, usize::MAX, "intro paragraphs");
        let warmup = &raw.warmup;
        self.count(&warmup.tasks, 1, 5, "intro warmup tasks");
        let warmup_tasks: Vec<WarmupTask> = warmup
            .tasks
            .get_ref()
            .iter()
            .map(|t| {
                let id = self.id(&t.id, "warm-up task");
                let what = format!("warm-up task \"{id}\"");
                WarmupTask {
                    id,
                    task: self.text(&t.task, &format!("{what} task")),
                    answer: self.side(&t.answer, &what, &[Side::Bpo, Side::Kpo]),
                }
            })
            .collect();
        Intro {
            short_answer: self.text(&raw.short_answer, "intro short_answer"),
            paragraphs: self.texts(raw.paragraphs.get_ref(), "intro paragraph"),
            warmup: Warmup {
                heading: self.text(&warmup.heading, "intro warmup heading"),
                note: self.text(&warmup.note, "intro warmup note"),
                tasks: leak_vec(warmup_tasks),
            },
        }
    }

    fn reader_questions(
        &mut self,
        raw: &Spanned<Vec<RawReaderQuestion>>,
    ) -> &'static [ReaderQuestion] {
        self.count(raw, 1, usize::MAX, "reader_questions");
        let questions = raw
            .get_ref()
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let what = format!("reader question {}", i + 1);
                ReaderQuestion {
                    question: self.text(&q.question, &format!("{what} question")),
                    asked_by: self.text(&q.asked_by, &format!("{what} asked_by")),
                    answer: self.text(&q.answer, &format!("{what} answer")),
                    see: self.step_ref(&q.see, &what),
                }
            })
            .collect();
        leak_vec(questions)
    }

    fn spectrum(&mut self, s: &RawSpectrum) -> Spectrum {
        self.count(&s.examples, 1, 8, "spectrum examples");
        let examples: Vec<SpectrumPoint> = s
            .examples
            .get_ref()
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let what = format!("spectrum example {}", i + 1);
                SpectrumPoint {
                    task: self.text(&p.task, &format!("{what} task")),
                    position: self.position(&p.position, &what),
                }
            })
            .collect();
        Spectrum {
            caption: self.text(&s.caption, "spectrum caption"),
            both: self.text(&s.both, "spectrum both"),
            credit: self.text(&s.credit, "spectrum credit"),
            quote: self.text(&s.quote, "spectrum quote"),
            quote_source: self.text(&s.quote_source, "spectrum quote_source"),
            quote_gloss: s
                .quote_gloss
                .as_ref()
                .map(|g| self.text(g, "spectrum quote_gloss")),
            examples: leak_vec(examples),
        }
    }

    fn comparison(&mut self, raw: &Spanned<Vec<RawDimension>>) -> &'static [Dimension] {
        self.count(raw, 1, usize::MAX, "comparison");
        let rows = raw
            .get_ref()
            .iter()
            .map(|d| {
                let id = self.id(&d.id, "comparison");
                let what = format!("comparison \"{id}\"");
                Dimension {
                    id,
                    name: self.text(&d.name, &format!("{what} name")),
                    bpo: self.text(&d.bpo, &format!("{what} bpo")),
                    kpo: self.text(&d.kpo, &format!("{what} kpo")),
                }
            })
            .collect();
        leak_vec(rows)
    }

    fn segments(&mut self, raw: &Spanned<Vec<RawSegment>>) -> &'static [Segment] {
        self.count(raw, 1, usize::MAX, "segments");
        let segments = raw
            .get_ref()
            .iter()
            .enumerate()
            .map(|(i, seg)| Segment {
                name: self.text(&seg.name, &format!("segment {} name", i + 1)),
                summary: self.text(&seg.summary, &format!("segment {} summary", i + 1)),
            })
            .collect();
        leak_vec(segments)
    }

    fn ui(&mut self, raw: &Spanned<HashMap<String, Text>>) -> Ui {
        let table = raw.get_ref();
        let mut unknown: Vec<_> = table
            .iter()
            .filter(|(k, _)| !Ui::KEYS.iter().any(|(key, _)| key == k))
            .collect();
        unknown.sort_by_key(|(_, v)| v.span().start);
        for (key, value) in unknown {
            let near = Ui::KEYS
                .iter()
                .map(|(k, _)| *k)
                .min_by_key(|k| strsim::levenshtein(k, key))
                .unwrap_or_default();
            self.error(
                value.span(),
                format!("ui has no key \"{key}\" (did you mean \"{near}\"?)"),
            );
        }
        let mut missing = Vec::new();
        for (key, placeholders) in Ui::KEYS {
            let Some(value) = table.get(*key) else {
                missing.push(*key);
                continue;
            };
            let text = value.get_ref();
            for name in placeholders_in(text) {
                if !placeholders.contains(&name.as_str()) {
                    let allowed = if placeholders.is_empty() {
                        "it takes none".to_owned()
                    } else {
                        format!("it takes {}", braced(placeholders))
                    };
                    self.error(
                        value.span(),
                        format!("ui {key} has an unknown placeholder {{{name}}}; {allowed}"),
                    );
                }
            }
            for name in *placeholders {
                if !text.contains(&format!("{{{name}}}")) {
                    self.error(
                        value.span(),
                        format!("ui {key} must contain the placeholder {{{name}}}"),
                    );
                }
            }
        }
        if !missing.is_empty() {
            self.error(raw.span(), format!("ui is missing {}", missing.join(", ")));
        }
        Ui::from_fn(|key| match table.get(key) {
            Some(v) => self.text(v, &format!("ui {key}")),
            None => "",
        })
    }

    /// One `[steps.<id>]` table for each step, and none for a step that
    /// doesn't exist.
    fn steps(&mut self, raw: &Spanned<HashMap<String, Spanned<RawStep>>>) -> Steps {
        let table = raw.get_ref();
        let mut unknown: Vec<_> = table
            .iter()
            .filter(|(id, _)| Step::from_id(id).is_none())
            .collect();
        unknown.sort_by_key(|(_, s)| s.span().start);
        for (id, s) in unknown {
            let known: Vec<_> = Step::ALL.iter().map(|s| s.id()).collect();
            self.error(
                s.span(),
                format!(
                    "steps has no step \"{id}\"; steps are: {}",
                    known.join(", ")
                ),
            );
        }
        Steps::from_fn(|step| {
            let name = step.id();
            match table.get(name) {
                Some(s) => {
                    let s = s.get_ref();
                    StepText {
                        label: self.text(&s.label, &format!("steps {name} label")),
                        heading: self.text(&s.heading, &format!("steps {name} heading")),
                        lead: self.text(&s.lead, &format!("steps {name} lead")),
                    }
                }
                None => {
                    self.error(raw.span(), format!("steps is missing [steps.{name}]"));
                    StepText {
                        label: "",
                        heading: "",
                        lead: "",
                    }
                }
            }
        })
    }

    fn definition(&mut self, d: &RawDefinition, side: &str) -> Definition {
        let what = format!("definition {side}");
        Definition {
            term: self.text(&d.term, &format!("{what} term")),
            expansion: self.text(&d.expansion, &format!("{what} expansion")),
            sentence: self.text(&d.sentence, &format!("{what} sentence")),
            example: self.text(&d.example, &format!("{what} example")),
        }
    }

    fn tells(&mut self, raw: &RawTells) -> Tells {
        self.count(&raw.items, 1, 6, "tells items");
        let items: Vec<Tell> = raw
            .items
            .get_ref()
            .iter()
            .map(|t| {
                let id = self.id(&t.id, "tell");
                let what = format!("tell \"{id}\"");
                Tell {
                    id,
                    name: self.text(&t.name, &format!("{what} name")),
                    question: self.text(&t.question, &format!("{what} question")),
                    points: self.text(&t.points, &format!("{what} points")),
                }
            })
            .collect();
        Tells {
            heading: self.text(&raw.heading, "tells heading"),
            middle: self.text(&raw.middle, "tells middle"),
            items: leak_vec(items),
        }
    }

    fn field(&mut self, f: &RawField) -> Field {
        let id = self.id(&f.id, "field");
        let what = format!("field \"{id}\"");
        Field {
            id,
            name: self.text(&f.name, &format!("{what} name")),
            summary: self.text(&f.summary, &format!("{what} summary")),
            from: self.voice(
                &f.from,
                &format!("{what} from"),
                &[Voice::Post, Voice::Reader],
            ),
        }
    }

    fn sort_tasks(
        &mut self,
        raw: &Spanned<Vec<RawSortTask>>,
        fields: &[Field],
        tells: &[Tell],
    ) -> &'static [SortTask] {
        self.count(raw, 2, usize::MAX, "sort_tasks");
        let tasks: Vec<SortTask> = raw
            .get_ref()
            .iter()
            .map(|t| self.sort_task(t, fields, tells))
            .collect();
        // The step lists the tasks to place, then those to name, numbered
        // in file order: the file keeps that order too.
        if let Some(late) = raw
            .get_ref()
            .iter()
            .zip(&tasks)
            .skip_while(|(_, t)| t.kind == TaskKind::Place)
            .find(|(_, t)| t.kind == TaskKind::Place)
        {
            self.error(
                late.0.kind.span(),
                format!(
                    "sort task \"{}\" is a task to place after a task to name; list the tasks to place first",
                    late.1.id
                ),
            );
        }
        for side in [Side::Bpo, Side::Kpo] {
            if !tasks.is_empty() && !tasks.iter().any(|t| t.answer == Some(side)) {
                self.error(
                    raw.span(),
                    format!(
                        "sort_tasks has no task to name with answer \"{}\"; the reader needs both ends",
                        side.id()
                    ),
                );
            }
        }
        leak_vec(tasks)
    }

    /// One practice task. A task to name has an answer, and a BPO or KPO one
    /// sits on its own half of the range; a task to place is graded by its
    /// position alone, so it has none.
    fn sort_task(&mut self, t: &RawSortTask, fields: &[Field], tells: &[Tell]) -> SortTask {
        let id = self.id(&t.id, "sort task");
        let what = format!("sort task \"{id}\"");
        // An unknown kind is reported once: its answer is then taken as
        // written, not checked against a kind nobody meant.
        let kind = match t.kind.get_ref().as_str() {
            "place" => Some(TaskKind::Place),
            "name" => Some(TaskKind::Name),
            other => {
                self.error(
                    t.kind.span(),
                    format!("{what} has kind \"{other}\"; use \"place\" or \"name\""),
                );
                None
            }
        };
        let position = self.position(&t.position, &what);
        let answer = match (kind, &t.answer) {
            (Some(TaskKind::Name) | None, Some(a)) => {
                Some(self.side(a, &what, &[Side::Bpo, Side::Ito, Side::Kpo]))
            }
            (None, None) => None,
            (Some(TaskKind::Name), None) => {
                self.error(
                    t.kind.span(),
                    format!("{what} is a task to name but has no answer; add answer = \"bpo\", \"ito\" or \"kpo\""),
                );
                None
            }
            (Some(TaskKind::Place), Some(a)) => {
                self.error(
                    a.span(),
                    format!("{what} is a task to place, graded by its position; remove its answer"),
                );
                None
            }
            (Some(TaskKind::Place), None) => None,
        };
        let kind = kind.unwrap_or(TaskKind::Name);
        let half = match answer {
            Some(Side::Bpo) if position >= 50 => Some(("bpo", "below 50")),
            Some(Side::Kpo) if position < 50 => Some(("kpo", "from 50 up")),
            _ => None,
        };
        if let (Some((side, range)), true) = (half, (0..=100).contains(t.position.get_ref())) {
            self.error(
                t.position.span(),
                format!("{what} is answered \"{side}\" but placed at {position}; its tasks sit {range} on the range"),
            );
        }
        let field = t.field.as_ref().map(|f| {
            let fid = f.get_ref().as_str();
            if !fields.iter().any(|x| x.id == fid) {
                self.error(
                    f.span(),
                    format!("{what} refers to field \"{fid}\", which does not exist"),
                );
            }
            leak(fid)
        });
        SortTask {
            id,
            kind,
            task: self.text(&t.task, &format!("{what} task")),
            answer,
            tell: self.tell_ref(&t.tell, &what, tells),
            reason: self.feedback(&t.reason, &format!("{what} reason")),
            field,
            position,
        }
    }

    fn why(&mut self, w: &RawWhy) -> WhyPoint {
        let id = self.id(&w.id, "why point");
        let what = format!("why point \"{id}\"");
        let text = self.text(&w.text, &format!("{what} text"));
        let source = w
            .source
            .as_ref()
            .map(|s| self.text(s, &format!("{what} source")));
        if source.is_none() && text.chars().any(|c| c.is_ascii_digit()) {
            self.error(
                w.text.span(),
                format!("{what} shows a figure but names no source; add source = \"…\""),
            );
        }
        WhyPoint {
            id,
            voice: self.voice(
                &w.voice,
                &format!("{what} voice"),
                &[Voice::Post, Voice::Reader, Voice::Guide],
            ),
            heading: self.text(&w.heading, &format!("{what} heading")),
            text,
            quote: w
                .quote
                .as_ref()
                .map(|q| self.text(q, &format!("{what} quote"))),
            gloss: match (&w.gloss, &w.quote) {
                (Some(g), None) => {
                    self.error(
                        g.span(),
                        format!("{what} has a gloss but no quote to gloss; add quote = \"…\" or remove the gloss"),
                    );
                    None
                }
                (g, _) => g.as_ref().map(|g| self.text(g, &format!("{what} gloss"))),
            },
            source,
        }
    }

    fn quiz(&mut self, raw: &RawQuiz, ui: &Ui, tells: &[Tell]) -> Quiz {
        let pass = *raw.pass_percent.get_ref();
        if !(1..=100).contains(&pass) {
            self.error(
                raw.pass_percent.span(),
                format!("quiz pass_percent is {pass}; it must be a whole number from 1 to 100"),
            );
        }
        self.count(&raw.bands, 1, usize::MAX, "quiz bands");
        let mut previous: Option<i64> = None;
        let bands: Vec<Band> = raw
            .bands
            .get_ref()
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let min = *b.min_percent.get_ref();
                let span = b.min_percent.span();
                if !(0..=100).contains(&min) {
                    self.error(
                        span.clone(),
                        format!("quiz band min_percent is {min}; it must be from 0 to 100"),
                    );
                } else if i == 0 && min != 0 {
                    self.error(
                        span.clone(),
                        format!("the first quiz band starts at {min}; it must start at 0 so every score has a message"),
                    );
                } else if let Some(p) = previous.filter(|p| min <= *p) {
                    self.error(
                        span.clone(),
                        format!("quiz band min_percent {min} does not rise above the band before it ({p})"),
                    );
                }
                previous = Some(min);
                Band {
                    min_percent: min.clamp(0, 100) as u8,
                    message: self.text(&b.message, &format!("quiz band {} message", i + 1)),
                }
            })
            .collect();
        if (1..=100).contains(&pass) && !bands.iter().any(|b| i64::from(b.min_percent) == pass) {
            self.error(
                raw.bands.span(),
                format!("no quiz band starts at the pass mark ({pass}%), so one message would speak to scores that pass and scores that fail; add a band with min_percent = {pass}"),
            );
        }
        self.count(&raw.questions, 1, usize::MAX, "quiz questions");
        let questions = raw
            .questions
            .get_ref()
            .iter()
            .map(|q| self.question(q, ui, tells))
            .collect();
        Quiz {
            pass_percent: pass.clamp(1, 100) as u8,
            shuffle: raw.shuffle,
            questions: leak_vec(questions),
            bands: leak_vec(bands),
        }
    }

    fn question(&mut self, q: &RawQuestion, ui: &Ui, tells: &[Tell]) -> Question {
        let id = self.id(&q.id, "question");
        let what = format!("question \"{id}\"");
        let prompt = self.text(&q.prompt, &format!("{what} prompt"));
        let explanation = self.feedback(&q.explanation, &format!("{what} explanation"));
        let checks = match q.checks.get_ref().as_str() {
            "new-case" => Some(Checks::NewCase),
            "argument" => Some(Checks::Argument),
            "recall" => Some(Checks::Recall),
            other => {
                self.error(
                    q.checks.span(),
                    format!(
                        "{what} checks \"{other}\"; use \"new-case\", \"argument\" or \"recall\""
                    ),
                );
                None
            }
        };
        let see = q
            .see
            .as_ref()
            .map(|s| self.step_ref(s, &format!("{what} see")));
        // A new case names the tell it turns on and where it sits, so its
        // feedback can show the tell and the results can count the middle.
        let tell = q.tell.as_ref().map(|t| self.tell_ref(t, &what, tells));
        let position = q.position.as_ref().map(|p| self.position(p, &what));
        if checks == Some(Checks::NewCase) {
            for (missing, name) in [(tell.is_none(), "tell"), (position.is_none(), "position")] {
                if missing {
                    self.error(
                        q.checks.span(),
                        format!("{what} is a new case but has no {name}; add {name} = …"),
                    );
                }
            }
        }
        let (kind, options) = match q.kind.get_ref().as_str() {
            "single" => (QuestionKind::SingleChoice, self.single(q, &what)),
            "true-false" => (QuestionKind::TrueFalse, self.true_false(q, &what, ui)),
            other => {
                self.error(
                    q.kind.span(),
                    format!("{what} has kind \"{other}\"; use \"single\" or \"true-false\""),
                );
                (QuestionKind::SingleChoice, &[][..])
            }
        };
        Question {
            id,
            kind,
            checks: checks.unwrap_or(Checks::NewCase),
            prompt,
            options,
            explanation,
            see,
            tell,
            position,
        }
    }

    fn single(&mut self, q: &RawQuestion, what: &str) -> &'static [Choice] {
        for (present, name) in [
            (q.answer.as_ref().map(|a| a.span()), "answer"),
            (q.if_true.as_ref().map(|a| a.span()), "if_true"),
            (q.if_false.as_ref().map(|a| a.span()), "if_false"),
        ] {
            if let Some(span) = present {
                self.error(
                    span,
                    format!("{what} is single-choice, so it takes options, not {name}"),
                );
            }
        }
        let Some(options) = &q.options else {
            self.error(
                q.kind.span(),
                format!("{what} is single-choice but has no options"),
            );
            return &[];
        };
        self.count(options, 2, 6, &format!("{what} options"));
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let choices: Vec<Choice> = options
            .get_ref()
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let n = i + 1;
                let text = self.text(&o.text, &format!("{what} option {n} text"));
                if let Some(first) = seen.insert(o.text.get_ref().trim(), n) {
                    self.error(
                        o.text.span(),
                        format!("{what} option {n} repeats option {first}"),
                    );
                }
                Choice {
                    text,
                    correct: o.correct.as_ref().is_some_and(|c| *c.get_ref()),
                    feedback: self.feedback(&o.feedback, &format!("{what} option {n} feedback")),
                }
            })
            .collect();
        let right = choices.iter().filter(|c| c.correct).count();
        if right != 1 && !choices.is_empty() {
            let said = match right {
                0 => "no option".to_owned(),
                2 => "two options".to_owned(),
                n => format!("{n} options"),
            };
            self.error(
                q.id.span(),
                format!("{what} has {said} marked correct; mark exactly one with correct = true"),
            );
        }
        leak_vec(choices)
    }

    fn true_false(&mut self, q: &RawQuestion, what: &str, ui: &Ui) -> &'static [Choice] {
        if let Some(options) = &q.options {
            self.error(
                options.span(),
                format!(
                    "{what} is true-false, so it takes answer, if_true and if_false, not options"
                ),
            );
        }
        let Some(answer) = &q.answer else {
            self.error(
                q.kind.span(),
                format!("{what} is true-false but has no answer = true or false"),
            );
            return &[];
        };
        let mut feedback = |t: &Option<Text>, name: &str| match t {
            Some(t) => self.feedback(t, &format!("{what} {name}")),
            None => {
                self.error(
                    q.kind.span(),
                    format!("{what} is true-false but has no {name} feedback"),
                );
                ""
            }
        };
        let if_true = feedback(&q.if_true, "if_true");
        let if_false = feedback(&q.if_false, "if_false");
        let answer = *answer.get_ref();
        leak_vec(vec![
            Choice {
                text: ui.true_label,
                correct: answer,
                feedback: if_true,
            },
            Choice {
                text: ui.false_label,
                correct: !answer,
                feedback: if_false,
            },
        ])
    }
}

/// The `{names}` in a text.
fn placeholders_in(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        found.push(after[..close].to_owned());
        rest = &after[close + 1..];
    }
    found
}

fn braced(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("{{{n}}}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub use crate::DEFAULT_LANGUAGE;

/// Checks that `translation` (parsed from `source`, at `path`) says the same
/// things as `original`, the default language's content, in another
/// language: the same ids in the same order, the same structure (options per
/// question, which one is right, each sort task's answer and place, the
/// true/false answers, voices, links) and another language tag. Each
/// difference is reported on the translation's line nearest to it.
pub fn compare(
    path: &str,
    source: &str,
    original: &Content,
    translation: &Content,
) -> Result<(), Report> {
    let (o, t) = (original, translation);
    let mut d = Differences {
        source,
        found: Vec::new(),
    };
    if t.meta.language == o.meta.language {
        d.push(
            d.line("language ="),
            format!(
                "a translation's meta language must differ from the default's (\"{}\")",
                o.meta.language
            ),
        );
    }
    same_entries(&mut d, o, t);
    same_links(&mut d, o, t);
    same_sort_tasks(&mut d, o, t);
    same_points(&mut d, o, t);
    same_quiz(&mut d, o, t);
    if d.found.is_empty() {
        Ok(())
    } else {
        d.found.sort_by_key(|d| d.line);
        Err(Report {
            path: path.to_owned(),
            diagnostics: d.found,
        })
    }
}

/// What a translation does differently, each on its line.
#[doc(hidden)]
pub struct Differences<'a> {
    /// The translation's source.
    source: &'a str,
    found: Vec<Diagnostic>,
}

impl Differences<'_> {
    fn push(&mut self, line: usize, message: String) {
        self.found.push(Diagnostic { line, message });
    }

    /// The line that starts with `text` in the translation (its first).
    fn line(&self, text: &str) -> usize {
        if self.source.starts_with(text) {
            return 1;
        }
        self.source
            .find(&format!("\n{text}"))
            .map_or(1, |at| line_of(self.source, at + 1))
    }

    /// The line of an entry's id.
    fn id_line(&self, id: &str) -> usize {
        self.line(&format!("id = \"{id}\""))
    }

    /// The line of a text, anywhere (a value's, for entries without ids).
    fn text_line(&self, text: &str) -> usize {
        self.source
            .find(text)
            .map_or(1, |at| line_of(self.source, at))
    }

    /// The same entries, by id, in the same order: `section` is the
    /// entries' table (`[[sort_tasks]]`), `what` an entry.
    fn ids(&mut self, section: &str, what: &str, a: Vec<&str>, b: Vec<&str>) {
        for id in a.iter().filter(|id| !b.contains(id)) {
            self.push(
                self.line(section),
                format!("{what} \"{id}\" is missing: the default language's file has it"),
            );
        }
        for id in b.iter().filter(|id| !a.contains(id)) {
            self.push(
                self.id_line(id),
                format!("{what} \"{id}\" is not in the default language's file"),
            );
        }
        if a.len() == b.len() && a.iter().all(|id| b.contains(id)) && a != b {
            self.push(
                self.line(section),
                format!(
                    "the {section} entries are in another order than in the default language's file: {}",
                    a.join(", ")
                ),
            );
        }
    }

    /// As many entries in `section`.
    fn count(&mut self, section: &str, a: usize, b: usize) {
        if a != b {
            self.push(
                self.line(section),
                format!("{section} has {b} entries; the default language's file has {a}"),
            );
        }
    }

    /// A field of an entry the same as in the default language's file.
    pub fn same_field<T: Show>(&mut self, at: &At, field: &str, a: &T, b: &T) {
        let what = format!("{}'s {field}", at.entry);
        self.same(at.line, what, a.show(), b.show());
    }

    /// `what` the same as in the default language's file.
    fn same(&mut self, line: usize, what: String, a: String, b: String) {
        if a != b {
            self.push(
                line,
                format!("{what} is {b}; in the default language's file it is {a}"),
            );
        }
    }
}

/// The same entries in every list, by id where they have one.
fn same_entries(d: &mut Differences, o: &Content, t: &Content) {
    fn ids<T>(list: &[T], id: fn(&T) -> &'static str) -> Vec<&'static str> {
        list.iter().map(id).collect()
    }
    let (ow, tw) = (o.intro.warmup.tasks, t.intro.warmup.tasks);
    let (oq, tq) = (o.quiz.questions, t.quiz.questions);
    d.ids(
        "[[comparison]]",
        "comparison row",
        ids(o.comparison, |x| x.id),
        ids(t.comparison, |x| x.id),
    );
    d.ids(
        "[[fields]]",
        "field",
        ids(o.fields, |x| x.id),
        ids(t.fields, |x| x.id),
    );
    d.ids(
        "[[sort_tasks]]",
        "sort task",
        ids(o.sort_tasks, |x| x.id),
        ids(t.sort_tasks, |x| x.id),
    );
    d.ids(
        "[[tells.items]]",
        "tell",
        ids(o.tells.items, |x| x.id),
        ids(t.tells.items, |x| x.id),
    );
    d.ids(
        "[[why]]",
        "why point",
        ids(o.why, |x| x.id),
        ids(t.why, |x| x.id),
    );
    d.ids(
        "[[intro.warmup.tasks]]",
        "warm-up task",
        ids(ow, |x| x.id),
        ids(tw, |x| x.id),
    );
    d.ids(
        "[[quiz.questions]]",
        "question",
        ids(oq, |x| x.id),
        ids(tq, |x| x.id),
    );
    let (or, tr) = (o.reader_questions, t.reader_questions);
    d.count("[[reader_questions]]", or.len(), tr.len());
    d.count("[[segments]]", o.segments.len(), t.segments.len());
    let (oe, te) = (o.spectrum.examples, t.spectrum.examples);
    d.count("[[spectrum.examples]]", oe.len(), te.len());
    d.count("[[quiz.bands]]", o.quiz.bands.len(), t.quiz.bands.len());
    let (op, tp) = (o.intro.paragraphs, t.intro.paragraphs);
    d.count("paragraphs", op.len(), tp.len());
}

/// The same links: the step each reader question points to, the voice
/// each field is named by.
fn same_links(d: &mut Differences, o: &Content, t: &Content) {
    for (a, b) in o.reader_questions.iter().zip(t.reader_questions) {
        let at = At::text(d, "a reader question", b.question);
        Same::same(a, b, d, &at);
    }
    for (a, b) in o.fields.iter().zip(t.fields).filter(|(a, b)| a.id == b.id) {
        Same::same(a, b, d, &At::id(d, "field", b.id));
    }
}

/// The same practice: each task's kind, answer, tell, field and place, and
/// the warm-up's answers.
fn same_sort_tasks(d: &mut Differences, o: &Content, t: &Content) {
    let pairs = o.sort_tasks.iter().zip(t.sort_tasks);
    for (a, b) in pairs.filter(|(a, b)| a.id == b.id) {
        Same::same(a, b, d, &At::id(d, "sort task", b.id));
    }
    let pairs = o.intro.warmup.tasks.iter().zip(t.intro.warmup.tasks);
    for (a, b) in pairs.filter(|(a, b)| a.id == b.id) {
        Same::same(a, b, d, &At::id(d, "warm-up task", b.id));
    }
}

/// The same figure and argument: where the examples sit, each "why"
/// point's voice, and whether it quotes and names a source.
fn same_points(d: &mut Differences, o: &Content, t: &Content) {
    for (a, b) in o.spectrum.examples.iter().zip(t.spectrum.examples) {
        Same::same(a, b, d, &At::text(d, "a spectrum example", b.task));
    }
    for (a, b) in o.why.iter().zip(t.why).filter(|(a, b)| a.id == b.id) {
        Same::same(a, b, d, &At::id(d, "why point", b.id));
    }
}

/// The same quiz: bands, pass mark, shuffling, and each question's kind,
/// links, number of options and right one.
fn same_quiz(d: &mut Differences, o: &Content, t: &Content) {
    let (oq, tq) = (&o.quiz, &t.quiz);
    for (a, b) in oq.bands.iter().zip(tq.bands) {
        Same::same(a, b, d, &At::text(d, "a quiz band", b.message));
    }
    let (ap, bp) = (oq.pass_percent.to_string(), tq.pass_percent.to_string());
    d.same(d.line("pass_percent ="), "quiz pass_percent".into(), ap, bp);
    let (ash, bsh) = (oq.shuffle.to_string(), tq.shuffle.to_string());
    d.same(d.line("shuffle ="), "quiz shuffle".into(), ash, bsh);
    let right = |q: &Question| {
        q.options
            .iter()
            .position(|o| o.correct)
            .map_or(0, |i| i + 1)
    };
    let pairs = oq.questions.iter().zip(tq.questions);
    for (a, b) in pairs.filter(|(a, b)| a.id == b.id) {
        let at = At::id(d, "question", b.id);
        Same::same(a, b, d, &at);
        let (an, bn) = (a.options.len() as u8, b.options.len() as u8);
        d.same_field(&at, "number of options", &an, &bn);
        let (ar, br) = (right(a) as u8, right(b) as u8);
        d.same_field(&at, "right option (or true/false answer)", &ar, &br);
    }
}

/// Which entry a difference is in, and the translation's line for it.
#[doc(hidden)]
pub struct At {
    /// `sort task "x"`, or `a quiz band` for an entry without an id.
    entry: String,
    line: usize,
}

impl At {
    /// An entry with an id, on its id's line.
    fn id(d: &Differences, what: &str, id: &str) -> At {
        At {
            entry: format!("{what} \"{id}\""),
            line: d.id_line(id),
        }
    }

    /// An entry without one, on the line of one of its texts.
    fn text(d: &Differences, what: &str, text: &str) -> At {
        At {
            entry: what.to_owned(),
            line: d.text_line(text),
        }
    }
}

/// Compares the fields of a model struct its declaration marks `= same` or
/// `= present` (the `model!` macro writes it) in the default language's
/// file (`a`) and a translation (`b`).
pub trait Same {
    fn same(a: &Self, b: &Self, d: &mut Differences, at: &At);
}

/// How a value that must be the same in every language is shown in a
/// message.
pub trait Show {
    fn show(&self) -> String;
}

/// As the content file writes them.
macro_rules! show_as_written {
    ($($ty:ty),*) => {$(
        impl Show for $ty {
            fn show(&self) -> String {
                self.to_string()
            }
        }
    )*};
}

show_as_written!(&'static str, u8, bool);

/// By their ids, as a content file names them.
impl Show for Side {
    fn show(&self) -> String {
        self.id().to_owned()
    }
}

impl Show for Option<Side> {
    fn show(&self) -> String {
        self.map_or("none", Side::id).to_owned()
    }
}

impl Show for Step {
    fn show(&self) -> String {
        self.id().to_owned()
    }
}

/// By their names in the model.
macro_rules! show_as_debug {
    ($($ty:ty),*) => {$(
        impl Show for $ty {
            fn show(&self) -> String {
                format!("{self:?}")
            }
        }
    )*};
}

show_as_debug!(
    TaskKind,
    Voice,
    QuestionKind,
    Checks,
    Option<Step>,
    Option<&'static str>,
    Option<u8>
);

/// Checks the content file at `path` as the build does: it must parse and
/// pass every check, be named after its language (`content/fil.toml` says
/// `language = "fil"`), and, unless it is the default language's, say the
/// same things as the default language's file beside it ([`compare`]).
pub fn check_file(path: &std::path::Path) -> Result<Content, Report> {
    let shown = path.to_string_lossy().replace('\\', "/");
    let report = |line: usize, message: String| Report {
        path: shown.clone(),
        diagnostics: vec![Diagnostic { line, message }],
    };
    let source =
        std::fs::read_to_string(path).map_err(|e| report(1, format!("cannot read it: {e}")))?;
    let content = parse(&shown, &source)?;
    let language = content.meta.language;
    let line = source.find("language").map_or(1, |at| line_of(&source, at));
    if path.file_stem().and_then(|s| s.to_str()) != Some(language) {
        return Err(report(
            line,
            format!("the file says its language is \"{language}\"; name it {language}.toml, or change the language"),
        ));
    }
    if language != DEFAULT_LANGUAGE {
        let default = path.with_file_name(format!("{DEFAULT_LANGUAGE}.toml"));
        let original = std::fs::read_to_string(&default)
            .map_err(|e| {
                report(
                    line,
                    format!(
                        "a translation is checked against {}, which cannot be read: {e}",
                        default.display()
                    ),
                )
            })
            .and_then(|s| parse(&default.to_string_lossy(), &s))?;
        compare(&shown, &source, &original, &content)?;
    }
    Ok(content)
}
