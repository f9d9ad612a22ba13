//! The word lists subject matching reads: role phrases and the common English words never
//! read as a misspelt name.

use crate::core::people::Role;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Where a role phrase counts.
pub(super) enum When {
    Always,
    /// Only straight after one of these words, or as the text's first word.
    AfterOrStart(&'static [&'static str]),
}

pub(super) struct Phrase {
    pub words: Vec<String>,
    pub roles: &'static [Role],
    pub when: When,
}

const HEAD: &[Role] = &[Role::Headteacher];
const DSL: &[Role] = &[Role::Dsl];
const DSL_TEAM: &[Role] = &[Role::Dsl, Role::DeputyDsl];
const DEPUTY: &[Role] = &[Role::DeputyDsl];
const CHAIR: &[Role] = &[Role::ChairOfGovernors];
const VICE: &[Role] = &[Role::ViceChair];
const LINK: &[Role] = &[Role::SafeguardingGovernor];
const IT: &[Role] = &[Role::ItLead];
const ONLINE: &[Role] = &[Role::OnlineSafetyLead];
const SLT: &[Role] = &[Role::Slt];
const OFFICE: &[Role] = &[Role::RosterAdmin];
const DETERMINERS: &[&str] = &["the", "our", "my", "your", "school"];

/// Role phrases (hyphens read as spaces; a final plural "s" also fits), longest first.
const PHRASES: &[(&str, &[Role])] = &[
    ("headteacher", HEAD),
    ("head teacher", HEAD),
    ("headmaster", HEAD),
    ("headmistress", HEAD),
    ("principal", HEAD),
    ("head of school", HEAD),
    ("dsl", DSL),
    ("designated safeguarding lead", DSL),
    ("safeguarding lead", DSL),
    ("safeguarding officer", DSL),
    ("child protection lead", DSL),
    ("child protection officer", DSL),
    ("safeguarding team", DSL_TEAM),
    ("dsl team", DSL_TEAM),
    ("deputy", DEPUTY),
    ("ddsl", DEPUTY),
    ("deputy dsl", DEPUTY),
    ("deputy safeguarding lead", DEPUTY),
    ("deputy designated safeguarding lead", DEPUTY),
    ("chair of", CHAIR),
    ("chairman", CHAIR),
    ("chairwoman", CHAIR),
    ("chairperson", CHAIR),
    ("vice chair", VICE),
    ("vicechair", VICE),
    ("vice chairman", VICE),
    ("vice chairwoman", VICE),
    ("vice chairperson", VICE),
    ("safeguarding governor", LINK),
    ("link governor", LINK),
    ("safeguarding link governor", LINK),
    ("governor", &Role::GOVERNING),
    ("governing body", &Role::GOVERNING),
    ("it person", IT),
    ("it lead", IT),
    ("it guy", IT),
    ("it technician", IT),
    ("technician", IT),
    ("network manager", IT),
    ("it support", IT),
    ("computing technician", IT),
    ("ict technician", IT),
    ("ict support", IT),
    ("ict lead", IT),
    ("deputy head", SLT),
    ("assistant head", SLT),
    ("deputy headteacher", SLT),
    ("assistant headteacher", SLT),
    ("deputy head teacher", SLT),
    ("assistant head teacher", SLT),
    ("deputy principal", SLT),
    ("assistant principal", SLT),
    ("slt", SLT),
    ("senior leadership team", SLT),
    ("senior leader", SLT),
    ("office", OFFICE),
    ("office manager", OFFICE),
    ("receptionist", OFFICE),
];

/// The governors' bodies a chair or vice-chair is "of", so "governors" in them is not read
/// again as every governor.
const BODIES: &[&str] = &[
    "governors",
    "the governors",
    "the governing body",
    "the board",
    "the board of governors",
    "trustees",
    "the trustees",
];

const ONLINE_SAFETY: &[&str] = &["online safety", "e safety", "esafety", "internet safety"];
const LEAD_WORDS: &[&str] = &["lead", "leader", "coordinator", "co ordinator", "officer"];

pub(super) fn role_phrases() -> &'static [Phrase] {
    static ALL: LazyLock<Vec<Phrase>> = LazyLock::new(|| {
        let phrase = |text: String, roles, when| Phrase {
            words: text.split(' ').map(str::to_string).collect(),
            roles,
            when,
        };
        let mut all: Vec<Phrase> = PHRASES
            .iter()
            .map(|(t, r)| phrase(t.to_string(), *r, When::Always))
            .collect();
        all.push(phrase("head".into(), HEAD, When::AfterOrStart(DETERMINERS)));
        all.push(phrase(
            "chair".into(),
            CHAIR,
            When::AfterOrStart(&["the", "our"]),
        ));
        for body in BODIES {
            all.push(phrase(format!("chair of {body}"), CHAIR, When::Always));
            all.push(phrase(format!("vice chair of {body}"), VICE, When::Always));
        }
        for topic in ONLINE_SAFETY {
            for lead in LEAD_WORDS {
                all.push(phrase(format!("{topic} {lead}"), ONLINE, When::Always));
            }
        }
        all.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        all
    });
    &ALL
}

/// Everyday English words (and school words) that a typed word must not be to be read as a
/// misspelt name: "oven" is not Owen, "love" is not Lowe. Exact name matches still count.
pub(super) fn is_common_word(w: &str) -> bool {
    static SET: LazyLock<HashSet<&str>> = LazyLock::new(|| COMMON.split_whitespace().collect());
    SET.contains(w)
}

const COMMON: &str = "
    able about above after again against ages alone along also always among angry another
    answer anyone anything area arms around asked away baby back bad bags ball band bank
    base bath bear beat been before began behind being believe bell belt best better
    between bike bill bird bite black blue board boat body bone bones book books born boss
    both bottle bought bound bowl boys brain bread break bring broke brother brought brown
    build burn busy call called calm came camp card care carry case cash cast cause cell
    chair change check child children choose class clean clear clerk close clothes club
    coat code cold come comes coming cook cool copy corner could count course cover crowd
    crown cried cry dark date daughter days dead deal dear deep desk didn does doing done
    door doors down draw dress drink drive drop during each early easy else email ended
    enough even evening ever every face fact fair fall family fast father fear feel feet
    fell felt field fight fill find fine fire first fish five floor food foot form found
    four free friday friend friends from front full fund game games gate gave girl girls
    give given glass goes going gone good great green grey group grown guess hair half hall
    hand hands hard hardly harm have head heard hear held hell help here high hill himself
    hint hold hole home hope horse hour hours house however hurt idea inside into itself
    jobs join joined juice july jump june just keep kept kids kill kind king knew know known
    lady lake land lane large last late later laugh lead leave left less lesson lessons
    letter life light like line list listen little live lives lock long look looked lose
    lost loud love loved lower lunch made mail main make many mark mate math maths matter
    mean meant meet mile mind mine miss money month more morning most mother move much
    must name near need needs never next nice night none nose note nothing notice once only
    open other over owed owes page paid pain pair park part pass past people person phone
    pick piece place plan plane play please point police pool poor post press pull pupil
    pupils push quiet quite rain raise read ready real really reason rest ride right ring
    rise road rock role room rose rule safe said same save says school seat seem seen self
    sell send sent seven shall shape shirt shoe shoes shop short should shout show shut
    side sign since sing sister site size sleep slow small some someone something soon
    sorry sort sound space speak spent sport staff stand start stay step still stop story
    street such sure table take taken talk tall teacher teachers team tell tells test than
    that their them then there these they thing things think third this those though three
    threw through time times today told tomorrow took tone touch town tried trip true turn
    twice under until upon upset used very wait walk wall want wanted warm was wash watch
    water week weeks well went were west what when where which while white whole whom
    whose wide wife will wind with without woman women wood word words work world worse
    would write wrong yard year years yellow young your yours
    oven omen lone lore lobe lows loser lover loves power tower towel rowed mown sown
    monday tuesday wednesday thursday saturday sunday january february march april august
    september october november december
";
