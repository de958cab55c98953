// The people and bodies one article names, found as the text is read, and how a phrase resolves to one of them.
import type { Mention } from '../types.ts';
import { COMMON_PERSON_NOUNS, FUNCTION_WORDS, GROUP_NOUNS, isInstitutionWord, NATIONALITY, ORG_WORDS, partyTag, PERSON_NOUNS, PLACE_HEADS, PLACE_SPEAKERS, PRONOUNS, REPORTING_VERB, ROLE_FAMILY, ROLE_WORDS, US_STATE_NAMES, givenNameGender } from './lexicon.ts';
import { isCalendarWord } from '../metadata/dates.ts';
import { fold, isAcronym, isCapitalised, MASK, tokens, type Token } from './text.ts';

/** A person or body while the article is read. Positions are paragraph * 1e6 + offset. */
export interface Entity {
  name: string;
  kind: Mention['kind'];
  spellings: string[];
  roles: string[];
  /** Folded name words, for matching a surname or given name alone. */
  words: string[];
  /** Head noun of a description-named speaker ("official", "delegation"). */
  head: string | null;
  nation: string | null;
  gender: 'm' | 'f' | null;
  plural: boolean;
  /** Where the text mentions it, in reading order. */
  positions: number[];
  /** Where it is the subject of a reporting verb. */
  cuePositions: number[];
  /** True for an indefinite description ("a senior Chinese diplomat") that the text may name later. */
  awaitingName: boolean;
  /** A person's age as the text gives it after the name ("Ida Berg, 72,"). */
  age?: number;
  /**
   * The gender a person's given name suggests ("Janet Yellen"): weaker than `gender` (an honorific, a pronoun), it only
   * keeps "he" from a Janet and "she" from a Thomas; it never makes one person likelier than another.
   */
  givenGender?: 'm' | 'f' | null;
}

/** How a phrase was resolved. */
export type Resolution = { entity: number; how: 'explicit' | 'pronoun' | 'description' } | null;

const possessive = /['’]s?$/;
/** How far back (in positions: one paragraph) a gender match outweighs a nearer person of unknown gender. */
const P_BONUS = 1e6;
const stripPossessive = (w: string) => w.replace(/['’]s$/, '').replace(/s['’]$/, 's');
/** The greatest position below pos in an ascending list (binary search), or -1. */
const lastBefore = (xs: number[], pos: number) => {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? xs[lo - 1] : -1;
};
/** Adds pos to an ascending list, keeping it sorted (appends in the usual reading order). */
export const insertSorted = (xs: number[], pos: number) => {
  if (!xs.length || xs[xs.length - 1] <= pos) return void xs.push(pos);
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= pos) lo = mid + 1;
    else hi = mid;
  }
  xs.splice(lo, 0, pos);
};
const titleFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Nouns that end a capitalised description and are never a surname ("the Texas Democrat", "the Foreign Spokesperson"). */
const DESCRIPTION_HEAD = /^(?:republican|democrat|senator|congressman|congresswoman|lawmaker|legislator|diplomat|official|spokesman|spokeswoman|spokesperson|minister|ambassador|envoy|analyst|economist)s?$/;
/** Name words of a public body, which "the company" cannot mean. */
const PUBLIC_BODY = new Set(('ministry department council agency office commission committee party government embassy consulate police army navy ' +
  'court parliament congress senate house assembly administration bureau service cabinet pentagon kremlin treasury command guard guards forces ' +
  'delegation regime secretariat fleet union university institute association federation league alliance coalition board authority').split(' '));
/** Head nouns that describe a business ("the chipmaker", "the e-commerce giant"). */
const BUSINESS_HEAD = /^(?:company|firm|\p{L}*makers?|manufacturer|giant|conglomerate|retailer|lender|insurer|startup|start-up|airline|supplier|exporter|producer|brand|platform)$/u;
const business = (x: Entity) => x.kind === 'organisation' && !x.plural && !x.head && !isPlaceName(x.name) && !nationOf(x.name.split(' ')) && !x.words.some((w) => PUBLIC_BODY.has(w));
/** Folded name words that are honorifics, never a surname. */
const HONORIFIC = /^(?:mr|mrs|ms|dr|prof|sir|madam|miss)\.?$/;
/** The gender an honorific tells: Mr and Sir a man's, Mrs, Ms, Miss and Madam a woman's; Dr and Prof neither. */
export function honorificGender(honorific: string): 'm' | 'f' | null {
  const h = fold(honorific).replace(/\.$/, '');
  return h === 'mr' || h === 'sir' ? 'm' : h === 'mrs' || h === 'ms' || h === 'miss' || h === 'madam' ? 'f' : null;
}
/** Particles that may open a name in running text, written small ("…,” von der Leyen said"). (Sets: asked of every word.) */
const OPENING_PARTICLE = new Set('van von de der den del della di da du al bin ibn ter ten dos das'.split(' '));
/** Small words inside a surname ("von der Leyen", "Van Der Beek", "bin Salman", "de Gaulle"), folded. */
const PARTICLE = new Set([...OPENING_PARTICLE, 'la', 'le', 'bint']);
/** True when `surname` (folded words) is a surname of several words, opening with a particle, that ends the full name `full`. */
const surnameOf = (full: string[], surname: string[]): boolean =>
  surname.length > 1 && surname.length < full.length && PARTICLE.has(surname[0]) && surname.every((w, i) => w === full[full.length - surname.length + i]);
const roleWordMemo = new Map<string, boolean>();
const isRoleWord = (w: string) => {
  const f = fold(w);
  let r = roleWordMemo.get(f);
  if (r === undefined) {
    r = ROLE_WORDS.has(f) || PERSON_NOUNS.has(f) || f.split('-').every((p) => ROLE_WORDS.has(p) || PERSON_NOUNS.has(p));
    if (roleWordMemo.size < 50_000) roleWordMemo.set(f, r);
  }
  return r;
};
// NATIONALITY as a Map: looking a fresh word up as an object key first interns it, costly on every word.
const NATIONALITY_MAP = new Map(Object.entries(NATIONALITY));
const nationality = (f: string): string | undefined => NATIONALITY_MAP.get(f);
const nationOf = (words: string[]) => {
  for (const w of words) {
    const f = fold(w);
    const n = nationality(f) ?? (f.endsWith("'s") ? nationality(f.slice(0, -2)) : undefined);
    if (n) return n;
  }
  return null;
};
const isPlaceName = (s: string) => PLACE_SPEAKERS.has(s.includes(' ') ? fold(s).replace(/^the\s+/, '').replace(/\s+/g, '-') : fold(s));

/** A place by its name's words (folded): a US state ("South Dakota"), or a name ending in "City", "County" and the like. */
const namedPlace = (folded: string[]): boolean => US_STATE_NAMES.has(folded.join('-')) || (folded.length > 1 && PLACE_HEADS.has(folded[folded.length - 1]));

/** A verb right after a name: the name is the subject. */
const VERB_NEXT = /^\s+(?:\p{Ll}+ed|(?!this\b|thus\b|his\b|its\b|was\b|is\b|as\b)\p{Ll}+[^s'’]s|is|was|has|had|did|does|will|would|can|could|may|might|must|should|also|later|then|again|still|never|not|\p{Ll}+ly|met|said|told|wrote|made|took|gave|spoke|went|came|saw|led|held|left|sent|set|put|thought|felt|became|began|won|lost|struck|sought|brought|stood|kept|found)\b/u;

/** One edit apart (a one-letter misspelling: Li for Le). */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 2) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The people and bodies of one article. */
export class Registry {
  entities: Entity[] = [];

  /** Every entity by its folded name, in index order: body() looks a name up instead of folding every entity's. */
  private byName = new Map<string, number[]>();

  private add(e: Omit<Entity, 'positions' | 'cuePositions' | 'awaitingName' | 'plural' | 'gender' | 'head' | 'nation'> & Partial<Entity>, pos: number): number {
    this.entities.push({ head: null, nation: null, gender: null, plural: false, awaitingName: false, ...e, positions: [pos], cuePositions: [] });
    const i = this.entities.length - 1;
    this.nameIndex(fold(e.name)).push(i);
    return i;
  }

  private nameIndex(key: string): number[] {
    let list = this.byName.get(key);
    if (!list) this.byName.set(key, (list = []));
    return list;
  }

  /** Gives entity i a new name, keeping byName in step. */
  private rename(i: number, name: string): void {
    const old = this.byName.get(fold(this.entities[i].name))!;
    old.splice(old.indexOf(i), 1);
    this.entities[i].name = name;
    insertSorted(this.nameIndex(fold(name)), i);
  }

  /** Records that entity i is mentioned at pos, written as `spelling`, with an optional role. */
  touch(i: number, pos: number, spelling?: string, role?: string): number {
    const e = this.entities[i];
    insertSorted(e.positions, pos);
    if (spelling && !e.spellings.includes(spelling)) e.spellings.push(spelling);
    if (role && !e.roles.includes(role)) {
      e.roles.push(role);
      refreshRoles(e);
      e.nation ??= nationOf(role.split(/\s+/));
    }
    return i;
  }

  /** The person a name refers to, adding one when new. `written` is the name as printed. */
  person(written: string, pos: number, role?: string, gender: 'm' | 'f' | null = null): number {
    const name = written.replace(/\s+/g, ' ').trim();
    const words = name.split(' ').map(fold).filter((w) => !HONORIFIC.test(w));
    const key = words.join(' ');
    // Only the people sharing a word with this name can be them (an index keeps long pages linear).
    const ids = new Set<number>();
    for (const w of words) for (const i of this.byWord.get(w) ?? []) ids.add(i);
    if (words.length === 1 && !ids.size) for (const i of this.nearPeople(words[0])) ids.add(i);
    const indexed = [...ids].sort((a, b) => a - b).map((i) => [this.entities[i], i] as const);
    const people = indexed.filter(([e]) => e.kind === 'person');
    // A name read as a person's and later found to be a body's ("Arbex said it …") keeps its one entity.
    const same = indexed.find(([e]) => e.words.length === words.length && e.words.every((w, i) => w === words[i]));
    if (same) return this.touch(same[1], pos, name, role);
    if (words.length > 1) {
      // "Van Der Beek" after "James Van Der Beek": a surname with a particle, alone.
      const named = people.filter(([e]) => surnameOf(e.words, words));
      if (named.length === 1) return this.touch(named[0][1], pos, name, role);
      // "Owen Dempsey" after "Owen John Dempsey" (or the other way round): first and last names agree.
      const near = people.find(([e]) => e.words.length > 1 && e.words[0] === words[0] && e.words[e.words.length - 1] === words[words.length - 1]);
      if (near) {
        if (words.length > near[0].words.length) {
          this.rename(near[1], name.replace(/^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/, ''));
          near[0].words = words;
          this.index(near[1]);
        }
        return this.touch(near[1], pos, name, role);
      }
    }
    if (words.length === 1) {
      const w = words[0];
      let holders = people.filter(([e]) => e.words.includes(w));
      // "Ms. Morgan" when the article has two Morgans: the one whose known gender fits.
      if (gender && holders.length > 1) {
        const fitting = holders.filter(([e]) => e.gender === gender);
        const open = holders.filter(([e]) => e.gender === null);
        holders = fitting.length ? fitting : open.length ? open : holders;
      }
      if (holders.length === 1 && gender) holders[0][0].gender ??= gender;
      if (holders.length) return this.touch(holders.sort((a, b) => lastBefore(b[0].positions, pos) - lastBefore(a[0].positions, pos))[0][1], pos, name, role);
      const near = people.filter(([e]) => e.words.length > 1 && e.words.some((x) => oneEdit(x, w)));
      if (near.length === 1) return this.touch(near[0][1], pos, name, role);
    } else {
      // A full name after a surname alone: the same person, now named in full.
      const short = people.filter(([e]) => (e.words.length === 1 && words.includes(e.words[0])) || surnameOf(words, e.words));
      if (short.length === 1) {
        const e = short[0][0];
        this.rename(short[0][1], name.replace(/^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/, ''));
        e.words = words;
        e.givenGender ??= givenNameGender(words);
        this.index(short[0][1]);
        return this.touch(short[0][1], pos, name, role);
      }
    }
    const i = this.add({ name: name.replace(/^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/, ''), kind: 'person', spellings: [name], roles: [], words, gender, givenGender: givenNameGender(words) }, pos);
    this.index(i);
    return this.touch(i, pos, undefined, role);
  }

  /** Person entities by the words of their names. */
  private byWord = new Map<string, number[]>();
  /** Memo of one-letter-misspelling lookups, cleared whenever a name is indexed. */
  private near = new Map<string, number[]>();

  private index(i: number): void {
    for (const w of this.entities[i].words) {
      const list = this.byWord.get(w);
      if (!list) this.byWord.set(w, [i]);
      else if (!list.includes(i)) list.push(i);
    }
    this.near.clear();
  }

  /** People (with a full name) one of whose name words is one edit from w: "Li" for "Le Yucheng". */
  nearPeople(w: string): number[] {
    let found = this.near.get(w);
    if (!found) {
      const ids = new Set<number>();
      for (const [word, list] of this.byWord) if (oneEdit(word, w)) for (const i of list) if (this.entities[i].words.length > 1) ids.add(i);
      found = [...ids];
      this.near.set(w, found);
    }
    return found;
  }

  /** True when w is a word of a person's name in the article, or one letter from one. */
  knows(w: string): boolean {
    return this.byWord.has(w) || this.nearPeople(w).length > 0;
  }

  /** The institution or group a name or description refers to, adding one when new. */
  body(written: string, pos: number, kind: Mention['kind'] = 'organisation', head: string | null = null, plural = false): number {
    const name = titleFirst(written.replace(/\s+/g, ' ').trim());
    const key = fold(name);
    // The first entity of that name that is not a person (a kind can change after the entity is added).
    const i = this.byName.get(key)?.find((j) => this.entities[j].kind !== 'person');
    if (i !== undefined) return this.touch(i, pos, name);
    return this.add({ name, kind, spellings: [name], roles: [], words: key.split(' '), head, plural, nation: nationOf(name.split(' ')) }, pos);
  }

  /** The most recent entity before pos that passes `ok`, preferring subjects of reporting verbs when `bySpeech`. */
  recent(pos: number, ok: (e: Entity) => boolean, bySpeech = false): number | null {
    let best: number | null = null;
    let bestAt = -1;
    this.entities.forEach((e, i) => {
      if (!ok(e)) return;
      const at = lastBefore(bySpeech ? e.cuePositions : e.positions, pos);
      if (at > bestAt) { best = i; bestAt = at; }
    });
    return best;
  }
}

/** Each entity's roles, folded and joined, kept up to date by Registry.touch. */
const rolesFolded = new WeakMap<Entity, string>();
const refreshRoles = (e: Entity) => {
  const r = e.roles.join(' | ').toLowerCase().replace(/[’‘]/g, "'");
  rolesFolded.set(e, r);
  return r;
};

/** True when a description's head noun and nationality fit a person's roles. */
export function fits(head: string, nation: string | null, e: Entity): boolean {
  if (nation && e.nation && nation !== e.nation) return false;
  if (e.kind === 'unnamed') return e.head === head;
  if (e.kind !== 'person') return false;
  const roles = e.roles.length ? (rolesFolded.get(e) ?? refreshRoles(e)) : '';
  const family = ROLE_FAMILY[head] ?? [head];
  return family.some((r) => roles.includes(r));
}

/** True when a run so far is an institution's name with "of"/"for" after its head ("Department of Health"). */
const institutionRun = (run: Token[]) => run.some((t, j) => j > 0 && /^(?:of|for)$/.test(fold(t.text)) && isInstitutionWord(fold(run[j - 1].text)));

/** A capitalised run split into the role words before the name and the name itself. */
interface NameRun { role: Token[]; name: Token[]; possessive: boolean }

/**
 * "He Lifeng", "He Yadong": the Chinese surname He, not the pronoun, when a capitalised given name follows it in the run
 * (the pronoun is followed by a verb in small letters; a sentence in title case does not reach attribution).
 */
function surnameHe(cur: Token[], folded: string[], k: number, end: number): boolean {
  return cur[k].text === 'He' && k + 1 < end && /^\p{Lu}\p{Ll}+$/u.test(cur[k + 1].text) && !FUNCTION_WORDS.has(folded[k + 1]) && !isRoleWord(cur[k + 1].text) && !isPlaceName(cur[k + 1].text);
}

/**
 * The run `cur` (capitalised words just read) split into role and name, added to `runs` if anything is left.
 * (A module function, not a closure in capitalRuns: under tsx every closure made per call is also named, which costs.)
 */
function pushRun(runs: NameRun[], cur: Token[], sentenceStart: number, poss: boolean): void {
  // Each word folded once: the tests below ask for most of them several times.
  const folded = cur.map((t) => fold(t.text));
  let end = cur.length;
  while (end && (folded[end - 1] === 'of' || folded[end - 1] === 'the')) end--;
  if (!end) return;
  let k = 0;
  // A sentence's first word is capitalised whatever it is ("Hosting Cook", "Asked about it").
  if (end > 1 && cur[0].start === sentenceStart && /^\p{Lu}\p{Ll}+(?:ing|ed|ly)$|^\p{Lu}\p{Ll}*-\p{Ll}/u.test(cur[0].text)) k = 1;
  while (k < end && FUNCTION_WORDS.has(folded[k]) && !HONORIFIC.test(folded[k]) && !/^\p{Lu}{2,}$/u.test(cur[k].text) && !surnameHe(cur, folded, k, end)) k++;
  const body = cur.slice(k, end);
  const bodyFolded = folded.slice(k, end);
  let r = 0;
  while (r < body.length - 1 && (isRoleWord(body[r].text) || nationOf([body[r].text]) || HONORIFIC.test(bodyFolded[r]) || isPlaceName(body[r].text))) r++;
  // "Chief Cabinet Secretary Haruto Mori", "Secretary of State Antony Blinken": the name follows the last title word.
  for (let j = body.length - 2; j >= r; j--) {
    // ("U.N. Secretary-General Antonio Guterres": a hyphenated title counts by its parts.)
    if (!PERSON_NOUNS.has(bodyFolded[j]) && !(isRoleWord(body[j].text) && (/\.$/.test(body[j].text) || body[j].text.split('-').some((p) => TITLE_WORD.test(p))))) continue;
    r = j + 1;
    while (r < body.length - 1 && (bodyFolded[r] === 'of' || isRoleWord(body[r].text))) r++;
    break;
  }
  r = afterInstitution(body, bodyFolded, r);
  if (body.length) runs.push({ role: body.slice(0, r), name: body.slice(r), possessive: poss });
}

/** Title words after which a name starts ("Chief Cabinet Secretary Haruto Mori"). */
const TITLE_WORD = /^(?:administrator|secretary|minister|president|director|governor|commissioner|chairman|chairwoman|spokesperson|spokesman|spokeswoman|ambassador|speaker|whip)$/i;

/** Words that end an institution's name without being institution words themselves ("… International Studies"). */
const NAME_ENDS_BODY = /^(?:studies|affairs|relations|research|policy|economics|sciences?|strategy|security|peace|technology)$/;
/** A word of a person's name: a capitalised word ("Nancy", "O’Brien", "Jean-Pierre") or an initial ("R."). */
const PERSON_WORD = /^\p{Lu}(?:[\p{Ll}'’-]*\p{Ll}|\.)$/u;

/**
 * Where the name starts in `body` (from `r` on) when an institution's name comes first with no title between: "Lowy
 * Institute Paul Young", "Georgetown University Karen R. Jones", "Center for Strategic and International Studies Jose
 * Green". The last two or three words must read as a person's (an initial only in the middle) after an institution
 * word; "Bank of America Merrill Lynch" and "University College London" stay whole.
 */
function afterInstitution(body: Token[], folded: string[], r: number): number {
  for (const n of [3, 2]) {
    const at = body.length - n;
    if (at - 1 < r) continue;
    const tail = body.slice(at);
    const prev = folded[at - 1];
    if (!(ORG_WORDS.has(prev) || ORG_WORDS.has(prev.replace(/s$/, '')) || NAME_ENDS_BODY.test(prev))) continue;
    if (!tail.every((t, i) => PERSON_WORD.test(t.text) && (t.text.endsWith('.') ? i > 0 && i < n - 1 : t.text.length > 1))) continue;
    if (tail.some((t, i) => ORG_WORDS.has(folded[at + i]) || NAME_ENDS_BODY.test(folded[at + i]) || isRoleWord(t.text) || isPlaceName(t.text) || nationOf([t.text]))) continue;
    return at;
  }
  return r;
}

/**
 * "Food and Drug Administration": after the "and" at toks[i], up to three capitalised words ending the run with an
 * institution word, and before it (`cur`) one or two plain capitalised words (no title, so "Sen. Ann Kirby and
 * Senate …" stays two runs), four at most in all.
 */
function namedBodyAhead(text: string, toks: Token[], cur: Token[], i: number): boolean {
  const own = cur.filter((c) => fold(c.text) !== 'the');
  if (!own.length || own.length > 2 || own.some((c) => isRoleWord(c.text) || HONORIFIC.test(fold(c.text)))) return false;
  let j = i + 1;
  while (j < toks.length && j <= i + 3 && isCapitalised(toks[j].text) && /^\s+$/.test(text.slice(toks[j - 1].end, toks[j].start))) j++;
  const atEnd = j >= toks.length || !isCapitalised(toks[j].text) || !/^\s+$/.test(text.slice(toks[j - 1].end, toks[j].start));
  // At most four capitalised words in all: "Big Machine and Dick Clark Productions" are two bodies, not one name.
  return j > i + 1 && own.length + (j - i - 1) <= 4 && atEnd && ORG_WORDS.has(fold(toks[j - 1].text));
}

/** True when w starts "R-", "D-" or "I-" (/^[RDI]-/ without a pattern: this is asked of every word). */
function opensLikePartyTag(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c === 82 || c === 68 || c === 73) && w.charCodeAt(1) === 45;
}

/** True when the next word is capitalised and only white space away from toks[i]. */
function capitalFollows(text: string, toks: Token[], i: number): boolean {
  return i + 1 < toks.length && isCapitalised(toks[i + 1].text) && /^\s+$/.test(text.slice(toks[i].end, toks[i + 1].start));
}

/** True when the particle at toks[i] leads, through any more particles, to a capitalised word of the same name ("von der Leyen"). */
function particleLeads(text: string, toks: Token[], i: number): boolean {
  let j = i;
  while (j + 1 < toks.length && /^\s+$/.test(text.slice(toks[j].end, toks[j + 1].start))) {
    const next = toks[j + 1].text;
    if (isCapitalised(next)) return true;
    if (!PARTICLE.has(next)) return false;
    j++;
  }
  return false;
}

/** True when the small (not capitalised) word toks[i] joins the run `cur` of capitalised words before it. */
function joinsRun(text: string, toks: Token[], cur: Token[], i: number): boolean {
  const w = toks[i].text;
  // "of" joins a run only after a title or an institution word ("Secretary of State", "Bank of China"), not a person's name.
  const prev = fold(cur[cur.length - 1].text);
  // "Centers for Disease Control and Prevention", "Department of Health and Human Services", "Council on Foreign
  // Relations": one institution's name ("Reports on Monday" is when, not a name).
  return (PARTICLE.has(w) && particleLeads(text, toks, i)) || (/^(?:of|the)$/.test(w) && (isRoleWord(prev) || ORG_WORDS.has(prev) || prev === 'republic' || prev === 'of'))
    || ((w === 'for' || (w === 'on' && !isCalendarWord(toks[i + 1]?.text ?? ''))) && isInstitutionWord(prev) && capitalFollows(text, toks, i)) || (w === 'and' && capitalFollows(text, toks, i) && (institutionRun(cur) || namedBodyAhead(text, toks, cur, i)));
}

/** Capitalised runs of a masked sentence (broken at punctuation and possessives). */
function capitalRuns(text: string, from: number, to: number, toks = tokens(text, from, to)): NameRun[] {
  const sentenceStart = toks.length ? toks[0].start : -1;
  const runs: NameRun[] = [];
  let cur: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // A run ends at a gap other than white space. (A single space, the usual gap, is settled without copying it out
    // or a pattern; a run holds words only after the first.)
    if (cur.length && !(t.start - toks[i - 1].end === 1 && text.charCodeAt(t.start - 1) === 32)) {
      const gap = text.slice(toks[i - 1].end, t.start);
      // "Ministry of Economy, Trade and Industry": a list of capitalised words ending in "and" stays inside the name.
      const listed = /^,\s+$/.test(gap) && isCapitalised(t.text) && institutionRun(cur) && (fold(toks[i + 1]?.text ?? '') === 'and' || (isCapitalised(toks[i + 1]?.text ?? '') && fold(toks[i + 2]?.text ?? '') === 'and'));
      if (!/^\s+$/.test(gap) && !listed) {
        pushRun(runs, cur, sentenceStart, false);
        cur = [];
      }
    }
    const w = t.text;
    // "R-Miss.", "(D-Texas)" after a lawmaker's name: an affiliation, not part of any name.
    // "(Reuters)", "(AP)" in a dateline: the agency reporting, never the subject of the story.
    if ((w.length <= 8 && opensLikePartyTag(w) && partyTag(w)) || (text[t.start - 1] === '(' && text[t.end] === ')')) {
      pushRun(runs, cur, sentenceStart, false);
      cur = [];
      continue;
    }
    if (isCapitalised(w) && !w.includes(MASK) && !/\d/.test(w)) {
      cur.push(t);
      if (possessive.test(w) && /['’]s$/.test(w)) {
        pushRun(runs, cur, sentenceStart, true);
        cur = [];
      }
    } else if (cur.length > 0 && joinsRun(text, toks, cur, i)) cur.push(t);
    // "…,” von der Leyen said": a surname that opens with its particle, written small.
    else if (cur.length === 0 && OPENING_PARTICLE.has(w) && particleLeads(text, toks, i)) cur.push(t);
    else {
      pushRun(runs, cur, sentenceStart, false);
      cur = [];
    }
  }
  pushRun(runs, cur, sentenceStart, false);
  return runs;
}

/** True when role words hold a head: a person noun or a title, not only "of", "the", "senior" and the like. */
function headedRole(r: string[]): boolean {
  return r.some((w) => w.split('-').some((p) => PERSON_NOUNS.has(fold(p)) || ROLE_WORDS.has(fold(p)) && !['of', 'the', 'and', 'for', 'top', 'senior', 'former'].includes(fold(p))));
}

/** The role written just before a name (“China’s vice-foreign minister, Le Yucheng”), or after it between commas. */
function roleAround(text: string, from: number, start: number, end: number, to: number, inRun: string): string | undefined {
  const before = text.slice(Math.max(from, start - 120), start).replace(/,\s*$/, '');
  const words = before.split(/\s+/).filter(Boolean);
  const role: string[] = [];
  for (let k = words.length - 1; k >= 0 && role.length < 6; k--) {
    const w = words[k].replace(/[,;:]$/, '');
    if (w !== words[k] && role.length) break;
    // "China's ambassador to Britain Liu Xiaoming", "the envoy for Korea, Kim": the role's object belongs to the role.
    const roleObject = (isCapitalised(w) && k >= 2 && /^(?:to|for)$/.test(words[k - 1]) && isRoleWord(words[k - 2]))
      || (/^(?:to|for)$/.test(w) && (role.length > 0 || inRun !== '') && k > 0 && isRoleWord(words[k - 1]));
    if (roleObject || isRoleWord(w) || possessive.test(w) && isCapitalised(w) || nationOf([w]) || (isCapitalised(w) && role.length)) role.unshift(w);
    else break;
  }
  while (role.length && /^(?:the|a|an|its|his|her|their)$/i.test(role[0])) role.shift();
  const pre = [...role, ...(inRun ? [inRun] : [])].join(' ').trim();
  if (pre && headedRole(pre.split(' '))) return pre;
  return roleAfter(text, end, to);
}

/** The appositive role after a name, between commas ("Rep. Nancy Ruiz, a Texas Democrat, said"). */
function roleAfter(text: string, end: number, to: number): string | undefined {
  const after = /^\s*,\s*([^,;.§]{3,70}?)\s*(?:,|[.!?]?\s*$)/.exec(text.slice(end, Math.min(to, end + 90)));
  // "Ferdinand Suzuki, a State Department spokesperson said on Monday.": an appositive with no closing comma ends at the verb.
  const cut = after?.[1].replace(VERB_ENDS_ROLE, '');
  const role = cut && /\s(?:who|which|that)$/.test(cut) ? after?.[1] : cut;
  if (role && role.length >= 3 && role.split(/\s+/).length <= 9 && (/^(?:a|an|the)\s+\p{Ll}/u.test(role) || role.split(/\s+/).some((w) => PERSON_NOUNS.has(fold(w)) || w.split('-').some((p) => PERSON_NOUNS.has(fold(p)))))) return role;
  return undefined;
}
/** A reporting verb (lower case, as in running text) and up to three words after it, at the end of an appositive. */
const VERB_ENDS_ROLE = new RegExp(`\\s+(?:${REPORTING_VERB.source})(?:\\s+\\S+){0,3}$`);

/** Registers the names of a masked sentence text[from, to). Returns the entity of each run in order, with its position. */
export function readNames(reg: Registry, text: string, from: number, to: number, base: number, toks?: Token[]): Array<{ entity: number; start: number; end: number; subject: boolean }> {
  const found: Array<{ entity: number; start: number; end: number; subject: boolean }> = [];
  for (const run of capitalRuns(text, from, to, toks)) {
    // "Assistant Secretary for Export Enforcement Carl Whitmore": the office's words belong to the title.
    if (run.name.length >= 3 && /\b(?:secretary|minister|director|head|chief|commissioner|spokesperson|spokesman|spokeswoman|chair|chairman|president|ambassador|representative|envoy|adviser|advisor|officer|governor|mayor|consul|consul-general|attorney general)\s+(?:of|for|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(from, run.name[0].start - 40), run.name[0].start))) {
      const keep = run.name.length >= 4 && /^\p{Lu}\.$/u.test(run.name[run.name.length - 2].text) ? 3 : 2;
      run.role.push(...run.name.slice(0, run.name.length - keep));
      run.name = run.name.slice(run.name.length - keep);
    }
    const nameWords = run.name.map((t) => t.text);
    const start = (run.role[0] ?? run.name[0]).start;
    const nStart = run.name[0].start;
    const end = run.name[run.name.length - 1].end;
    const written = text.slice(nStart, end).replace(/['’]s$/, '');
    const folded = nameWords.map((w) => fold(stripPossessive(w)));
    if (nameWords.every((w) => w.length > 1 && w === w.toUpperCase()) && !/^[A-Z]{2,5}$/.test(nameWords.join(''))) continue; // SHOUTED LINES
    const pos = base + nStart;
    if (folded.some((w) => ORG_WORDS.has(w)) || institutionRun(run.name) || folded.length > 1 && isPlaceName(written)) {
      let full = text.slice(start, end).replace(/['’]s$/, '').replace(/^(?:The|A|An)\s+/, '');
      // "the People's Daily": a possessive that is part of the body's name rather than a place owning it.
      const owner = /(\p{Lu}[\p{L}]*['’]s)\s+$/u.exec(text.slice(Math.max(from, start - 40), start));
      if (owner && !isPlaceName(owner[1].replace(/['’]s$/, '')) && !reg.entities.some((e) => e.kind === 'person' && e.words.includes(fold(owner[1].replace(/['’]s$/, ''))))) full = `${owner[1]} ${full}`;
      found.push({ entity: reg.body(full, pos), start, end, subject: false });
      continue;
    }
    if (isPlaceName(written) || nationOf(nameWords) && nameWords.length === 1 || namedPlace(folded)) continue;
    if (nameWords.every((w) => w.length > 1 && w === w.toUpperCase())) continue; // acronyms and shouted labels are not people
    if (nameWords.length > 4) continue;
    const honorific = run.role.find((t) => HONORIFIC.test(fold(t.text)));
    const gender = honorific ? honorificGender(honorific.text) : null;
    if (nameWords.length === 1 && isRoleWord(nameWords[0])) continue; // "Premier says": a title, not a name
    if (nameWords.length === 1 && /\p{Ll}s$/u.test(nameWords[0]) && PERSON_NOUNS.has(folded[0].slice(0, -1))) continue; // "Observers noted": a group
    if (DESCRIPTION_HEAD.test(folded[folded.length - 1])) continue; // "the Alaska Republican": a description, not a name
    if (nameWords.length === 1) {
      // A single capitalised word is a person only when the article already names them, or a verb or honorific says so.
      const w = folded[0];
      const known = reg.knows(w);
      const next = text.slice(end, Math.min(to, end + 40));
      const subject = /^\s+(?:\p{Ll}+ly\s+|also\s+|later\s+|then\s+|has\s+|had\s+|did\s+|was\s+)?(?:sa(?:id|ys)|told|added|stated|warned|insisted|claimed|argued|noted|stressed|wrote|denied|continued|explained|asked|replied)\b/u.test(next);
      const introduced = /\b(?:son|daughter|wife|husband|brother|sister|father|mother|spokesman|spokeswoman|spokesperson|colleague|friend|lawyer|aide)\s*,?\s*$/i.test(text.slice(Math.max(from, start - 20), start));
      if (!known && !honorific && !subject && !introduced) continue;
      if (FUNCTION_WORDS.has(w)) continue;
    }
    // (The role is read only now: most single capitalised words are no one's name, and reading it costs.)
    const role = roleAround(text, from, start, end, to, run.role.filter((t) => !HONORIFIC.test(fold(t.text))).map((t) => t.text).join(' '));
    // The grammatical subject ("Le did admit", "Mr Azar claimed"): what a later "he" most likely means.
    let follow = text.slice(end, Math.min(to, end + 120)).replace(/^\s*,[^,§]{1,70},/, '');
    // The end of an appositive ("Vos's counterpart, economy minister Katrin Albers, struck"): the name heads the subject.
    if (/^,\s+\p{Ll}/u.test(follow) && /,\s*(?:\p{Ll}+\s+){0,4}$/u.test(text.slice(Math.max(from, start - 60), start))) follow = follow.slice(1);
    const subject = !/['’]s$/.test(text.slice(nStart, end)) && VERB_NEXT.test(follow);
    const entity = reg.person(written, pos, role, gender);
    // A title before the name and a description after it are both roles ("Rep. Nancy Ruiz, a Texas Democrat,").
    const appositive = role !== undefined ? roleAfter(text, end, to) : undefined;
    if (appositive && appositive !== role) reg.touch(entity, pos, undefined, appositive);
    // "Sen. Ann Kirby, R-Alaska," and "Ida Berg, 72,": what a later "the Alaska Republican" or "the 72-year-old" points at.
    const after = /^\s*(?:,\s*|\()([RDI]-[A-Za-z.]{2,7}|\d{1,3})(?=[,)]|\.?[,)]|\.?\s|\.?$)/.exec(text.slice(end, Math.min(to, end + 14)));
    if (after) {
      const tag = /^\d/.test(after[1]) ? null : partyTag(after[1]);
      if (tag) reg.touch(entity, pos, undefined, `${tag.party} from ${tag.state}`);
      else if (/^\d/.test(after[1]) && !/^\s*,\s*\d{1,3}\s*,?\s*\d{3}/.test(text.slice(end, end + 14))) reg.entities[entity].age ??= Number(after[1]);
    }
    found.push({ entity, start, end, subject });
  }
  return found;
}

// (Helpers of resolvePhrase as module functions rather than closures made on every call: see pushRun.)

/** The most recent person of gender `gender` (null: not known yet) before pos, as a speaker when `speech`. */
function recentPerson(reg: Registry, pos: number, gender: 'm' | 'f' | null, speech: boolean, pronoun?: 'm' | 'f'): number | null {
  return reg.recent(pos, (e) => e.kind === 'person' && e.gender === gender && !(pronoun && e.givenGender && e.givenGender !== pronoun), speech);
}

/** Where entity i last spoke before pos, or -1. */
function lastCueBefore(reg: Registry, i: number, pos: number): number {
  return lastBefore(reg.entities[i].cuePositions, pos);
}

/**
 * The person holding a role that another name qualifies: "Oklahoma City coach Billy Donovan", "Tesla chief executive
 * Elon Musk". The name after a run of lower-case role words speaks, not the team, town or firm before them (which
 * reads as two capitalised words, like a person). Null when no such pair is in the phrase.
 */
function holderOf(reg: Registry, phrase: string, named: Array<{ entity: number; start: number; end: number }>): { entity: number } | null {
  for (let k = named.length - 1; k > 0; k--) {
    // ("reporter Nisan Ahmado's source": someone of theirs speaks, not they.)
    if (reg.entities[named[k].entity].kind !== 'person' || /['’]s$/.test(phrase.slice(named[k].start, named[k].end))) continue;
    const between = phrase.slice(named[k - 1].end, named[k].start).trim().split(/\s+/);
    if (between.length <= 3 && between.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !FUNCTION_WORDS.has(w)) && isRoleWord(between[between.length - 1])) return named[k];
  }
  return null;
}

/**
 * The person a described role ends on, in apposition: "China's ambassador to Britain Liu Xiaoming" (a name after the
 * role's object). Not the object itself ("an adviser to President Trump": titles only between) nor an institution
 * ("a spokesperson for the Chinese Foreign Ministry"). `objectAt` is where the words after the preposition start.
 */
function apposedHolder(reg: Registry, phrase: string, objectAt: number, pos: number): Array<{ entity: number; start: number; end: number }> {
  const found = readNames(reg, phrase, 0, phrase.length, pos);
  const last = found[found.length - 1];
  if (!last || reg.entities[last.entity].kind !== 'person' || phrase.slice(last.end).trim() !== '') return [];
  // (A run's start takes in title words before the name: "President" of "President Trump", or "Britain" here.)
  const words = phrase.slice(objectAt, last.end).trim().split(/\s+/);
  const between = words.slice(0, Math.max(0, words.length - reg.entities[last.entity].name.split(' ').length));
  return between.some((w) => /^\p{Lu}/u.test(w) && !isRoleWord(w)) ? [last] : [];
}

/** True when every qualifier word (folded) is in the entity's name or roles. */
function qualifiedBy(x: Entity, qualifiers: string[]): boolean {
  return !qualifiers.length || qualifiers.every((q) => fold(`${x.name} ${x.roles.join(' ')}`).includes(q));
}

/** White space that is not one plain space: a tab, a break, a run. */
const ODD_SPACE = /[^\S ]| {2}/;

/** Resolves a speaker phrase ("the minister", "he", "Le", "a senior State Department official") at pos. */
export function resolvePhrase(reg: Registry, phrase: string, pos: number): Resolution {
  // (Each replacement only when it has something to replace: this runs for every cue.)
  const unmasked = phrase.includes('§') ? phrase.replace(/§+/g, ' ') : phrase;
  const unquoted = unmasked.replace(/(^|\s)[“”"‘’'«»„]+|[“”"‘«»„]+(?=\s|$)/g, '$1 ');
  const clean = (ODD_SPACE.test(unquoted) ? unquoted.replace(/\s+/g, ' ') : unquoted).trim().replace(/^(?:and|but|while|as|so|then|yet|,)\s+/i, '').replace(/[,.;:]+$/, '');
  if (!clean) return null;
  // Sentence adverbs are not part of the subject ("Later the ministry said", "Meanwhile, Le said").
  const bare = clean.replace(/^(?:later|meanwhile|separately|however|earlier|also|then|now|still|instead|yet|thus|today|yesterday|previously|similarly|likewise|finally|initially|subsequently|afterwards|again|in turn|for (?:his|her|its|their) part)\b,?\s+(?=\S)/i, '');
  if (bare !== clean) return resolvePhrase(reg, bare, pos);
  // "a report from Kotak Institutional Equities", "a statement by the ministry": the author speaks.
  const authored = /^(?:a|an|the)\s+(?:\w+\s+)?(?:statement|report|readout|note|letter|post|message|release|communiqu[eé])\s+(?:from|by|of)\s+(.+)$/i.exec(clean);
  if (authored) return resolvePhrase(reg, authored[1], pos);
  // "the 72-year-old", "the 58-year-old executive": the person the text gave that age, else the last person quoted.
  const aged = /^(?:the\s+)?(\d{1,3})-year-old(?:\s+[\p{L}-]+)?$/u.exec(clean);
  if (aged) {
    const age = Number(aged[1]);
    const e = reg.recent(pos, (x) => x.kind === 'person' && x.age === age) ?? reg.recent(pos, (x) => x.kind === 'person' && x.age === undefined, true);
    if (e !== null) return { entity: reg.touch(e, pos), how: 'description' };
  }
  // "people familiar with the matter", "a person briefed on the talks": anonymous sources, a group or one of them.
  const familiar = /^(?:(?:a|one|two|three|four|several|many|some)\s+)?(?:people|persons?|sources?|officials?)\s+(?:familiar with|briefed on|close to|with (?:direct )?knowledge of|involved in|aware of)\b/i.exec(clean);
  if (familiar) {
    const plural = !/^(?:a|one)\s/i.test(clean) && !/^(?:person|source|official)\s/i.test(clean);
    return { entity: reg.body(clean, pos, 'unnamed', plural ? 'people' : 'person', plural), how: 'description' };
  }
  const first = fold(clean.split(' ')[0]);
  // First and second person outside quotation marks: a transcript's or a letter's own voice, not a speaker to resolve.
  if (/^(?:i|i'd|i'm|i've|we|we'd|we're|we've|you|us|me)$/.test(first) || /(?:^|\s)(?:I|we|you|I['’]\w+)(?:\s|$)/.test(clean)) return null;
  const pron = PRONOUNS[first];
  // ("He Yadong", a name: the second word capitalised.)
  if (pron && clean.split(' ').length <= 2 && !/^He\s+\p{Lu}/u.test(clean)) {
    let entity: number | null;
    if (pron === 'pl') entity = reg.recent(pos, (e) => e.plural || e.kind === 'organisation');
    else {
      // A person known to match the pronoun's gender beats an unknown one mentioned just after them.
      const known = recentPerson(reg, pos, pron, true) ?? recentPerson(reg, pos, pron, false);
      const unknown = recentPerson(reg, pos, null, true, pron) ?? recentPerson(reg, pos, null, false, pron);
      entity = known !== null && (unknown === null || lastCueBefore(reg, known, pos) + P_BONUS > lastCueBefore(reg, unknown, pos)) ? known : unknown;
      entity ??= reg.recent(pos, (e) => e.kind === 'unnamed' && !e.plural);
      if (entity !== null && reg.entities[entity].kind === 'person') reg.entities[entity].gender ??= pron;
    }
    return entity === null ? null : { entity: reg.touch(entity, pos), how: 'pronoun' };
  }
  if (first === 'it' && clean.split(' ').length === 1) {
    // The last body that spoke, not the last one merely mentioned ("… to close its consulate in Houston, it said").
    const entity = reg.recent(pos, (e) => e.kind === 'organisation', true) ?? reg.recent(pos, (e) => e.kind === 'organisation');
    return entity === null ? null : { entity: reg.touch(entity, pos), how: 'pronoun' };
  }
  // A name in the phrase wins ("China’s Foreign Minister Qin Gang", "the US Treasury Department"), unless the phrase
  // is a person described by their institution ("a spokesperson for the Chinese Foreign Ministry").
  const describedPerson = /^(?:the\s+|an?\s+|\p{Lu}[\p{L}.-]*['’]s\s+)(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:for|of|at|from|with|to)\s/u.exec(clean);
  const described = describedPerson !== null && PERSON_NOUNS.has(fold(describedPerson[1]));
  const named = described ? apposedHolder(reg, clean, describedPerson[0].length, pos) : readNames(reg, clean, 0, clean.length, pos - 0);
  if (named.length) {
    const last = named[named.length - 1];
    const tail = clean.slice(last.end).trim();
    const tailNoun = PERSON_NOUNS.has(fold(tail.split(' ').pop() ?? '').replace(/s$/, '')) || PERSON_NOUNS.has(fold(tail.split(' ').pop() ?? ''));
    const person = holderOf(reg, clean, named) ?? named.find((n) => reg.entities[n.entity].kind === 'person');
    // A person named in the phrase is the speaker ("43-year-old Martin Taylor of Aberdeenshire"), unless the phrase is about someone of theirs.
    if (person && !tailNoun) return { entity: person.entity, how: 'explicit' };
    if (!tail || !/\p{L}/u.test(tail) || (!person && tail.split(' ').length <= 1 && !tailNoun)) return { entity: last.entity, how: 'explicit' };
  }
  // A post-modifier after the head ("the Chinese embassy in Washington", "a fellow at a think-tank").
  const words = clean.replace(/^(.*?\b(?:[\p{L}-]+))\s+(?:in|at|of|for|from|to)\s+.*$/u, (all, head: string) => (GROUP_NOUNS.has(fold(head.split(' ').pop() ?? '')) || PERSON_NOUNS.has(fold(head.split(' ').pop() ?? '')) ? head : all)).split(' ');
  const det = /^(?:the|a|an|this|that|its|his|her|their|another|one)$/i.test(words[0]) ? fold(words[0]) : null;
  const rest = det ? words.slice(1) : words;
  if (!rest.length || rest.length > 8) return null;
  const placeName = rest.join(' ');
  if (isPlaceName(placeName) && !det) return { entity: reg.body(placeName, pos), how: 'explicit' };
  if (isPlaceName(placeName) && det === 'the') return { entity: reg.body(placeName, pos), how: 'explicit' };
  const headWord = stripPossessive(fold(rest[rest.length - 1]));
  const nation = nationOf(rest.slice(0, -1)) ?? (rest.some((w) => /state department/i.test(rest.join(' ')) && w) ? nationOf(['state department']) : null);
  const singular = headWord.replace(/(?:ies)$/, 'y').replace(/s$/, '');
  const indefinite = det === 'a' || det === 'an' || det === 'another' || det === 'one';
  // The label keeps what the text says ("spokesperson for the Chinese embassy in London"); an owner pronoun is resolved ("his office").
  const fullRest = (det ? clean.split(' ').slice(1) : clean.split(' ')).slice(0, 9);
  let label = fullRest.join(' ').replace(/['’]s$/, '');
  if (det && /^(?:his|her|its|their)$/.test(det)) {
    const owner = resolvePhrase(reg, { his: 'he', her: 'she', its: 'it', their: 'they' }[det]!, pos);
    if (owner) label = `${reg.entities[owner.entity].name}’s ${label}`;
  }
  // "the chipmaker", "the Chinese tech giant", "the company": the last business the text named.
  if (det === 'the' && rest.length <= 4 && BUSINESS_HEAD.test(headWord)) {
    const e = reg.recent(pos, business, true) ?? reg.recent(pos, business);
    if (e !== null) return { entity: reg.touch(e, pos), how: 'description' };
  }
  if (PERSON_NOUNS.has(headWord) && !indefinite) {
    // A bare "the minister" may mean the last speaker; "China's foreign ministry spokeswoman" introduces someone, and so
    // does "the staff member" (an everyday noun, COMMON_PERSON_NOUNS). The last speaker is taken only when the text
    // gave them no role: "the spokesman" is not "Chinese leader Xi Jinping".
    const bareDescription = det === 'the' && rest.length <= 2 && !COMMON_PERSON_NOUNS.has(headWord);
    // Institution words in the description ("the Foreign Ministry spokesperson") must be in the candidate's role or name.
    // The place owning the role ("Hong Kong's leader") is not an institution word; only the words after it qualify.
    const owned = rest.findIndex((w) => /^\p{Lu}.*['’]s$/u.test(w));
    const qualifiers = rest.slice(owned + 1, -1).filter((w) => /^\p{Lu}/u.test(w) && !nationality(fold(w)) && !nationality(fold(stripPossessive(w)))).map(fold);
    const e = reg.recent(pos, (x) => fits(headWord, nation, x) && qualifiedBy(x, qualifiers)) ?? (bareDescription ? reg.recent(pos, (x) => x.kind === 'person' && !x.roles.length, true) : null);
    if (e !== null) return { entity: reg.touch(e, pos), how: 'description' };
    const i = reg.body(label, pos, 'unnamed', headWord);
    reg.entities[i].awaitingName = !/official|source/.test(headWord);
    return { entity: i, how: 'description' };
  }
  if (PERSON_NOUNS.has(headWord) && indefinite) {
    const i = reg.body(label, pos, 'unnamed', headWord);
    reg.entities[i].nation ??= nation;
    reg.entities[i].awaitingName = !/official|source/.test(headWord);
    return { entity: i, how: 'description' };
  }
  // A proper name: every word capitalised, no sentence words ("That’s why I always", "Get The Quiz" are not bodies).
  const proper = rest.length <= 4 && rest.every((w) => (/^\p{Lu}[\p{L}&.-]*$/u.test(w) && (!FUNCTION_WORDS.has(fold(w)) || isAcronym(w))) || /^(?:of|and|for)$/.test(w)) && /^\p{Lu}/u.test(rest[rest.length - 1]);
  if (PERSON_NOUNS.has(singular) || GROUP_NOUNS.has(headWord) || GROUP_NOUNS.has(singular)) {
    const plural = (PERSON_NOUNS.has(singular) || GROUP_NOUNS.has(singular)) && singular !== headWord;
    if (!indefinite && det && !plural && rest.length <= 2) {
      // "the department", "the ministry", "the statement": the institution named before.
      const e = reg.recent(pos, (x) => x.kind === 'organisation' && (x.words.includes(headWord) || x.head === headWord || /^(?:statement|readout|communiqu[eé]|report)$/.test(headWord)))
        // "the company", "the firm": the last business named, a body with no public office in its name.
        ?? (/^(?:company|firm)$/.test(headWord) ? (reg.recent(pos, business, true) ?? reg.recent(pos, business)) : null);
      if (e !== null) return { entity: reg.touch(e, pos), how: 'description' };
    }
    if (plural && det === 'the' && rest.length === 1) {
      const e = reg.recent(pos, (x) => x.plural);
      if (e !== null) return { entity: reg.touch(e, pos), how: 'description' };
    }
    // "the ministry's statement", "a Pentagon report": the owner named before the document; "a new case report" has none.
    // ("A Chinese coast guard statement": a body's word before the document owns it too.)
    const owned = rest.length > 1 && (/^\p{Lu}|['’]s$/u.test(rest[rest.length - 2]) || ORG_WORDS.has(fold(rest[rest.length - 2])));
    const statement = /^(?:statement|readout|communiqu[eé]|report)$/.test(headWord) && owned ? label.replace(/\s+\S+$/, '').replace(/['’]s$/, '') : label;
    return { entity: reg.body(statement, pos, plural ? 'unnamed' : 'organisation', singular, plural || headWord.endsWith('s') && GROUP_NOUNS.has(headWord)), how: 'description' };
  }
  // A proper name of a body ("the People's Daily", "the Kremlin") or a body owned by a place ("China's coast guard").
  const ownedBody = rest.length <= 5 && ((/['’]s$/.test(rest[0]) && /^\p{Lu}/u.test(rest[0]) && !FUNCTION_WORDS.has(fold(stripPossessive(rest[0])))) || nationOf([rest[0]])) && !PRONOUNS[fold(headWord)] && !FUNCTION_WORDS.has(headWord) && /^\p{L}+$/u.test(headWord) && !/ly$/.test(headWord);
  if (proper || ownedBody) return { entity: reg.body(label, pos), how: 'explicit' };
  return null;
}

/** The shortest and longest group noun, in UTF-16 units. */
const GROUP_NOUN_LENGTH = { min: Math.min(...[...GROUP_NOUNS].map((w) => w.length)), max: Math.max(...[...GROUP_NOUNS].map((w) => w.length)) };

/** Registers institutions named by a description with a place or nationality ("China's foreign ministry", "the Chinese embassy"). */
export function readBodies(reg: Registry, text: string, toks: Token[], base: number): void {
  for (let i = 1; i < toks.length; i++) {
    // Most words are too short or too long to be a group noun: no folding and look-up for them. (Folding keeps a
    // word's length, except for a letter such as "İ", whose lower case adds a combining mark no group noun has.)
    const n = toks[i].text.length;
    if (n < GROUP_NOUN_LENGTH.min || n > GROUP_NOUN_LENGTH.max) continue;
    const head = fold(toks[i].text);
    if (!GROUP_NOUNS.has(head) || /^(?:statement|readout|report|side|media|sources|officials|leaders)$/.test(head)) continue;
    // Back over up to three lower-case modifiers to a possessive proper noun or a nationality.
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      const w = toks[j].text;
      if (/^\p{Lu}/u.test(w) && (/['’]s$/.test(w) || nationality(fold(w)))) {
        if (/^[\s\p{L}’'-]*$/u.test(text.slice(toks[j].start, toks[i].end))) reg.body(text.slice(toks[j].start, toks[i].end), base + toks[j].start);
        break;
      }
      if (!/^\p{Ll}/u.test(w)) break;
    }
  }
}
