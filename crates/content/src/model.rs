//! The typed shape of the explainer's content.
//!
//! Every type holds `&'static` data: the widget decodes a language's content
//! text once ([`crate::codec`]) into these types and keeps it for the page's
//! life, each string a slice of that text.

/// Declares plain data structs, how each is read from a content text and
/// (with the `parse` feature) written to one, and `$shapes`, each struct's
/// name and fields as text, for the text format's hash. With `parse`, each
/// struct also gets the shape a content file gives it ([`crate::parse::Shape`]):
/// a struct of the same fields, each read as its type is (a text as a
/// spanned string, a list as a spanned list of its items' shapes, an
/// optional field as optional), unknown keys refused. A struct marked
/// `[by_hand]` has its shape written in `parse.rs` instead. A field marked
/// `= same` must be the same in every language (an answer, a place, a
/// link), and one marked `= present` given in all or none: the
/// translation check compares them ([`crate::parse::Same`]). Exported for
/// [`declare_steps!`] and for tests that declare a struct of their own.
#[doc(hidden)]
#[macro_export]
macro_rules! model {
    (const $shapes:ident; $(
        $(#[$meta:meta])*
        pub struct $name:ident $([$by_hand:ident])? {
            $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty $(= $rule:ident)? ),* $(,)?
        }
    )*) => {
        $(
            $(#[$meta])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq)]
            pub struct $name {
                $( $(#[$fmeta])* pub $field: $ty ),*
            }

            impl $crate::wire::Decode for $name {
                fn decode(r: &mut $crate::wire::Reader) -> Option<Self> {
                    Some($name { $( $field: $crate::wire::Decode::decode(r)? ),* })
                }
            }

            #[cfg(feature = "parse")]
            impl $crate::wire::Encode for $name {
                fn encode(&self, out: &mut Vec<String>) {
                    $( self.$field.encode(out); )*
                }
            }

            $crate::model!(@shape [$($by_hand)?] $name { $( $field: $ty ),* });

            #[cfg(feature = "parse")]
            impl $crate::parse::Same for $name {
                fn same(
                    a: &Self,
                    b: &Self,
                    d: &mut $crate::parse::Differences,
                    at: &$crate::parse::At,
                ) {
                    let _ = (a, b, &d, at);
                    $( $crate::model!(@same [$($rule)?] a, b, d, at, $field); )*
                }
            }
        )*

        const $shapes: &[&str] = &[$(
            concat!(stringify!($name), "{", $(stringify!($field), ":", stringify!($ty), ";",)* "}")
        ),*];
    };
    (@same [] $a:ident, $b:ident, $d:ident, $at:ident, $field:ident) => {};
    (@same [same] $a:ident, $b:ident, $d:ident, $at:ident, $field:ident) => {
        $d.same_field($at, stringify!($field), &$a.$field, &$b.$field)
    };
    (@same [present] $a:ident, $b:ident, $d:ident, $at:ident, $field:ident) => {
        $d.same_field($at, stringify!($field), &$a.$field.is_some(), &$b.$field.is_some())
    };
    (@shape [by_hand] $name:ident { $( $field:ident : $ty:ty ),* }) => {};
    (@shape [] $name:ident { $( $field:ident : $ty:ty ),* }) => {
        #[cfg(feature = "parse")]
        const _: () = {
            #[derive(serde::Deserialize)]
            #[serde(deny_unknown_fields)]
            pub struct Raw {
                $( pub $field: <$ty as $crate::parse::Shape>::Raw ),*
            }

            impl $crate::parse::Shape for $name {
                type Raw = Raw;
            }
        };
    };
}

/// The steps, in reading order, as `Variant => id`: the one place a step
/// is declared. Everything that lists steps derives from this: [`Step`] and
/// [`Steps`] here, the widget's view for each (`components::<id>::<id>`),
/// the scripts' and the plugin's lists (crates/prerender), the statistics
/// and the tests. `with_steps!(m)` hands the list to the macro `m`.
#[macro_export]
macro_rules! with_steps {
    ($then:ident) => {
        $then! {
            Intro => intro,
            Definitions => definitions,
            Comparison => comparison,
            Fields => fields,
            Sort => sort,
            Why => why,
            Quiz => quiz,
            Results => results,
        }
    };
}

/// Declares, from a list of steps, the [`Step`] enum in reading order, each
/// step's id (in URLs, content references and DOM ids) and the [`Steps`]
/// struct that holds every step's text. Exported so a test can declare a
/// list with one more step (tests/new_step.rs).
#[doc(hidden)]
#[macro_export]
macro_rules! declare_steps {
    ($( $(#[$meta:meta])* $variant:ident => $field:ident ),* $(,)?) => {
        /// The steps of the walkthrough, in reading order. Their ids name the
        /// URL hash (`#quiz`) and are what content may refer to with
        /// `see = "…"`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Step { $( $(#[$meta])* $variant ),* }

        impl Step {
            /// All steps, in order.
            pub const ALL: &'static [Step] = &[ $( Step::$variant ),* ];

            /// Every step's id, in order.
            pub const IDS: &'static [&'static str] = &[$( stringify!($field) ),*];

            /// The id used in URLs, content references and DOM ids.
            pub const fn id(self) -> &'static str {
                match self { $( Step::$variant => stringify!($field) ),* }
            }

            /// Looks a step up by its id.
            pub fn from_id(id: &str) -> Option<Step> {
                Step::ALL.iter().copied().find(|s| s.id() == id)
            }

            /// Zero-based position in [`Step::ALL`].
            pub fn index(self) -> usize {
                self as usize
            }

            /// The step after this one, if any.
            pub fn next(self) -> Option<Step> {
                Step::ALL.get(self.index() + 1).copied()
            }

            /// The step before this one, if any.
            pub fn previous(self) -> Option<Step> {
                self.index().checked_sub(1).map(|i| Step::ALL[i])
            }
        }

        $crate::model! {
            const STEPS_SHAPE;
            /// Headings and leads of every step, by step: a table by step id
            /// in a content file.
            pub struct Steps [by_hand] { $( pub $field: $crate::model::StepText ),* }
        }

        impl Steps {
            /// The text of one step.
            pub fn get(&self, step: Step) -> &$crate::model::StepText {
                match step { $( Step::$variant => &self.$field ),* }
            }

            /// Builds the texts from a lookup by step.
            pub fn from_fn(mut get: impl FnMut(Step) -> $crate::model::StepText) -> Steps {
                Steps { $( $field: get(Step::$variant) ),* }
            }
        }
    };
}

with_steps!(declare_steps);

/// What most sources call a task: BPO and KPO, the ends of the range, or
/// ITO, named by its subject (the work is the IT itself) wherever it sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Bpo,
    Ito,
    Kpo,
}

impl Side {
    pub const fn id(self) -> &'static str {
        match self {
            Side::Bpo => "bpo",
            Side::Ito => "ito",
            Side::Kpo => "kpo",
        }
    }
}

/// How the reader answers a practice task: by placing it on the range (a
/// slider, right within [`PLACE_TOLERANCE`] of the guide's position), or by
/// naming it BPO, ITO or KPO.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskKind {
    Place,
    Name,
}

/// How far from the guide's position a placement still counts as right, on
/// the range's 0 to 100.
pub const PLACE_TOLERANCE: u8 = 15;

/// Where the middle of the range starts and ends: what the results count as
/// "the cases from the middle", and what the figure calls the middle.
pub const MIDDLE: std::ops::RangeInclusive<u8> = 35..=65;

/// How a quiz question is asked. True/false options keep their order when the
/// quiz is shuffled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    SingleChoice,
    TrueFalse,
}

/// Whose point a text makes, so opinions are labelled: the post's, a
/// reader's comment's, or this guide's own view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    Post,
    Reader,
    Guide,
}

/// What a quiz question checks. The results compare the warm-up with the
/// new cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checks {
    /// A case that appears nowhere else in the widget.
    NewCase,
    /// The post's reasoning.
    Argument,
    /// A detail of the post.
    Recall,
}

/// The enums travel as their ids.
macro_rules! wire_enum {
    ($($ty:ident { $($variant:ident = $id:literal),* $(,)? })*) => {$(
        impl crate::wire::Decode for $ty {
            fn decode(r: &mut crate::wire::Reader) -> Option<Self> {
                match r.piece()? {
                    $( $id => Some(Self::$variant), )*
                    _ => None,
                }
            }
        }

        #[cfg(feature = "parse")]
        impl crate::wire::Encode for $ty {
            fn encode(&self, out: &mut Vec<String>) {
                out.push(match self { $( Self::$variant => $id, )* }.to_owned());
            }
        }
    )*};
}

wire_enum! {
    Side { Bpo = "bpo", Ito = "ito", Kpo = "kpo" }
    TaskKind { Place = "place", Name = "name" }
    QuestionKind { SingleChoice = "single", TrueFalse = "true-false" }
    Voice { Post = "post", Reader = "reader", Guide = "guide" }
    Checks { NewCase = "new-case", Argument = "argument", Recall = "recall" }
}

impl crate::wire::Decode for Step {
    fn decode(r: &mut crate::wire::Reader) -> Option<Self> {
        Step::from_id(r.piece()?)
    }
}

#[cfg(feature = "parse")]
impl crate::wire::Encode for Step {
    fn encode(&self, out: &mut Vec<String>) {
        out.push(self.id().to_owned());
    }
}

/// Every struct's shape, for [`crate::codec::shape`]; with the step ids, so
/// a new step changes it too.
pub const SHAPES: &[&[&str]] = &[MODEL_SHAPE, STEPS_SHAPE, UI_SHAPE, Step::IDS];

model! {
    const MODEL_SHAPE;

    /// What one language's content text carries: the content, and every
    /// language the build has, for the switcher.
    pub struct Bundle [by_hand] {
        pub content: Content,
        pub languages: &'static [Language],
    }

    /// A language the build carries.
    pub struct Language [by_hand] {
        /// Its tag, as in [`Meta::language`].
        pub tag: &'static str,
        /// Its name in itself.
        pub name: &'static str,
    }

    /// Everything the widget says.
    pub struct Content {
        pub meta: Meta,
        pub ui: Ui,
        pub steps: Steps,
        pub intro: Intro,
        pub reader_questions: &'static [ReaderQuestion],
        pub definitions: Definitions,
        pub tells: Tells,
        pub spectrum: Spectrum,
        pub comparison: &'static [Dimension],
        pub fields: &'static [Field],
        pub segments: &'static [Segment],
        pub sort_tasks: &'static [SortTask],
        pub why: &'static [WhyPoint],
        pub quiz: Quiz,
    }

    /// Facts about the content itself.
    pub struct Meta [by_hand] {
        /// BCP 47 language tag, set on the widget's root element; it names
        /// the file (`content/<language>.toml`) and its page.
        pub language: &'static str,
        /// The language's name in itself ("Filipino"), for the switcher.
        pub language_name: &'static str,
        /// Other tags a page or browser may use for it ("tl" for "fil").
        pub aliases: &'static [&'static str],
        /// The standalone page's title and description in this language.
        pub page_title: &'static str,
        pub page_description: &'static str,
        /// The widget's name, read by screen readers as its label.
        pub title: &'static str,
        /// Where the argument comes from, shown with attribution.
        pub source_title: &'static str,
        /// The language the post and its comments are written in, and so
        /// the quotes from them, whatever the content's language.
        pub source_language: &'static str,
        pub source_author: &'static str,
        /// Words that give a verdict ("yes", "not quite"), lowercase: no
        /// feedback may start with one, since the widget shows its own.
        pub verdict_words: &'static [&'static str],
    }

    /// A step's heading and one-line lead.
    pub struct StepText {
        /// Short name for the list of steps.
        pub label: &'static str,
        pub heading: &'static str,
        pub lead: &'static str,
    }

    /// The first screen: a short answer before any detail.
    pub struct Intro {
        pub short_answer: &'static str,
        pub paragraphs: &'static [&'static str],
        pub warmup: Warmup,
    }

    /// A few tasks the reader places before reading: not graded there, and
    /// compared with the quiz's new cases at the end.
    pub struct Warmup {
        pub heading: &'static str,
        pub note: &'static str,
        pub tasks: &'static [WarmupTask],
    }

    pub struct WarmupTask {
        pub id: &'static str,
        pub task: &'static str,
        pub answer: Side = same,
    }

    /// A question a reader of the post asked, and its direct answer.
    pub struct ReaderQuestion {
        pub question: &'static str,
        pub asked_by: &'static str,
        pub answer: &'static str,
        /// The step that answers it at length.
        pub see: Step = same,
    }

    /// One of the three common terms.
    pub struct Definition {
        pub term: &'static str,
        pub expansion: &'static str,
        pub sentence: &'static str,
        pub example: &'static str,
    }

    /// BPO and KPO at the two ends of the range, ITO across its middle.
    pub struct Definitions {
        pub bpo: Definition,
        pub ito: Definition,
        pub kpo: Definition,
    }

    /// The questions a reader can ask of any task to place it: the working
    /// rule, in things a reader can see rather than "rests on judgment".
    pub struct Tells {
        pub heading: &'static str,
        /// What work in the middle of the range looks like.
        pub middle: &'static str,
        pub items: &'static [Tell],
    }

    /// One question to ask of a task, and which way a "yes" points.
    pub struct Tell {
        /// What practice tasks and quiz cases name it by.
        pub id: &'static str,
        /// Short, shown beside every reason that turns on it.
        pub name: &'static str,
        pub question: &'static str,
        pub points: &'static str,
    }

    /// Outsourcing as one range, from set rules to expert judgment, drawn as
    /// a figure.
    pub struct Spectrum {
        pub caption: &'static str,
        /// That one company, or one field, can hold both kinds of work.
        pub both: &'static str,
        /// Where the definitions come from.
        pub credit: &'static str,
        /// The reader's definitions, quoted in the words they wrote.
        pub quote: &'static str,
        pub quote_source: &'static str,
        /// In a translation, what the quote says, in the translation's
        /// language.
        pub quote_gloss: Option<&'static str>,
        /// Tasks placed on the range in the figure.
        pub examples: &'static [SpectrumPoint],
    }

    /// A task and where it sits: 0 is a set process, 100 expert judgment.
    pub struct SpectrumPoint {
        pub task: &'static str,
        pub position: u8 = same,
    }

    /// One row of the side-by-side comparison.
    pub struct Dimension {
        pub id: &'static str,
        pub name: &'static str,
        pub bpo: &'static str,
        pub kpo: &'static str,
    }

    /// A field of knowledge work the post (or a reader) names.
    pub struct Field {
        pub id: &'static str,
        pub name: &'static str,
        pub summary: &'static str,
        /// Who names it: the post or a reader.
        pub from: Voice = same,
    }

    /// A segment most sources on outsourcing call KPO.
    pub struct Segment {
        pub name: &'static str,
        pub summary: &'static str,
    }

    /// A concrete task for the reader to place on the range or to name.
    pub struct SortTask {
        pub id: &'static str,
        pub kind: TaskKind = same,
        pub task: &'static str,
        /// What most sources call it; every task to name has one.
        pub answer: Option<Side> = same,
        /// The id of the [`Tell`] its reason turns on.
        pub tell: &'static str = same,
        pub reason: &'static str,
        /// The field this task belongs to, when it is one of them.
        pub field: Option<&'static str> = same,
        /// Where it sits on the range: 0 is a set process, 100 expert
        /// judgment.
        pub position: u8 = same,
    }

    /// One point of the post's argument for why KPO matters.
    pub struct WhyPoint {
        pub id: &'static str,
        /// Whose point it is.
        pub voice: Voice = same,
        pub heading: &'static str,
        pub text: &'static str,
        /// A short line from the post, quoted with attribution in the
        /// post's words.
        pub quote: Option<&'static str> = present,
        /// In a translation, what the quote says, in the translation's
        /// language.
        pub gloss: Option<&'static str>,
        /// Where a figure in `text` comes from.
        pub source: Option<&'static str> = present,
    }

    /// The quiz: questions, pass mark and the messages by score band.
    pub struct Quiz {
        /// Percentage of correct answers needed to pass, 1 to 100.
        pub pass_percent: u8,
        /// Whether Retry reshuffles question and option order by default.
        pub shuffle: bool,
        pub questions: &'static [Question],
        /// Sorted by `min_percent`, the first starting at 0.
        pub bands: &'static [Band],
    }

    pub struct Question [by_hand] {
        pub id: &'static str,
        pub kind: QuestionKind = same,
        pub checks: Checks = same,
        pub prompt: &'static str,
        pub options: &'static [Choice],
        pub explanation: &'static str,
        /// The step that explains the answer at length.
        pub see: Option<Step> = same,
        /// A new case's [`Tell`], by id.
        pub tell: Option<&'static str> = same,
        /// Where a new case sits on the range, 0 to 100.
        pub position: Option<u8> = same,
    }

    /// One answer option, with the feedback shown when it is chosen.
    pub struct Choice [by_hand] {
        pub text: &'static str,
        pub correct: bool,
        pub feedback: &'static str,
    }

    /// The overall message for scores from `min_percent` up to the next band.
    pub struct Band {
        pub min_percent: u8 = same,
        pub message: &'static str,
    }
}

/// Declares the interface strings once: the struct, the list of keys with
/// the `{placeholders}` each must contain, and how it is built and baked.
macro_rules! ui_strings {
    ($( $field:ident [$($ph:literal),*] ),* $(,)?) => {
        /// Every label, heading and message of the interface, so a translation
        /// is one more content file. `{name}` marks a value filled in at run time.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct Ui { $( pub $field: &'static str ),* }

        impl Ui {
            /// Every key, with the placeholders its text must contain.
            pub const KEYS: &'static [(&'static str, &'static [&'static str])] =
                &[ $( (stringify!($field), &[$($ph),*]) ),* ];

            /// Builds the strings from a lookup by key.
            pub fn from_fn(mut get: impl FnMut(&'static str) -> &'static str) -> Ui {
                Ui { $( $field: get(stringify!($field)) ),* }
            }
        }

        impl crate::wire::Decode for Ui {
            fn decode(r: &mut crate::wire::Reader) -> Option<Self> {
                let [$( $field ),*] = r.array::<{ [$( stringify!($field) ),*].len() }>()?;
                Some(Ui { $( $field ),* })
            }
        }

        #[cfg(feature = "parse")]
        impl crate::wire::Encode for Ui {
            fn encode(&self, out: &mut Vec<String>) {
                $( out.push(self.$field.to_owned()); )*
            }
        }

        const UI_SHAPE: &[&str] = &[concat!("Ui{", $(stringify!($field), ";",)* "}")];
    };
}

ui_strings! {
    step_of ["n", "total"],
    steps_nav_label [],
    progress_label [],
    back ["step"],
    next ["step"],
    start [],
    reader_questions_heading [],
    asked_by ["name"],
    read_more ["step"],
    warmup_group_label ["task"],
    warmup_done [],
    example [],
    spectrum_low_end [],
    spectrum_high_end [],
    placed_at ["n", "task", "where"],
    placed_low [],
    placed_middle [],
    placed_high [],
    your_placing ["n", "task", "side", "verdict"],
    placing_right [],
    placing_wrong ["side"],
    dimension [],
    post_fields_heading [],
    reader_fields_heading [],
    segments_heading [],
    tell_label [],
    sort_place_heading [],
    sort_name_heading [],
    place_label ["task"],
    place_unset [],
    place_value ["value", "where"],
    place_check [],
    place_first [],
    guide_places ["where"],
    key_band [],
    key_guide [],
    key_you [],
    sort_group_label ["task"],
    sort_count ["done", "total", "correct"],
    sort_correct [],
    sort_wrong [],
    sort_reset [],
    sort_figure_caption [],
    voice_post [],
    voice_reader [],
    voice_guide [],
    quote_from ["source"],
    source [],
    question_of ["n", "total"],
    score_so_far ["correct", "answered"],
    check [],
    choose_first [],
    correct [],
    incorrect [],
    explanation [],
    next_question [],
    see_results [],
    true_label [],
    false_label [],
    score ["correct", "total", "percent"],
    passed ["pass"],
    failed ["pass"],
    before_after ["warmup", "warmup_total", "new", "new_total"],
    skipped_warmup ["new", "new_total"],
    middle_cases ["new", "new_total"],
    review_heading [],
    your_answer [],
    right_answer [],
    best_score ["correct", "total"],
    retry [],
    start_again [],
    results_locked [],
    go_to_quiz [],
    storage_unavailable [],
    crashed [],
    embed_open [],
    embed_close [],
    embed_intro [],
    embed_script [],
    embed_iframe [],
    copy [],
    copied [],
    copy_failed [],
    wasm_failed [],
    embed_failed [],
    embed_fallback [],
    open_in_new_tab [],
    language_label [],
    language_failed ["language"],
    part_of ["n", "total"],
    previous_part [],
    next_part [],
}

impl Ui {
    /// Where a position sits on the range, in words: the BPO end, the
    /// middle or the KPO end.
    pub fn zone(&self, position: u8) -> &'static str {
        if position < *MIDDLE.start() {
            self.placed_low
        } else if position <= *MIDDLE.end() {
            self.placed_middle
        } else {
            self.placed_high
        }
    }
}

impl Tells {
    /// The tell with this id (the build checks every reference).
    pub fn get(&self, id: &str) -> Option<&Tell> {
        self.items.iter().find(|t| t.id == id)
    }
}

impl SortTask {
    /// Whether a placement at `position` is close enough to the guide's.
    pub fn placed_right(&self, position: u8) -> bool {
        position.abs_diff(self.position) <= PLACE_TOLERANCE
    }
}

impl Quiz {
    /// The band a score falls in. Bands are checked at build time to start at
    /// 0 and rise, so there always is one.
    pub fn band(&self, correct: usize, total: usize) -> &Band {
        let percent = percent(correct, total);
        self.bands
            .iter()
            .rev()
            .find(|b| u32::from(b.min_percent) <= percent)
            .unwrap_or(&self.bands[0])
    }

    /// Whether a score reaches the pass mark.
    pub fn passed(&self, correct: usize, total: usize) -> bool {
        percent(correct, total) >= u32::from(self.pass_percent)
    }
}

/// Whole-number percentage, rounded down so a pass is never granted early.
pub fn percent(correct: usize, total: usize) -> u32 {
    if total == 0 {
        return 0;
    }
    (correct.min(total) * 100 / total) as u32
}

/// Fills `{name}` placeholders in an interface string; unknown names and an
/// unclosed `{` are kept as they are. (Split, not indexed: indexing a `str`
/// links the standard library's slice-error formatting into the wasm.)
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 8);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.split_once('}') {
            Some((name, tail)) => {
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = tail;
            }
            None => {
                out.push('{');
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod fill_tests {
    use super::fill;

    #[test]
    fn fills_known_names_and_keeps_the_rest() {
        let v = [("n", "3"), ("total", "8")];
        assert_eq!(fill("Step {n} of {total}", &v), "Step 3 of 8");
        assert_eq!(fill("{n}{n}", &v), "33");
        assert_eq!(fill("no placeholders", &v), "no placeholders");
        assert_eq!(fill("", &v), "");
        assert_eq!(fill("{unknown} {n}", &v), "{unknown} 3");
        assert_eq!(fill("open { brace", &v), "open { brace");
        assert_eq!(fill("{n} then {", &v), "3 then {");
        assert_eq!(fill("é {n} – ü", &v), "é 3 – ü");
        assert_eq!(fill("{}", &v), "{}");
    }
}
