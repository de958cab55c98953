// Stage 08: one speaker per person or body across all articles.
import type { Mention } from './types.ts';
import { slugify } from './slug.ts';

/** A speaker merged across articles, before counts are added. */
export interface MergedSpeaker {
  id: string;
  name: string;
  kind: Mention['kind'];
  spellings: string[];
  /** [article index, role] pairs. */
  roles: Array<[number, string]>;
}

const KIND_RANK: Record<Mention['kind'], number> = { person: 3, unnamed: 2, organisation: 1 };
/** Name words for matching: lower case, accents and honorifics dropped. */
const nameWords = (name: string) => {
  const words = slugify(name.replace(/^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/i, ''), 200).split('-').filter(Boolean);
  // Middle initials and generational suffixes do not make another person ("Patrick W. Carlineo Jr." = "Patrick Carlineo").
  const core = words.filter((w, i) => !(i > 0 && i < words.length - 1 && w.length === 1) && !(i > 0 && /^(?:jr|sr|ii|iii|iv)$/.test(w)));
  return core.length ? core : words;
};

/**
 * Merges the per-article mentions into one speaker per person or body. Same full name -> same speaker; a person
 * named by one word only (a surname, or a given name used as one) joins the one person in the corpus whose full
 * name holds that word, when there is exactly one. Returns the speakers and, per article, mention index -> speaker id.
 */
export function mergeSpeakers(mentionsByArticle: Mention[][]): { speakers: MergedSpeaker[]; idOf: string[][] } {
  // Full names of people across the corpus, by their words.
  const fullNames = new Map<string, string[]>();
  const holdersOf = new Map<string, string[]>();
  const roleWords = new Map<string, Set<string>>();
  const wordsOfRoles = (roles: string[]) => new Set(roles.join(' ').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 3));
  for (const mentions of mentionsByArticle) {
    for (const m of mentions) {
      const words = nameWords(m.name);
      if (m.kind !== 'person' || words.length < 2) continue;
      const key = words.join('-');
      if (!fullNames.has(key)) {
        fullNames.set(key, words);
        // Each word points to the full names holding it, in first-seen order: a lookup, not a scan of every name.
        for (const w of new Set(words)) holdersOf.set(w, [...(holdersOf.get(w) ?? []), key]);
      }
      const known = roleWords.get(key) ?? new Set<string>();
      for (const w of wordsOfRoles(m.roles)) known.add(w);
      roleWords.set(key, known);
    }
  }
  const keyOf = (m: Mention): string => {
    const words = nameWords(m.name);
    if (m.kind !== 'person' || words.length !== 1) return words.join('-') || 'unknown';
    const holders = holdersOf.get(words[0]) ?? [];
    if (holders.length !== 1) return words[0];
    // Two roles that share no word ("a shopkeeper" and "a foreign ministry spokesman") are two people.
    const mine = wordsOfRoles(m.roles);
    const theirs = roleWords.get(holders[0]) ?? new Set<string>();
    if (mine.size && theirs.size && ![...mine].some((w) => theirs.has(w))) return words[0];
    return holders[0];
  };

  const byKey = new Map<string, MergedSpeaker & { weight: number }>();
  const seenUnnamed = new Map<string, number>();
  const rolesHeld = new Map<MergedSpeaker, Set<string>>();
  const idOf = mentionsByArticle.map((mentions, a) =>
    mentions.map((m) => {
      // Unnamed sources ("a senior official") in different articles are not known to be the same person.
      const own = keyOf(m);
      const key = m.kind === 'unnamed' && seenUnnamed.get(own) !== undefined && seenUnnamed.get(own) !== a ? `${own}#${a}` : own;
      if (m.kind === 'unnamed' && !seenUnnamed.has(key)) seenUnnamed.set(key, a);
      let s = byKey.get(key);
      if (!s) byKey.set(key, (s = { id: key, name: m.name, kind: m.kind, spellings: [], roles: [], weight: 0 }));
      // The canonical name is the fullest form any article gives.
      if (nameWords(m.name).length > nameWords(s.name).length) s.name = m.name;
      if (KIND_RANK[m.kind] > KIND_RANK[s.kind]) s.kind = m.kind;
      for (const sp of [m.name, ...m.spellings]) if (!s.spellings.includes(sp)) s.spellings.push(sp);
      // Roles are checked against a set per speaker: a speaker quoted in thousands of articles has thousands of roles.
      let held = rolesHeld.get(s);
      if (!held) rolesHeld.set(s, (held = new Set<string>()));
      for (const r of m.roles) {
        const roleKey = `${a}\u0000${r}`;
        if (held.has(roleKey)) continue;
        held.add(roleKey);
        s.roles.push([a, r]);
      }
      return key;
    }),
  );
  // Ids are slugs of the canonical names; keys already are, except where a fuller name was adopted.
  const rename = new Map<string, string>();
  const taken = new Set<string>();
  for (const s of byKey.values()) {
    const base = slugify(s.name) || slugify(s.id) || 'speaker';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    rename.set(s.id, id);
    s.id = id;
  }
  return {
    speakers: [...byKey.values()].map(({ weight: _w, ...s }) => s),
    idOf: idOf.map((ids) => ids.map((k) => rename.get(k) ?? k)),
  };
}
