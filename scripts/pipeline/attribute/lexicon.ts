// Word lists for finding quotations and their speakers. General news-writing vocabulary only.
import { wordTable } from '../word-table.ts';

/** Reporting verbs in the forms news copy uses (past, present, participle), joined for a regex. */
const REPORTING_STEMS = [
  'sa(?:y|ys|id|ying)', 'told', 'tells?', 'telling', 'add(?:s|ed|ing)?', 'stat(?:ed|ing)', 'states that', 'warn(?:s|ed|ing)?',
  'declar(?:ed|es|ing)', 'insist(?:s|ed|ing)?', 'urg(?:ed|es|ing)', 'deem(?:s|ed)', 'describ(?:ed|es|ing)',
  'not(?:ed|ing)', 'stress(?:ed|es|ing)', 'claim(?:ed|ing)', 'claims that', 'argu(?:ed|es|ing)', 'wr(?:ote|ites|iting)',
  'tweet(?:ed|s|ing)', 'posted', 'ask(?:ed|s|ing)', 'repl(?:ied|ies|ying)', 'respond(?:ed|s|ing)', 'vow(?:ed|s|ing)',
  'pledg(?:ed|es|ing)', 'promis(?:ed|es|ing)', 'accus(?:ed|es|ing)', 'den(?:ied|ies|ying|y)', 'admit(?:s|ted|ting)?',
  'announc(?:ed|es|ing)', 'emphasi[sz](?:ed|es|ing)', 'underlin(?:ed|es|ing)', 'underscor(?:ed|es|ing)',
  'reiterat(?:ed|es|ing)', 'affirm(?:ed|s|ing)', 'reaffirm(?:ed|s|ing)', 'assert(?:ed|s|ing)', 'explain(?:ed|s|ing)',
  'comment(?:ed|ing)', 'remark(?:ed|ing)', 'suggest(?:ed|s|ing)', 'predict(?:ed|s|ing)', 'acknowledg(?:ed|es|ing)',
  'conced(?:ed|es|ing)', 'confirm(?:ed|s|ing)', 'complain(?:ed|s|ing)', 'critici[sz](?:ed|es|ing)', 'condemn(?:ed|s|ing)',
  'threaten(?:ed|s|ing)', 'quot(?:ed|ing)', 'continu(?:ed|es|ing)', 'call(?:ed|ing)', 'brand(?:ed|s|ing)',
  'slam(?:med|s|ming)', 'blast(?:ed|s|ing)', 'hail(?:ed|s|ing)', 'prais(?:ed|es|ing)', 'dismiss(?:ed|es|ing)',
  'reject(?:ed|s|ing)', 'recall(?:ed|s|ing)', 'express(?:ed|es|ing)', 'highlight(?:ed|s|ing)', 'agre(?:ed|es|eing)',
  'demand(?:ed|ing)', 'maintain(?:ed|s|ing)', 'observ(?:ed|es|ing)', 'point(?:ed|s|ing) out', 'mention(?:ed|s|ing)',
  'wrote', 'reads', 'cautioned', 'appeal(?:ed|s|ing)', 'vow(?:ed|s)', 'conclud(?:ed|es|ing)', 'believ(?:ed|es)',
  'made (?:it )?clear', 'mak(?:es|ing) (?:it )?clear', 'told reporters', 'counter(?:ed|s)', 'lament(?:ed|s|ing)',
  'estimat(?:ed|es)', 'labell?(?:ed|s|ing)', 'characteri[sz](?:ed|es|ing)', 'referr(?:ed|ing) to', 'announc(?:ed|es)',
  'interject(?:ed|s)', 'shout(?:ed|s)', 'yell(?:ed|s)', 'whisper(?:ed|s)', 'boast(?:ed|s)', 'reveal(?:ed|s|ing)',
  'quipp(?:ed|ing)', 'quips', 'jok(?:ed|es|ing)', 'mus(?:ed|ing)', 'laugh(?:ed|s|ing)', 'sigh(?:ed|s)', 'snapp(?:ed)', 'exclaim(?:ed|s)',
  'chant(?:ed|ing)', 'sang', 'scream(?:ed|s)', 'cri(?:ed|es)', 'testifi(?:ed|es)', 'testify(?:ing)?', 'recount(?:ed|s)', 'add(?:ing)?',
  'propos(?:ed|es|ing)', 'reported', 'signal(?:l?ed|s)', 'indicat(?:ed|es)', 'contend(?:ed|s)', 'retort(?:ed|s)',
];

/** Matches one reporting verb (whole word). */
export const REPORTING_VERB = new RegExp(`\\b(?:${REPORTING_STEMS.join('|')})\\b`, 'gi');

/** Phrases that attribute without a verb, or before the speaker. */
export const ACCORDING_TO = /\b(?:according to|in (?:the )?words of|as quoted by)\s+/gi;

/** Words before a quotation that mark it as a term, name or title rather than anyone's words. */
export const TERM_MARKER = /(?:so-called|dubbed|known as|nicknamed|the (?:term|word|words|phrase|slogan|hashtag|motto|label|title|name|concept|notion|idea of)|titled|entitled|headlined|marked|banner(?:ed)?|code-?named|named|the so called|under the)\s*$/i;

/** Capitalised words that start sentences or mark roles rather than names. */
export const FUNCTION_WORDS = new Set(
  ('a an the this that these those he she it they we i you his her its their our my your him them us me ' +
    'and or but so yet for nor if when while as at by in on of to from with without within into onto over under ' +
    'after before during despite although though because since until unless amid amidst among between against ' +
    'like unlike including via per through across toward towards upon besides except ' +
    'according also meanwhile however moreover still then there here thus instead now today yesterday tomorrow ' +
    'last next earlier later other some many most all both each every any no not one two three first second ' +
    'what which who whom whose where why how just even only mr mrs ms dr prof sir madam miss ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december read watch see click subscribe sign join follow share advertisement photo ' +
    'image video source editor reporting writing additional q a another others someone everyone nobody somebody ' +
    'several few would could should will can might must did does do is are was were has have had be been').split(' '),
);

/** Role words that come before a name ("Foreign Minister Qin Gang"). Lower case. */
export const ROLE_WORDS = new Set(
  ('minister vice deputy assistant secretary president vice-president premier chancellor prime chief executive ' +
    'general major lieutenant colonel admiral commander captain sergeant spokesman spokeswoman spokesperson ' +
    'ambassador envoy senator sen. rep. representative congressman congresswoman governor mayor chairman chairwoman ' +
    'chair director commissioner secretary-general leader foreign defense defence state commerce trade treasury ' +
    'finance interior health home justice attorney judge justice king queen prince princess emperor pope bishop ' +
    'professor prof. dr. dr mr. mr mrs. mrs ms. ms sir lord lady dame officer official diplomat councillor ' +
    'councilor lawmaker mp speaker whip inspector superintendent marshal brigadier air vice-minister vice-premier ' +
    'economy education energy environment agriculture transport labour labor culture security affairs national ' +
    'top senior former acting interim incoming outgoing first head ceo cfo founder president-elect chair ' +
    'of for the and analyst economist researcher strategist gov gov. sen rep lt lt. gen gen. col col. adm adm. capt capt. ' +
    'sgt sgt. maj maj. rev rev. hon hon. cmdr cmdr. supt supt. amb amb.').split(' '),
);

const COMMON_PERSON_WORDS = 'insider friend relative neighbor neighbour employee staffer consultant historian journalist reporter entrepreneur owner ' +
  'physician surgeon engineer soldier pilot parent mother father son daughter wife husband member co-founder cofounder ' +
  'producer writer novelist survivor victim patient volunteer organizer organiser commentator columnist pundit banker mediator';
/**
 * Person nouns of everyday life and trades ("an insider", "the victim's mother", "the staff member"): each names someone
 * new, not the last speaker, when the text gives no name it fits.
 */
export const COMMON_PERSON_NOUNS = new Set(COMMON_PERSON_WORDS.split(' '));
/** Person nouns that a description uses instead of a name ("the minister"). */
export const PERSON_NOUNS = new Set(
  ('minister vice-minister diplomat official spokesman spokeswoman spokesperson president premier chancellor ' +
    'secretary ambassador envoy leader general commander senator governor mayor chairman chairwoman chair director ' +
    'commissioner lawmaker politician analyst expert economist researcher professor executive chief officer ' +
    'negotiator representative adviser advisor aide source man woman lady activist lawyer attorney judge candidate ' +
    'admiral colonel king queen prime-minister legislator congressman congresswoman mp strategist ' +
    'foreign-minister head deputy founder ceo administrator coach manager player captain singer actor author ' +
    'scientist doctor spokesman republican democrat supporter critic opponent protester protestor resident investor campaigner ' +
    `farmer worker student voter prosecutor trader advocate skeptic sceptic witness citizen teacher nurse veteran observer ${COMMON_PERSON_WORDS}`).split(' '),
);

/** Group and institution nouns ("the department", "the Chinese delegation"). */
export const GROUP_NOUNS = new Set(
  ('department ministry government delegation guard coastguard chamber exchange embassy consulate office agency administration council commission ' +
    'committee side army military navy force forces police company firm group party parliament congress senate ' +
    'court bank authority authorities statement readout communique communiqué report officials representatives ' +
    'delegates diplomats spokespeople sources leaders leadership organisation organization union alliance coalition ' +
    'campaign team board cabinet regime kremlin pentagon bureau service institute university association federation ' +
    'watchdog regulator broadcaster newspaper network channel outlet media television radio agency command fleet').split(' '),
);

/** Words in a capitalised name that make it an institution. */
export const ORG_WORDS = new Set(
  ('ministry department council chamber agency office commission committee party government embassy consulate police force ' +
    'army navy bank association union institute university court parliament congress senate house assembly ' +
    'administration bureau service corporation company group television news times post journal herald daily ' +
    'tribune agency xinhua reuters press broadcasting network channel organisation organization authority ' +
    'foundation fund federation league alliance coalition board cabinet pentagon kremlin treasury command ' +
    'guard guards forces delegation regime secretariat fleet inc corp corporation ltd llc plc holdings technologies ' +
    'robotics semiconductor semiconductors electronics pharmaceuticals industries airlines motors aerospace ' +
    'productions studios records entertainment pictures partners ventures labs laboratories systems solutions enterprises ' +
    'brands communications publishing software films investments securities airways logistics ' +
    'hospital infirmary clinic school college academy museum observatory center centre prison ' +
    'reports review magazine gazette newspaper radio').split(' '),
);

/** An institution's head word, folded, singular or plural ("ministry", "centres", "ministries"). */
export const isInstitutionWord = (w: string): boolean => ORG_WORDS.has(w) || ORG_WORDS.has(w.replace(/s$/, '')) || w === 'ministries';

/** Places that news copy uses as the name of a government ("Washington insisted"). */
export const PLACE_SPEAKERS = new Set(
  ('washington beijing moscow london paris berlin tokyo seoul pyongyang taipei kyiv kiev brussels delhi new-delhi ' +
    'tehran ankara canberra ottawa manila hanoi jakarta islamabad riyadh jerusalem cairo brasilia pretoria ' +
    'china us u.s. usa america united-states britain uk u.k. russia japan taiwan india france germany korea ' +
    'south-korea north-korea australia canada iran israel ukraine philippines vietnam eu european-union nato ' +
    'un united-nations hong-kong whitehall downing-street white-house').split(' '),
);

/** Nationality adjectives and what they point at, for checking a description against a person's role. */
export const NATIONALITY: Readonly<Record<string, string>> = wordTable({
  chinese: 'china', china: 'china', beijing: 'china', 'china’s': 'china', "china's": 'china',
  american: 'us', us: 'us', 'u.s.': 'us', washington: 'us', 'us’s': 'us', america: 'us',
  british: 'uk', uk: 'uk', russian: 'russia', russia: 'russia', japanese: 'japan', japan: 'japan',
  taiwanese: 'taiwan', taiwan: 'taiwan', indian: 'india', india: 'india', french: 'france', german: 'germany',
  korean: 'korea', australian: 'australia', canadian: 'canada', philippine: 'philippines', filipino: 'philippines',
  vietnamese: 'vietnam', iranian: 'iran', israeli: 'israel', ukrainian: 'ukraine', european: 'eu',
  'state department': 'us', pentagon: 'us', kremlin: 'russia',
});

/** Role families: a description's head noun and the role words it can stand for. */
export const ROLE_FAMILY: Readonly<Record<string, string[]>> = wordTable({
  diplomat: ['diplomat', 'minister', 'ambassador', 'envoy', 'spokes', 'secretary of state', 'foreign'],
  official: ['official', 'minister', 'secretary', 'spokes', 'diplomat', 'director', 'commissioner', 'officer', 'chief', 'head', 'deputy', 'assistant', 'adviser', 'advisor', 'envoy', 'ambassador', 'general', 'president', 'premier', 'governor', 'mayor', 'leader'],
  minister: ['minister'],
  leader: ['leader', 'president', 'premier', 'prime minister', 'chairman', 'chancellor', 'head', 'chief executive'],
  spokesman: ['spokes'], spokeswoman: ['spokes'], spokesperson: ['spokes'],
  general: ['general', 'commander', 'admiral', 'colonel'], commander: ['general', 'commander', 'admiral'],
  secretary: ['secretary'], president: ['president'], premier: ['premier'], envoy: ['envoy', 'ambassador', 'diplomat'],
  ambassador: ['ambassador', 'envoy'], chancellor: ['chancellor'], governor: ['governor'], mayor: ['mayor'],
  senator: ['senator', 'sen.'], lawmaker: ['lawmaker', 'senator', 'sen.', 'rep.', 'representative', 'congress', 'mp', 'legislator'],
  congressman: ['congress', 'rep.', 'representative'], congresswoman: ['congress', 'rep.', 'representative'], representative: ['rep.', 'representative', 'congress'],
  republican: ['republican'], democrat: ['democrat'],
  executive: ['executive', 'ceo', 'chief', 'director', 'head'], chief: ['chief', 'head', 'director'],
});

/** Third-person pronouns that can be a speaker, with gender. */
export const PRONOUNS: Readonly<Record<string, 'm' | 'f' | 'pl'>> = wordTable({ he: 'm', him: 'm', she: 'f', her: 'f', they: 'pl', them: 'pl' });

/** US states as AP style abbreviates them in party tags ("R-Miss.", "D-N.H.", "R-Texas"), and their postal codes. */
const US_STATES: Readonly<Record<string, string>> = wordTable({
  'ala': 'Alabama', 'al': 'Alabama', 'alaska': 'Alaska', 'ak': 'Alaska', 'ariz': 'Arizona', 'az': 'Arizona', 'ark': 'Arkansas', 'ar': 'Arkansas',
  'calif': 'California', 'ca': 'California', 'colo': 'Colorado', 'co': 'Colorado', 'conn': 'Connecticut', 'ct': 'Connecticut', 'del': 'Delaware', 'de': 'Delaware',
  'fla': 'Florida', 'fl': 'Florida', 'ga': 'Georgia', 'hawaii': 'Hawaii', 'hi': 'Hawaii', 'idaho': 'Idaho', 'id': 'Idaho', 'ill': 'Illinois', 'il': 'Illinois',
  'ind': 'Indiana', 'in': 'Indiana', 'iowa': 'Iowa', 'ia': 'Iowa', 'kan': 'Kansas', 'kans': 'Kansas', 'ks': 'Kansas', 'ky': 'Kentucky', 'la': 'Louisiana',
  'maine': 'Maine', 'me': 'Maine', 'md': 'Maryland', 'mass': 'Massachusetts', 'ma': 'Massachusetts', 'mich': 'Michigan', 'mi': 'Michigan',
  'minn': 'Minnesota', 'mn': 'Minnesota', 'miss': 'Mississippi', 'ms': 'Mississippi', 'mo': 'Missouri', 'mont': 'Montana', 'mt': 'Montana',
  'neb': 'Nebraska', 'nebr': 'Nebraska', 'ne': 'Nebraska', 'nev': 'Nevada', 'nv': 'Nevada', 'n.h': 'New Hampshire', 'nh': 'New Hampshire',
  'n.j': 'New Jersey', 'nj': 'New Jersey', 'n.m': 'New Mexico', 'nm': 'New Mexico', 'n.y': 'New York', 'ny': 'New York',
  'n.c': 'North Carolina', 'nc': 'North Carolina', 'n.d': 'North Dakota', 'nd': 'North Dakota', 'ohio': 'Ohio', 'oh': 'Ohio',
  'okla': 'Oklahoma', 'ok': 'Oklahoma', 'ore': 'Oregon', 'or': 'Oregon', 'pa': 'Pennsylvania', 'r.i': 'Rhode Island', 'ri': 'Rhode Island',
  's.c': 'South Carolina', 'sc': 'South Carolina', 's.d': 'South Dakota', 'sd': 'South Dakota', 'tenn': 'Tennessee', 'tn': 'Tennessee',
  'texas': 'Texas', 'tex': 'Texas', 'tx': 'Texas', 'utah': 'Utah', 'ut': 'Utah', 'vt': 'Vermont', 'va': 'Virginia', 'wash': 'Washington', 'wa': 'Washington',
  'w.va': 'West Virginia', 'wv': 'West Virginia', 'wis': 'Wisconsin', 'wisc': 'Wisconsin', 'wi': 'Wisconsin', 'wyo': 'Wyoming', 'wy': 'Wyoming',
  'p.r': 'Puerto Rico', 'pr': 'Puerto Rico', 'd.c': 'District of Columbia', 'dc': 'District of Columbia', 'guam': 'Guam',
});
/** The US states by name, lower case with hyphens for spaces ("south-dakota"): places, never a person's name. */
export const US_STATE_NAMES = new Set(Object.values(US_STATES).map((name) => name.toLowerCase().replace(/\s+/g, '-')));

/** Last words that make a capitalised name of two words or more a place ("Oklahoma City", "Scarborough Shoal"), not a person. */
export const PLACE_HEADS = new Set('city county province prefecture district region territory sea shoal strait reef gulf ocean peninsula island islands canal'.split(' '));

const PARTIES: Readonly<Record<string, string>> = wordTable({ r: 'Republican', d: 'Democrat', i: 'Independent' });

/** A US party-state tag as written after a lawmaker's name ("R-Miss.", "D-N.H.", "(R-Ohio)", "R-TX"): an affiliation, never a name. */
export const PARTY_TAG = /\(?\b[RDI]-(?:[A-Z]\.[A-Z]\.?|W\.\s?Va\.?|[A-Z][A-Za-z]{1,6}\.?)\)?/;

/** The party and state a tag stands for ("R-Miss." -> Republican, Mississippi), or null when it is no party tag. */
export function partyTag(tag: string): { party: string; state: string } | null {
  const m = /^\(?([RDI])-([A-Za-z.\s]{2,8}?)\.?\)?$/.exec(tag.trim());
  if (!m) return null;
  const state = US_STATES[m[2].toLowerCase().replace(/\s+/g, '')];
  return state ? { party: PARTIES[m[1].toLowerCase()], state } : null;
}

/**
 * Common given names that nearly always belong to one gender, for "she said" after two people are named. Only names
 * with little doubt: Jordan, Taylor, Kim, Robin and the like are left out, and a name not listed tells nothing.
 */
const GIVEN_NAMES_M = ('aaron adam alan albert alexander andrew anthony antony arthur barack ben benjamin bernie bill ' +
  'bob boris brad bradley brian bruce carl carlos charles chris christopher chuck colin craig dan daniel david dennis ' +
  'derek donald doug douglas dylan edward emmanuel eric frank gary george gordon greg gregory harold henry howard ' +
  'ian jack jacob jake james jason jeff jeffrey jens jeremy jim jimmy joe joel john johnny jonathan jose joseph josh ' +
  'joshua juan justin keith ken kenneth kevin kurt larry lawrence leon lloyd lucas luis marc marco mark martin matt ' +
  'matthew michael mike mitch mitt nathan neil nicholas nick olaf oliver patrick paul peter phil philip ralph ' +
  'richard rick robert roger ron ronald russell ryan samuel scott sean sergei stephen steve steven thomas tim ' +
  'timothy todd tom tony vladimir walter wayne william xavier zachary').split(' ');
const GIVEN_NAMES_F = ('alexandra alice alison amanda amy ana angela ann anna anne annette barbara betty beth bonnie ' +
  'brenda carol caroline carrie catherine charlotte cheryl christine claire claudia cynthia deborah debbie diana diane ' +
  'donna dorothy elizabeth ellen emily emma fiona gina hannah heather helen hillary irene jacqueline jane janet jennifer ' +
  'jessica jill joan joanna judith judy julia julie karen karin katherine kathleen kathryn kathy kate kristi ' +
  'laura lauren linda lisa liz lucy margaret maria marie marsha martha mary megan melania melissa michelle ' +
  'nancy natalie nicole nikki olivia pamela patricia paula rachel rebecca sarah sharon sheila sophie stephanie susan ' +
  'suzanne teresa theresa ursula valerie victoria virginia wendy').split(' ');
const GIVEN_NAME_GENDER = new Map<string, 'm' | 'f'>([...GIVEN_NAMES_M.map((n) => [n, 'm'] as const), ...GIVEN_NAMES_F.map((n) => [n, 'f'] as const)]);

/** The gender a person's given name tells (folded words of a name of two words or more, given name first), or null. */
export function givenNameGender(words: string[]): 'm' | 'f' | null {
  return words.length > 1 ? GIVEN_NAME_GENDER.get(words[0]) ?? null : null;
}
