//! Why a bank is refused (errors) and what deserves its author's attention (warnings): one
//! variant per rule, each naming the faulty item and field, with a sentence in French (for the
//! administrators, who read French first) and in English (`Display`, for logs).

use crate::bank::check::BankFormat;
use crate::lang::Lang;
use std::fmt;

/// Narrow no-break space: French typography puts one before `: ; ! ?` and inside « ».
const NNBSP: char = '\u{202f}';

/// What kind of item an error is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// The bank itself (its `id`, `version` and `languages`).
    Bank,
    /// A `[[problems]]` table.
    Problem,
    /// A `[[problems.fixes]]` table.
    Fix,
    /// A `[[problems.questions]]` table.
    Question,
    /// A `[[migrations]]` table; the item id is its `from` version.
    Migration,
    /// A question listed in the migration from version `from`.
    OldQuestion {
        /// The version the migration starts from.
        from: u32,
    },
}

impl ItemKind {
    fn keyword(self) -> &'static str {
        match self {
            ItemKind::Bank => "bank",
            ItemKind::Problem => "problem",
            ItemKind::Fix => "fix",
            ItemKind::Question | ItemKind::OldQuestion { .. } => "question",
            ItemKind::Migration => "migration",
        }
    }

    fn keyword_fr(self) -> &'static str {
        match self {
            ItemKind::Bank => "questionnaire",
            ItemKind::Problem => "problème",
            ItemKind::Fix => "piste",
            ItemKind::Question | ItemKind::OldQuestion { .. } => "question",
            ItemKind::Migration => "migration",
        }
    }
}

/// The item an error is about, e.g. `question "A3"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Its kind.
    pub kind: ItemKind,
    /// Its id; for an item written without one, `#` and its 1-based position among its kind.
    pub id: String,
}

impl Item {
    /// An item of `kind` with id `id`.
    pub fn new(kind: ItemKind, id: impl Into<String>) -> Self {
        Item {
            kind,
            id: id.into(),
        }
    }

    /// The item in words in `lang`: `question "A3"`, « question « A3 » », « piste n° 2 ».
    pub fn label(&self, lang: Lang) -> String {
        if !is_french(lang) {
            return self.to_string();
        }
        let mut out = String::new();
        if let ItemKind::OldQuestion { from } = self.kind {
            out.push_str(&format!("migration depuis la version {from}, "));
        }
        let keyword = self.kind.keyword_fr();
        out.push_str(&match self.kind {
            _ if self.id.is_empty() => keyword.to_string(),
            _ if self.id.starts_with('#') => {
                format!("{keyword} n°\u{a0}{}", self.id.trim_start_matches('#'))
            }
            ItemKind::Migration => format!("migration depuis la version {}", self.id),
            _ => format!("{keyword} {}", quote_fr(&self.id)),
        });
        out
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let ItemKind::OldQuestion { from } = self.kind {
            write!(f, "migration from version {from}, ")?;
        }
        let keyword = self.kind.keyword();
        match self.kind {
            _ if self.id.is_empty() => f.write_str(keyword),
            // Positions and version numbers are not ids: no quotes.
            _ if self.id.starts_with('#') => write!(f, "{keyword} {}", self.id),
            ItemKind::Migration => write!(f, "migration from version {}", self.id),
            _ => write!(f, "{keyword} \"{}\"", self.id),
        }
    }
}

/// What a count limit is about (see `docs/bank-format.md`, "Limits").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    /// Problems in the bank.
    Problems,
    /// Questions in the whole bank.
    Questions,
    /// Questions in one problem.
    QuestionsOfProblem,
    /// Fixes in one problem.
    FixesOfProblem,
    /// Fixes one question points to.
    FixesOfQuestion,
    /// Languages of the bank.
    Languages,
    /// Migration tables.
    Migrations,
    /// Questions listed in one migration.
    OldQuestions,
}

impl Counted {
    /// The field that holds what is counted.
    pub fn field(self) -> &'static str {
        match self {
            Counted::Problems => "problems",
            Counted::Questions | Counted::QuestionsOfProblem | Counted::OldQuestions => "questions",
            Counted::FixesOfProblem | Counted::FixesOfQuestion => "fixes",
            Counted::Languages => "languages",
            Counted::Migrations => "migrations",
        }
    }

    fn words(self, french: bool) -> &'static str {
        match (self, french) {
            (Counted::Problems, false) => "problems",
            (Counted::Problems, true) => "problèmes",
            (Counted::Questions | Counted::QuestionsOfProblem | Counted::OldQuestions, _) => {
                "questions"
            }
            (Counted::FixesOfProblem | Counted::FixesOfQuestion, false) => "fixes",
            (Counted::FixesOfProblem | Counted::FixesOfQuestion, true) => "pistes",
            (Counted::Languages, false) => "languages",
            (Counted::Languages, true) => "langues",
            (Counted::Migrations, false) => "migration tables",
            (Counted::Migrations, true) => "tables de migration",
        }
    }
}

/// Why a bank was refused. Each variant names the faulty item and field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BankError {
    /// The file cannot be read as its format: not valid TOML or JSON, a value of the wrong type,
    /// an unknown key, nesting too deep.
    Syntax {
        /// TOML or JSON.
        format: BankFormat,
        /// The item the fault belongs to, when it can be told.
        item: Option<Item>,
        /// The 1-based line of the fault, when known.
        line: Option<usize>,
        /// The JSON path of the faulty field, e.g. `problems[0].questions[2].text`, when known.
        path: Option<String>,
        /// The reader's explanation (in English: it comes from the TOML or JSON library).
        message: String,
    },
    /// The file is larger than [`crate::bank::MAX_BANK_BYTES`]; it is not read at all.
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// A required field is missing. For a text this is its default language.
    MissingField {
        /// The item lacking it.
        item: Item,
        /// The field, e.g. `text.fr`.
        field: String,
    },
    /// A field holds only blanks.
    EmptyField {
        /// The item.
        item: Item,
        /// The field.
        field: String,
    },
    /// A text or value is longer than its limit.
    TooLong {
        /// The item.
        item: Item,
        /// The field.
        field: String,
        /// Its length, in UTF-16 code units (as the browser counts).
        length: usize,
        /// The limit.
        max: usize,
    },
    /// More items than the limit allows.
    TooMany {
        /// The item holding them (the bank, a problem, a question or a migration).
        item: Item,
        /// What is counted.
        what: Counted,
        /// How many there are.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// A text holds an HTML tag: a bank’s texts are plain text, shown as written.
    Markup {
        /// The item.
        item: Item,
        /// The field.
        field: String,
        /// The start of the tag, e.g. `<script`.
        tag: String,
    },
    /// The bank version is below 1.
    BadVersion {
        /// The value found.
        value: i64,
    },
    /// The bank has no problem at all.
    NoProblem,
    /// An id is used twice (problems, fixes and questions share one namespace).
    DuplicateId {
        /// The second item using it.
        item: Item,
        /// The kind of the first item using it.
        first: ItemKind,
    },
    /// An id has characters other than ASCII letters, digits and `-`, or is empty.
    BadId {
        /// The item, with the id as written.
        item: Item,
    },
    /// A key of a text, or an entry of `languages`, is not a language code (2 or 3 lowercase
    /// letters, ISO 639).
    BadLanguage {
        /// The item.
        item: Item,
        /// The field, e.g. `label.xx-yy` or `languages`.
        field: String,
        /// The code as written.
        code: String,
    },
    /// A text in a language the bank's `languages` does not list.
    UnknownLanguage {
        /// The item.
        item: Item,
        /// The field, e.g. `label.it`.
        field: String,
        /// The code.
        code: String,
    },
    /// `languages` lists a language twice.
    DuplicateLanguage {
        /// The code.
        code: String,
    },
    /// A polarity other than `symptom` or `practice`.
    BadPolarity {
        /// The question.
        item: Item,
        /// The value found.
        value: String,
    },
    /// A source link that is neither an `https://` link nor a relative one (`guides/x.pdf`).
    BadUrl {
        /// The fix.
        item: Item,
        /// The value found.
        value: String,
    },
    /// A link that could run code: `javascript:`, `data:` or `vbscript:`, anywhere in it.
    UnsafeLink {
        /// The fix.
        item: Item,
        /// The field.
        field: String,
        /// The value found.
        value: String,
    },
    /// A question points to a fix that does not exist.
    UnknownFix {
        /// The question.
        item: Item,
        /// The missing fix id.
        fix: String,
    },
    /// A problem has no question or no fix.
    EmptyProblem {
        /// The problem.
        item: Item,
        /// `"question"` or `"fix"`: what it lacks.
        lacks: &'static str,
    },
    /// A migration starts from a version that is not earlier than the bank's.
    MigrationNotEarlier {
        /// The migration.
        item: Item,
        /// The bank's version.
        version: u32,
    },
    /// Two migrations start from the same version.
    DuplicateMigration {
        /// The second one.
        item: Item,
    },
    /// A migration lists no question.
    EmptyMigration {
        /// The migration.
        item: Item,
    },
    /// A migration lists the same old question twice.
    DuplicateOldQuestion {
        /// The old question.
        item: Item,
    },
    /// A `change` other than `same`, `reworded` or `removed`.
    BadChange {
        /// The old question.
        item: Item,
        /// The value found.
        value: String,
    },
    /// An old question maps to a question this bank does not have.
    UnknownTarget {
        /// The old question.
        item: Item,
        /// The missing id.
        to: String,
    },
    /// Two old questions map to the same question.
    SharedTarget {
        /// The second old question.
        item: Item,
        /// The shared target id.
        to: String,
        /// The first old question mapping to it.
        first: String,
    },
    /// A question marked `same` under another id: that is a rewording.
    SameWithOtherId {
        /// The old question.
        item: Item,
        /// The other id.
        to: String,
    },
    /// A removed question with a `to`.
    RemovedWithTarget {
        /// The old question.
        item: Item,
        /// The `to` found.
        to: String,
    },
    /// More errors were found than are listed.
    MoreErrors {
        /// How many more.
        count: usize,
    },
}

/// Something worth an administrator's attention that does not stop the bank from working.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BankWarning {
    /// The item it is about.
    pub item: Item,
    /// The field, e.g. `text.de` or `url`.
    pub field: String,
    /// What it is.
    pub kind: WarningKind,
}

/// The kinds of warnings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WarningKind {
    /// No question points to this fix: it can never be suggested. (The built-in bank's build
    /// refuses it.)
    UnreachableFix,
    /// This question points to no fix: a worrying answer to it suggests nothing.
    NoFix,
    /// A text lacks one of the bank's languages: its default language is shown instead.
    MissingTranslation {
        /// The missing language.
        code: String,
        /// The bank's default language, shown instead.
        default: String,
    },
    /// An `http:` link: readers' browsers may warn, and it can be altered on the way.
    HttpLink {
        /// The link.
        value: String,
    },
    /// A problem with fewer than 4 questions: its score rests on too few answers.
    FewQuestions {
        /// How many it has.
        count: usize,
    },
    /// More warnings were found than are listed.
    MoreWarnings {
        /// How many more.
        count: usize,
    },
}

fn is_french(lang: Lang) -> bool {
    lang.code() == "fr"
}

fn quote_fr(text: &str) -> String {
    format!("«{NNBSP}{text}{NNBSP}»")
}

/// The name of a language in `french` or English, for the few a bank is likely to use.
fn language_name(code: &str, french: bool) -> Option<&'static str> {
    Some(match (code, french) {
        ("fr", false) => "French",
        ("fr", true) => "français",
        ("en", false) => "English",
        ("en", true) => "anglais",
        ("de", false) => "German",
        ("de", true) => "allemand",
        ("es", false) => "Spanish",
        ("es", true) => "espagnol",
        ("it", false) => "Italian",
        ("it", true) => "italien",
        ("nl", false) => "Dutch",
        ("nl", true) => "néerlandais",
        ("pt", false) => "Portuguese",
        ("pt", true) => "portugais",
        _ => return None,
    })
}

/// The language of a localised field (`text.de` → `de`), if it is one.
fn field_language(field: &str) -> Option<&str> {
    const LOCALISED: [&str; 8] = [
        "label", "summary", "lesson", "story", "title", "detail", "source", "text",
    ];
    let (name, code) = field.split_once('.')?;
    LOCALISED.contains(&name).then_some(code)
}

fn describe_missing(field: &str, french: bool) -> String {
    match (field_language(field), french) {
        (Some(code), false) => match language_name(code, false) {
            Some(name) => format!("missing {name} text ({field})"),
            None => format!("missing text in language \"{code}\" ({field})"),
        },
        (Some(code), true) => match language_name(code, true) {
            Some(name) => format!("texte en {name} manquant ({field})"),
            None => format!("texte manquant dans la langue {} ({field})", quote_fr(code)),
        },
        (None, false) => format!("missing field \"{field}\""),
        (None, true) => format!("champ {} manquant", quote_fr(field)),
    }
}

fn article(kind: ItemKind, french: bool) -> &'static str {
    match (kind, french) {
        (ItemKind::Problem, false) => "a problem",
        (ItemKind::Fix, false) => "a fix",
        (_, false) => "a question",
        (ItemKind::Problem, true) => "un problème",
        (ItemKind::Fix, true) => "une piste",
        (_, true) => "une question",
    }
}

fn bank_item() -> Item {
    Item::new(ItemKind::Bank, "")
}

impl BankError {
    /// The item the error is about, when it has one (a syntax error may have none).
    pub fn item(&self) -> Option<Item> {
        match self {
            BankError::Syntax { item, .. } => item.clone(),
            BankError::TooLarge { .. }
            | BankError::BadVersion { .. }
            | BankError::NoProblem
            | BankError::DuplicateLanguage { .. }
            | BankError::MoreErrors { .. } => Some(bank_item()),
            BankError::MissingField { item, .. }
            | BankError::EmptyField { item, .. }
            | BankError::TooLong { item, .. }
            | BankError::TooMany { item, .. }
            | BankError::Markup { item, .. }
            | BankError::DuplicateId { item, .. }
            | BankError::BadId { item }
            | BankError::BadLanguage { item, .. }
            | BankError::UnknownLanguage { item, .. }
            | BankError::BadPolarity { item, .. }
            | BankError::BadUrl { item, .. }
            | BankError::UnsafeLink { item, .. }
            | BankError::UnknownFix { item, .. }
            | BankError::EmptyProblem { item, .. }
            | BankError::MigrationNotEarlier { item, .. }
            | BankError::DuplicateMigration { item }
            | BankError::EmptyMigration { item }
            | BankError::DuplicateOldQuestion { item }
            | BankError::BadChange { item, .. }
            | BankError::UnknownTarget { item, .. }
            | BankError::SharedTarget { item, .. }
            | BankError::SameWithOtherId { item, .. }
            | BankError::RemovedWithTarget { item, .. } => Some(item.clone()),
        }
    }

    /// The field the error is about, e.g. `text.en`, `url`, `problems[0].label` (a JSON path);
    /// `None` when the error is about a whole item or a place in the text.
    pub fn field(&self) -> Option<String> {
        Some(match self {
            BankError::Syntax { path, .. } => return path.clone(),
            BankError::TooLarge { .. } | BankError::MoreErrors { .. } => return None,
            BankError::MissingField { field, .. }
            | BankError::EmptyField { field, .. }
            | BankError::TooLong { field, .. }
            | BankError::Markup { field, .. }
            | BankError::BadLanguage { field, .. }
            | BankError::UnknownLanguage { field, .. }
            | BankError::UnsafeLink { field, .. } => field.clone(),
            BankError::TooMany { what, .. } => what.field().to_string(),
            BankError::BadVersion { .. } => "version".into(),
            BankError::NoProblem => "problems".into(),
            BankError::EmptyProblem { lacks, .. } if *lacks == "fix" => "fixes".into(),
            BankError::EmptyProblem { .. } => "questions".into(),
            BankError::DuplicateLanguage { .. } => "languages".into(),
            BankError::DuplicateId { .. } | BankError::BadId { .. } => "id".into(),
            BankError::DuplicateOldQuestion { .. } => "id".into(),
            BankError::BadPolarity { .. } => "polarity".into(),
            BankError::BadUrl { .. } => "url".into(),
            BankError::UnknownFix { .. } => "fixes".into(),
            BankError::MigrationNotEarlier { .. } | BankError::DuplicateMigration { .. } => {
                "from".into()
            }
            BankError::EmptyMigration { .. } => "questions".into(),
            BankError::BadChange { .. } => "change".into(),
            BankError::UnknownTarget { .. }
            | BankError::SharedTarget { .. }
            | BankError::SameWithOtherId { .. }
            | BankError::RemovedWithTarget { .. } => "to".into(),
        })
    }

    /// The sentence in `lang`: French for administrators (French typography), English
    /// otherwise (the same as `Display`).
    pub fn message(&self, lang: Lang) -> String {
        if is_french(lang) {
            self.french()
        } else {
            self.to_string()
        }
    }

    fn french(&self) -> String {
        let fr = Lang::Fr;
        let n = NNBSP;
        match self {
            BankError::Syntax {
                format,
                item,
                line,
                path,
                message,
            } => {
                let mut place = Vec::new();
                if let Some(path) = path {
                    place.push(path.clone());
                }
                if let Some(line) = line {
                    place.push(format!("ligne {line}"));
                }
                let what = match format {
                    BankFormat::Toml => "TOML",
                    BankFormat::Json => "JSON",
                };
                let head = match (item, place.is_empty()) {
                    (Some(item), true) => item.label(fr),
                    (Some(item), false) => format!("{} ({})", item.label(fr), place.join(", ")),
                    (None, false) => place.join(", "),
                    (None, true) => "fichier".into(),
                };
                format!(
                    "{head}{n}: le fichier {what} ne peut pas être lu ici (mauvaise syntaxe, type de valeur ou clé inconnue){n}; le lecteur {what} explique, en anglais{n}: {}",
                    quote_fr(message)
                )
            }
            BankError::TooLarge { bytes } => format!(
                "fichier{n}: {bytes}\u{a0}octets, au-delà de la limite de {}\u{a0}octets (1\u{a0}Mio){n}; il n’a pas été lu",
                crate::bank::MAX_BANK_BYTES
            ),
            BankError::MissingField { item, field } => {
                format!("{}{n}: {}", item.label(fr), describe_missing(field, true))
            }
            BankError::EmptyField { item, field } => {
                format!("{}{n}: {} est vide", item.label(fr), quote_fr(field))
            }
            BankError::TooLong {
                item,
                field,
                length,
                max,
            } => format!(
                "{}{n}: {} compte {length}\u{a0}caractères, pour une limite de {max}",
                item.label(fr),
                quote_fr(field)
            ),
            BankError::TooMany {
                item,
                what,
                count,
                max,
            } => format!(
                "{}{n}: {count}\u{a0}{}, pour une limite de {max}",
                item.label(fr),
                what.words(true)
            ),
            BankError::Markup { item, field, tag } => format!(
                "{}{n}: {} contient une balise HTML ({}){n}; les textes d’un questionnaire sont du texte simple, affiché tel quel",
                item.label(fr),
                quote_fr(field),
                quote_fr(tag)
            ),
            BankError::BadVersion { value } => format!(
                "questionnaire{n}: la version {value} doit être un nombre entier à partir de 1"
            ),
            BankError::NoProblem => "le questionnaire n’a aucun problème".into(),
            BankError::DuplicateId { item, first } => format!(
                "{}{n}: identifiant déjà utilisé par {}",
                item.label(fr),
                article(*first, true)
            ),
            BankError::BadId { item } => format!(
                "{}{n}: un identifiant ne peut contenir que des lettres sans accent, des chiffres et «{n}-{n}»",
                item.label(fr)
            ),
            BankError::BadLanguage { item, field, code } => format!(
                "{}{n}: {} dans {} n’est pas un code de langue (2 ou 3 lettres minuscules, norme ISO 639, par exemple «{n}fr{n}», «{n}de{n}»)",
                item.label(fr),
                quote_fr(code),
                quote_fr(field)
            ),
            BankError::UnknownLanguage { item, field, code } => format!(
                "{}{n}: {} est dans la langue {}, absente de la liste «{n}languages{n}» du questionnaire",
                item.label(fr),
                quote_fr(field),
                quote_fr(code)
            ),
            BankError::DuplicateLanguage { code } => format!(
                "questionnaire{n}: la langue {} figure deux fois dans «{n}languages{n}»",
                quote_fr(code)
            ),
            BankError::BadPolarity { item, value } => format!(
                "{}{n}: la polarité {} doit être «{n}symptom{n}» ou «{n}practice{n}»",
                item.label(fr),
                quote_fr(value)
            ),
            BankError::BadUrl { item, value } => format!(
                "{}{n}: {} n’est ni un lien https:// ni un lien relatif",
                item.label(fr),
                quote_fr(value)
            ),
            BankError::UnsafeLink { item, field, value } => format!(
                "{}{n}: le lien {} ({}) pourrait exécuter du code (javascript:, data: ou vbscript:){n}; il est refusé",
                item.label(fr),
                quote_fr(value),
                field
            ),
            BankError::UnknownFix { item, fix } => format!(
                "{}{n}: la piste {} n’existe pas",
                item.label(fr),
                quote_fr(fix)
            ),
            BankError::EmptyProblem { item, lacks } => {
                let lacks = if *lacks == "fix" {
                    "aucune piste"
                } else {
                    "aucune question"
                };
                format!("{} n’a {lacks}", item.label(fr))
            }
            BankError::MigrationNotEarlier { item, version } => format!(
                "{}{n}: doit partir d’une version antérieure à celle du questionnaire ({version})",
                item.label(fr)
            ),
            BankError::DuplicateMigration { item } => {
                format!("{} est donnée deux fois", item.label(fr))
            }
            BankError::EmptyMigration { item } => {
                format!("{} ne liste aucune question", item.label(fr))
            }
            BankError::DuplicateOldQuestion { item } => {
                format!("{} est listée deux fois", item.label(fr))
            }
            BankError::BadChange { item, value } => format!(
                "{}{n}: le changement {} doit être «{n}same{n}», «{n}reworded{n}» ou «{n}removed{n}»",
                item.label(fr),
                quote_fr(value)
            ),
            BankError::UnknownTarget { item, to } => format!(
                "{}{n}: la question {} n’existe pas dans cette version",
                item.label(fr),
                quote_fr(to)
            ),
            BankError::SharedTarget { item, to, first } => format!(
                "{}{n}: la question {} reçoit déjà la réponse de la question {}",
                item.label(fr),
                quote_fr(to),
                quote_fr(first)
            ),
            BankError::SameWithOtherId { item, to } => format!(
                "{}{n}: «{n}same{n}» garde l’identifiant, mais «{n}to{n}» vaut {} (écrivez change = \"reworded\")",
                item.label(fr),
                quote_fr(to)
            ),
            BankError::RemovedWithTarget { item, to } => format!(
                "{}{n}: une question retirée n’a pas de «{n}to{n}» (trouvé {})",
                item.label(fr),
                quote_fr(to)
            ),
            BankError::MoreErrors { count } => {
                format!("… et {count}\u{a0}autres erreurs, non listées")
            }
        }
    }
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::Syntax {
                item,
                line,
                path,
                message,
                ..
            } => {
                let mut place = Vec::new();
                if let Some(path) = path {
                    place.push(path.clone());
                }
                if let Some(line) = line {
                    place.push(format!("line {line}"));
                }
                match (item, place.is_empty()) {
                    (Some(item), true) => write!(f, "{item}: {message}"),
                    (Some(item), false) => write!(f, "{item} ({}): {message}", place.join(", ")),
                    (None, false) => write!(f, "{}: {message}", place.join(", ")),
                    (None, true) => write!(f, "file: {message}"),
                }
            }
            BankError::TooLarge { bytes } => write!(
                f,
                "file: {bytes} bytes, over the limit of {} bytes (1 MiB); it was not read",
                crate::bank::MAX_BANK_BYTES
            ),
            BankError::MissingField { item, field } => {
                write!(f, "{item}: {}", describe_missing(field, false))
            }
            BankError::EmptyField { item, field } => write!(f, "{item}: \"{field}\" is empty"),
            BankError::TooLong {
                item,
                field,
                length,
                max,
            } => write!(
                f,
                "{item}: \"{field}\" has {length} characters, over the limit of {max}"
            ),
            BankError::TooMany {
                item,
                what,
                count,
                max,
            } => write!(
                f,
                "{item}: {count} {}, over the limit of {max}",
                what.words(false)
            ),
            BankError::Markup { item, field, tag } => write!(
                f,
                "{item}: \"{field}\" holds an HTML tag (\"{tag}\"); a bank’s texts are plain text, shown as written"
            ),
            BankError::BadVersion { value } => write!(
                f,
                "bank: version {value} must be a whole number from 1 upwards"
            ),
            BankError::NoProblem => write!(f, "the bank has no problem"),
            BankError::DuplicateId { item, first } => {
                write!(f, "{item}: id already used by {}", article(*first, false))
            }
            BankError::BadId { item } => {
                write!(f, "{item}: an id may only use letters, digits and \"-\"")
            }
            BankError::BadLanguage { item, field, code } => write!(
                f,
                "{item}: \"{code}\" in \"{field}\" is not a language code (2 or 3 lowercase letters, ISO 639, e.g. \"fr\", \"de\")"
            ),
            BankError::UnknownLanguage { item, field, code } => write!(
                f,
                "{item}: \"{field}\" is in language \"{code}\", which the bank’s \"languages\" does not list"
            ),
            BankError::DuplicateLanguage { code } => write!(
                f,
                "bank: language \"{code}\" is listed twice in \"languages\""
            ),
            BankError::BadPolarity { item, value } => write!(
                f,
                "{item}: polarity \"{value}\" must be \"symptom\" or \"practice\""
            ),
            BankError::BadUrl { item, value } => {
                write!(f, "{item}: \"{value}\" is not an https:// link or a relative link")
            }
            BankError::UnsafeLink { item, field, value } => write!(
                f,
                "{item}: link \"{value}\" ({field}) could run code (javascript:, data: or vbscript:); it is refused"
            ),
            BankError::UnknownFix { item, fix } => {
                write!(f, "{item}: fix \"{fix}\" does not exist")
            }
            BankError::EmptyProblem { item, lacks } => write!(f, "{item} has no {lacks}"),
            BankError::MigrationNotEarlier { item, version } => write!(
                f,
                "{item}: must start from a version earlier than the bank’s ({version})"
            ),
            BankError::DuplicateMigration { item } => write!(f, "{item} is given twice"),
            BankError::EmptyMigration { item } => write!(f, "{item} lists no question"),
            BankError::DuplicateOldQuestion { item } => write!(f, "{item} is listed twice"),
            BankError::BadChange { item, value } => write!(
                f,
                "{item}: change \"{value}\" must be \"same\", \"reworded\" or \"removed\""
            ),
            BankError::UnknownTarget { item, to } => {
                write!(
                    f,
                    "{item}: question \"{to}\" does not exist in this version"
                )
            }
            BankError::SharedTarget { item, to, first } => write!(
                f,
                "{item}: question \"{to}\" already receives the answer of question \"{first}\""
            ),
            BankError::SameWithOtherId { item, to } => write!(
                f,
                "{item}: \"same\" keeps the id, but \"to\" is \"{to}\" (use change = \"reworded\")"
            ),
            BankError::RemovedWithTarget { item, to } => write!(
                f,
                "{item}: a removed question has no \"to\" (found \"{to}\")"
            ),
            BankError::MoreErrors { count } => write!(f, "… and {count} more errors, not listed"),
        }
    }
}

impl std::error::Error for BankError {}

impl BankWarning {
    /// A warning about `field` of `item`.
    pub fn new(item: Item, field: impl Into<String>, kind: WarningKind) -> Self {
        BankWarning {
            item,
            field: field.into(),
            kind,
        }
    }

    /// The sentence in `lang`: French for administrators, English otherwise (as `Display`).
    pub fn message(&self, lang: Lang) -> String {
        if !is_french(lang) {
            return self.to_string();
        }
        let n = NNBSP;
        let item = self.item.label(lang);
        match &self.kind {
            WarningKind::UnreachableFix => format!(
                "{item}{n}: aucune question n’y mène, elle ne sera jamais proposée"
            ),
            WarningKind::NoFix => format!(
                "{item}{n}: ne mène à aucune piste («{n}fixes{n}» est vide ou absent){n}; une réponse inquiétante n’y proposera rien"
            ),
            WarningKind::MissingTranslation { code, default } => {
                let missing = match language_name(code, true) {
                    Some(name) => format!("pas de texte en {name}"),
                    None => format!("pas de texte dans la langue {}", quote_fr(code)),
                };
                let shown = match language_name(default, true) {
                    Some(name) => format!("le texte en {name} sera affiché à la place"),
                    None => format!(
                        "le texte dans la langue {} sera affiché à la place",
                        quote_fr(default)
                    ),
                };
                format!("{item}{n}: {missing} ({}){n}; {shown}", self.field)
            }
            WarningKind::HttpLink { value } => format!(
                "{item}{n}: le lien {} n’est pas en https://{n}; les navigateurs peuvent le signaler comme non sécurisé, préférez https://",
                quote_fr(value)
            ),
            WarningKind::FewQuestions { count } => format!(
                "{item}{n}: seulement {count}\u{a0}question{}{n}; un score calculé sur moins de 4\u{a0}réponses dit peu de chose",
                if *count > 1 { "s" } else { "" }
            ),
            WarningKind::MoreWarnings { count } => {
                format!("… et {count}\u{a0}autres avertissements, non listés")
            }
        }
    }
}

impl fmt::Display for BankWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let item = &self.item;
        match &self.kind {
            WarningKind::UnreachableFix => write!(f, "{item}: no question points to it"),
            WarningKind::NoFix => write!(f, "{item}: points to no fix"),
            WarningKind::MissingTranslation { code, default } => {
                let missing = match language_name(code, false) {
                    Some(name) => format!("no {name} text"),
                    None => format!("no text in language \"{code}\""),
                };
                let shown = match language_name(default, false) {
                    Some(name) => format!("the {name} text is shown instead"),
                    None => format!("the text in language \"{default}\" is shown instead"),
                };
                write!(f, "{item}: {missing} ({}); {shown}", self.field)
            }
            WarningKind::HttpLink { value } => write!(
                f,
                "{item}: link \"{value}\" is not https://; browsers may flag it as not secure, prefer https://"
            ),
            WarningKind::FewQuestions { count } => write!(
                f,
                "{item}: only {count} question{}; a score on fewer than 4 answers says little",
                if *count > 1 { "s" } else { "" }
            ),
            WarningKind::MoreWarnings { count } => {
                write!(f, "… and {count} more warnings, not listed")
            }
        }
    }
}
