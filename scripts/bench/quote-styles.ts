// Ways news text reports speech, as paragraph builders: marks of several styles, attribution before
// or after, pronouns, partial and multi-paragraph quotations, institutions, unnamed and indirect speech.
import type { Person } from './people.ts';
import type { Rng } from './prng.ts';

/** Quotation marks for one article: curly, straight, or (rarely) low-high German-style pairs. */
export interface Marks {
  open: string;
  close: string;
}

/** The quotation-mark styles articles use. */
export const MARK_STYLES: Marks[] = [
  { open: '“', close: '”' },
  { open: '"', close: '"' },
  { open: '„', close: '“' },
];

/** What a quote builder knows about the speaker and the article so far. */
export interface Speech {
  person: Person;
  /** True once the article has introduced the speaker by full name and role. */
  introduced: boolean;
  /** Sentences of the quotation, without marks. */
  sentences: string[];
  marks: Marks;
}

const VERBS = ['said', 'said', 'said', 'told reporters', 'added', 'warned', 'insisted', 'stressed'];
const DESCRIPTIONS = ['the official', 'the diplomat', 'the minister', 'the spokesperson', 'the analyst'];

/** The speaker as a first mention: name with role, in one of several orders. */
function introduce(rng: Rng, p: Person): string {
  if (p.kind === 'organisation' || !p.role) return p.name;
  if (rng.chance(0.5)) return `${p.name}, ${p.role},`;
  const role = p.role.replace(/^(a|an|the) /, '');
  return `${role.charAt(0).toUpperCase()}${role.slice(1)} ${p.name}`;
}

/** A later reference: surname, pronoun or a description. */
function refer(rng: Rng, p: Person): string {
  if (p.kind === 'organisation') return p.short;
  const r = rng.next();
  if (r < 0.45) return p.short;
  if (r < 0.8) return p.pronoun;
  return rng.pick(DESCRIPTIONS);
}

const capFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const asLead = (q: string) => q.replace(/\.$/, ',');

/** Builds the paragraphs that report one quotation. Returns the paragraphs and whether the speaker is now introduced. */
export function reportSpeech(rng: Rng, s: Speech): string[] {
  const { person: p, marks: m } = s;
  const q = s.sentences.join(' ');
  const who = s.introduced ? refer(rng, p) : introduce(rng, p);
  const Who = capFirst(who);
  // After the quotation: "said Wang" but "she said" (a pronoun never follows its verb).
  const after = (verb: string) => (/^(he|she|it)$/.test(who) ? `${who} ${verb}` : `${verb} ${who.replace(/,$/, '')}`);
  const style = rng.int(0, 11);
  if (s.sentences.length >= 3 && rng.chance(0.35)) {
    // Multi-paragraph: an opening mark on each paragraph, the closing mark only on the last.
    return [`${Who} said: ${m.open}${s.sentences[0]}`, ...s.sentences.slice(1, -1).map((x) => `${m.open}${x}`), `${m.open}${s.sentences.at(-1)}${m.close}`];
  }
  switch (style) {
    case 0:
      return [`${Who} said ${rng.pick(['on Wednesday', 'at a news conference', 'on Monday'])}: ${m.open}${q}${m.close}`];
    case 1:
      return [`${m.open}${asLead(q)}${m.close} ${after(rng.pick(VERBS))}.`];
    case 2:
      return [`${m.open}${asLead(q)}${m.close} ${who.replace(/,$/, '')} ${rng.pick(VERBS)}.`];
    case 3:
      return [`${Who} told reporters: ${m.open}${q}${m.close}`];
    case 4:
      return [`${Who} was quoted as saying: ${m.open}${q}${m.close}`];
    case 5:
      return [`${p.name}: ${m.open}${q}${m.close}`];
    case 6:
      return [`${m.open}${asLead(s.sentences[0])}${m.close} ${who.replace(/,$/, '')} said. ${m.open}${s.sentences.slice(1).join(' ') || 'That is our position.'}${m.close}`];
    case 7:
      return [`In a statement, ${who.replace(/,$/, '')} said: ${m.open}${q}${m.close}`];
    default: {
      // The verb after the name, a quotation, then an unattributed paragraph continuing the same speaker.
      const first = `${m.open}${asLead(s.sentences[0])}${m.close} ${after(rng.pick(VERBS))}.`;
      return s.sentences.length > 1 ? [first, `${m.open}${s.sentences.slice(1).join(' ')}${m.close}`] : [first];
    }
  }
}

/** A partial quotation inside reported speech, or an "according to" attribution. */
export function reportPartial(rng: Rng, p: Person, introduced: boolean, phrase: string, m: Marks): string {
  const who = (introduced ? refer(rng, p) : introduce(rng, p)).replace(/,$/, '');
  if (rng.chance(0.5)) return `${capFirst(who)} described the latest move as ${m.open}${phrase}${m.close} and called for restraint.`;
  return `According to ${/^(he|she|it)$/.test(who) ? (p.kind === 'person' ? p.short : p.name) : who}, the decision was ${m.open}${phrase}${m.close}, though officials declined to elaborate.`;
}

/** Indirect speech: "X said that …". */
export function reportIndirect(rng: Rng, p: Person, introduced: boolean, claim: string): string {
  const who = (introduced ? refer(rng, p) : introduce(rng, p)).replace(/,$/, '');
  return `${capFirst(who)} ${rng.pick(['said that', 'argued that', 'noted that', 'told the newspaper that'])} ${claim}`;
}

/** A quotation from an unnamed official. */
export function reportUnnamed(rng: Rng, sentences: string[], m: Marks): string {
  return `${m.open}${asLead(sentences.join(' '))}${m.close} said ${rng.pick(['a senior official who declined to be named', 'one diplomat, speaking on condition of anonymity', 'a person familiar with the talks'])}.`;
}
