// Reporting cues of a sentence: the verb or phrase that attributes words, and the words naming the speaker.
import { REPORTING_VERB } from './lexicon.ts';
import { GROUP_NOUNS, isInstitutionWord, ORG_WORDS, partyTag, PERSON_NOUNS } from './lexicon.ts';
import { matchesOf } from './matches.ts';
import { fold, isAcronym, MASK, tokens } from './text.ts';

/** One attribution cue in a sentence. Offsets are in the paragraph. */
export interface Cue {
  /** The cue words as written (`said the minister`, `according to Qin`). */
  text: string;
  start: number;
  end: number;
  /** The words naming the speaker, or null when the cue takes the sentence's subject (“…, adding that”, “but added”). */
  phrase: string | null;
  /** Where a that-clause (indirect speech) starts, or -1. */
  clause: number;
}

const VERB_WORD = new RegExp(`^(?:${REPORTING_VERB.source})$`, 'i');
// Case-sensitive: reporting verbs are lower case in running text ("United States" is no verb).
const VERB_ANY = new RegExp(REPORTING_VERB.source, 'g');
const MASK_RUN = new RegExp(`${MASK}+`, 'g');

/** How far from a verb its subject is looked for, in characters (keeps run-on text linear). */
const WINDOW = 200;

/** Words that may stand between a subject and its verb ("Le also said", "he has repeatedly warned"). */
const BETWEEN = new Set(('also later then has have had did does do would will was were is are been being reportedly previously further ' +
  'repeatedly once again separately publicly earlier recently firmly strongly not never already just even finally quickly clearly ' +
  'could might may should must can subsequently initially immediately specifically particularly explicitly openly directly simply ' +
  'bluntly angrily flatly sharply privately pointedly tersely curtly told since often always frequently long now still afterward afterwards').split(' '));
/** Words that end a subject phrase going backwards. */
const BOUNDARY = new Set(('that and but which who whom as when while because if so or than where after before since though although ' +
  'with without to for from by in on at into during over under about against amid despite said says what whether how ' +
  'including among amongst like unlike via per through across toward towards upon within between alongside besides except excluding').split(' '));
/** True when a word ends a subject phrase read backwards: a boundary word, unless it is an acronym ("WHO"). */
const endsSubject = (word: string): boolean => BOUNDARY.has(fold(word)) && !isAcronym(word);
/** Words before a verb-looking word that make it a noun ("his calls", "the claims"). */
const NOUN_BEFORE = /(?:^|\s)(?:the|a|an|his|her|their|its|our|my|your|these|those|such|many|repeated|recent|new)\s+$/i;
const isParticiple = (verb: string) => /ing$/i.test(verb.split(' ')[0]);

/** Time and place words between a subject and its verb ("a spokesman on Thursday dismissed", "Le on Wednesday said"). */
const TRAILING_ADVERBIAL = /(?:\s+(?:on|late on|early on|last|this|earlier this|later on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|afternoon|evening|night)|\s+(?:yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\s+in a statement|\s+in an interview)+\s*$/i;

/** Where an institution's name that runs on to `at` begins ("Department of Health " before "and"), or -1. */
function institutionHead(text: string, from: number, at: number): number {
  const m = /(\p{Lu}[\p{L}-]*)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*,?\s+){1,4}$/u.exec(text.slice(Math.max(from, at - 90), at));
  if (!m) return -1;
  return isInstitutionWord(fold(m[1])) ? Math.max(from, at - 90) + m.index : -1;
}

/** What follows a name after a comma without being the subject: a company's legal suffix, an initialism ("D.C", "U.K"). */
const NAME_SUFFIX = /^(?:Inc|Ltd|LLC|Corp|Co|PLC|plc|GmbH|AG|LLP|(?:\p{Lu}\.)+\p{Lu})\.?$/u;

/** A segment that ends in a name: up to six words, the last two to four capitalised ("study lead author Lucas Paganini"). */
const ENDS_IN_NAME = /^(?:[\p{L}.'’-]+\s+){0,4}(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+$/u;

/**
 * The name that an appositive holding commas of its own follows: "Jim Chilton, senior vice president at Boeing Defense,
 * Space, and Security, said". `before` is the comma that opens the appositive's last item ("and Security"). Reads back
 * comma by comma (at most six, within WINDOW) to a segment ending in a name whose next words open an appositive
 * (a small word, or an article and a small word: not "the Associated Press" or "and Reuters", items of a list). Empty when there is none.
 */
function nameBeforeAppositive(text: string, from: number, before: number): string {
  const floor = Math.max(from, before - WINDOW);
  let c = before;
  for (let n = 0; n < 6; n++) {
    c = text.lastIndexOf(',', c - 1);
    if (c <= floor) return '';
    const after = text.slice(c + 1, c + 12);
    if (!/^\s*(?:(?:a|an|the)\s+)?\p{Ll}/u.test(after) || /^\s*(?:(?:a|an|the)\s+\P{Ll}|(?:and|or)\s)/u.test(after)) continue;
    const open = Math.max(text.lastIndexOf(',', c - 1), text.lastIndexOf(MASK, c - 1), text.lastIndexOf('”', c - 1), text.lastIndexOf('"', c - 1), floor - 1);
    const segment = text.slice(open + 1, c).trim();
    if (ENDS_IN_NAME.test(segment)) return segment;
  }
  return '';
}

/** The noun phrase ending just before `at` (a reporting verb), read backwards within the sentence. */
function subjectBefore(text: string, from: number, at: number, depth = 0): string {
  from = Math.max(from, at - WINDOW);
  // A parenthetical after the name ("Sen. James Morgan (R-Ohio), who …") is not the subject.
  const aside = /\s*\([^()]{1,40}\)\s*,?\s*$/.exec(text.slice(from, at));
  if (aside && depth < 3) return subjectBefore(text, from, from + aside.index + 1, depth + 1);
  // A party-state tag after a lawmaker's name ("Sen. Ann Kirby, R-Alaska, said"): an affiliation, not the subject.
  const tag = /,\s*([RDI]-[A-Za-z.]{2,7})\s*,?\s*$/.exec(text.slice(Math.max(from, at - 16), at));
  if (tag && partyTag(tag[1]) && depth < 3) return subjectBefore(text, from, Math.max(from, at - 16) + tag.index + 1, depth + 1);
  const lead = text.slice(from, at);
  const trimmed = lead.replace(TRAILING_ADVERBIAL, '');
  if (trimmed.length < lead.length) at = from + trimmed.trimEnd().length + 1;
  const toks = tokens(text, from, at);
  let k = toks.length - 1;
  while (k >= 0 && BETWEEN.has(fold(toks[k].text)) && !/[,;:§“”"]/.test(text.slice(toks[k].end, k + 1 < toks.length ? toks[k + 1].start : at))) k--;
  if (k < 0) return '';
  const end = toks[k].end;
  // A relative clause or appositive just before the verb ("An official, who spoke on condition of anonymity, said";
  // "Le Yucheng, China’s foreign vice-minister, said"): the subject is the phrase before it.
  if (/,/.test(text.slice(end, at))) {
    const open = text.lastIndexOf(',', end - 1);
    const seg = open > from ? text.slice(open + 1, end).trim() : '';
    // "Dräger, Inc., says", "in Washington, D.C., said": a company's suffix or a place's abbreviation ends the name
    // before it; the subject is read on from there (the same depth: the text only gets shorter).
    if (seg && NAME_SUFFIX.test(seg)) return subjectBefore(text, from, open + 1, depth);
    // The last item of a list inside an appositive ("…, Space, and Security, said"): the name is before the appositive.
    const named = seg && /^and\s/.test(seg) ? nameBeforeAppositive(text, from, open) : '';
    if (named) return named;
    if (seg && depth < 2) {
      const words = seg.split(/\s+/);
      const namedBefore = /\p{Lu}[\p{L}’'.-]+\s*$/u.test(text.slice(Math.max(from, open - 40), open));
      if (/^(?:who|which|whose|a|an|the)\b/i.test(seg) || /^\p{Ll}+(?:ing|ed)\b/u.test(seg) || /^\d{1,3}$/.test(seg) || (namedBefore && /^\p{Ll}/u.test(seg) && words.length <= 16) || /^\p{Lu}[\p{L}]*['’]s\b/u.test(seg) || (words.length <= 8 && words.some((w) => PERSON_NOUNS.has(fold(w).replace(/[,.]$/, ''))))) {
        const outer = subjectBefore(text, from, open + 1, depth + 1);
        if (outer) return outer;
      }
    }
  }
  let s = k;
  for (let taken = 0; s >= 0 && taken < 9; s--, taken++) {
    const w = fold(toks[s].text);
    const gapAfter = text.slice(toks[s].end, s + 1 < toks.length ? toks[s + 1].start : end);
    if (s < k && (/[,;:§“”"()—–]/.test(gapAfter) || /\s-\s/.test(gapAfter))) break;
    // "The Chinese embassy in Washington said": a prepositional phrase after a head noun is part of the subject.
    if (/^(?:in|at|of|for|from)$/.test(w) && s > 0 && (GROUP_NOUNS.has(fold(toks[s - 1].text)) || PERSON_NOUNS.has(fold(toks[s - 1].text)))) continue;
    // "the Centre for Economic Policy Research said", "the Council on Foreign Relations said": a preposition inside an institution's name.
    if (/^(?:of|for|on)$/.test(w) && s > 0 && s < k && /^\p{Lu}/u.test(toks[s - 1].text) && /^\p{Lu}/u.test(toks[s + 1].text) && isInstitutionWord(fold(toks[s - 1].text))) continue;
    // "a person familiar with the talks said", "people briefed on the plan said": the source's description goes on.
    if (s > 0 && ((w === 'with' && /^(?:familiar|people|person|sources?)$/.test(fold(toks[s - 1].text))) || (w === 'on' && fold(toks[s - 1].text) === 'briefed') || (w === 'to' && fold(toks[s - 1].text) === 'close'))) continue;
    // "Ambassador to South Korea Dai Bing urged", "China's ambassador to Britain warned", "an adviser to the president said":
    // a role's "to" is part of the subject (the role's holder speaks, not the place or person after "to").
    if (w === 'to' && s > 0 && PERSON_NOUNS.has(fold(toks[s - 1].text)) && s + 1 <= k && (/^\p{Lu}/u.test(toks[s + 1].text) || fold(toks[s + 1].text) === 'the')) continue;
    // "the Centers for Disease Control and Prevention", "Ministry of Economy, Trade and Industry": an "and" inside an institution's name.
    if (w === 'and' && s > 0 && s < k && /^\p{Lu}/u.test(toks[s + 1].text)) {
      const head = institutionHead(text, from, toks[s].start);
      if (head >= 0) {
        while (s > 0 && toks[s - 1].start >= head) s--;
        continue;
      }
    }
    // "the Food and Drug Administration", "Securities and Exchange Commission": "and" inside a name that ends in an institution word.
    if (w === 'and' && s > 0 && s < k && k - s <= 3 && /^\p{Lu}/u.test(toks[s - 1].text) && ORG_WORDS.has(fold(toks[k].text)) && toks.slice(s + 1, k + 1).every((t, j) => /^\p{Lu}/u.test(t.text) && /^\s+$/.test(text.slice(toks[s + j].end, t.start)))) continue;
    if (endsSubject(toks[s].text)) break;
    if (w !== 'told' && VERB_WORD.test(toks[s].text)) break;
  }
  // "An expert who asked not to be named said": the subject is the noun phrase before the relative pronoun.
  if (s >= 0 && /^(?:who|whose)$/.test(fold(toks[s].text)) && depth < 2) {
    const outer = subjectBefore(text, from, toks[s].start, depth + 1);
    if (outer) return outer;
  }
  // "Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think tank told": the read
  // stopped at the "and" of a list of names inside an appositive with no closing comma; the name is before it.
  if (s > 1 && fold(toks[s].text) === 'and' && /^\p{Lu}/u.test(toks[s - 1].text) && text.slice(toks[s - 2].end, toks[s - 1].start).includes(',')) {
    const named = nameBeforeAppositive(text, from, toks[s - 1].start);
    if (named) return named;
  }
  const startTok = toks[s + 1];
  if (!startTok || s + 1 > k) return '';
  // "A spokesperson who did not wish to be named because of agency policy said": the read stopped inside a relative
  // clause ("of agency policy" is no subject); the subject is the noun phrase before its "who".
  if (/^(?:of|for|to|in|on|at|with|by|from|about)$/.test(fold(startTok.text))) {
    let who = s;
    while (who >= 0 && !/^(?:who|whose)$/.test(fold(toks[who].text))) who--;
    const outer = who > 0 && depth < 2 ? subjectBefore(text, from, toks[who].start, depth + 1) : '';
    if (outer) return outer;
  }
  return text.slice(startTok.start, end);
}

/** Verbs that put the speaker after them ("…, said X"); not "told X", whose name is the one told. */
const INVERTING_VERB = /^(?:said|says|added|adds|noted|notes|wrote|writes|explained|explains|argued|argues)$/i;
/** A name right after a verb, then a comma or the end ("…, too, said Mary E. Lovely, a Syracuse University economist"). */
const NAME_THEN_STOP = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]+\s*(?:[,;]|\.?\s*$)/u;

/** Words whose full stop is an abbreviation's, not a sentence's end ("said Sen. Roger F. Wickham"). */
const ABBREVIATED = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Adm|Amb|Capt|Cmdr|Maj|Sgt|Rev|Hon|Supt|St|Jr|Sr|(?:\p{Lu}\.)+\p{Lu}|\p{Lu})$/u;

/** The noun phrase right after `at` (inverted attribution: “…,” said the minister). */
function subjectAfter(text: string, at: number, to: number): string {
  const window = text.slice(at, Math.min(to, at + 90));
  // The phrase ends at punctuation, except the full stop of a title or an initial.
  let end = window.length;
  for (let i = 0; i < window.length; i++) {
    const c = window[i];
    if (c === '.' && ABBREVIATED.test(window.slice(Math.max(0, i - 5), i)) && /^\s+\p{Lu}/u.test(window.slice(i + 1, i + 4))) continue;
    // A full stop between two letters ("U.S.", "U.K.") is inside an abbreviation, never the phrase's end.
    if (c === '.' && /\p{L}/u.test(window[i - 1] ?? '') && /^\p{Lu}\./u.test(window.slice(i + 1, i + 3))) continue;
    if (/[,.;:!?§“”"()]/.test(c)) {
      end = i;
      break;
    }
  }
  const phrase = window.slice(0, end);
  // "said people briefed on the talks", "said two people with knowledge of the plan": the source's description runs on.
  const source = /^\s+((?:(?:a|one|two|three|four|several|some)\s+)?(?:people|persons?|sources?|officials?)\s+(?:familiar with|briefed on|close to|with (?:direct )?knowledge of|involved in|aware of)\s+[^,.;:!?§“”"()]{1,40})/iu.exec(phrase);
  if (source) return source[1].trim();
  const m = /^\s+((?:the |a |an )?.{1,80}?)(?=\s+(?:in|at|on|during|after|before|to|while|when|who|that|of the|as|told)\b|$)/su.exec(phrase);
  return m ? m[1].trim() : '';
}

const ACCORDING = /\b(?:according to|in the words of)\s+([^,.;:§“”"]{1,80})/gi;
const SPEECH_NOUN_BY = /\b(?:accusations?|claims?|remarks?|comments?|allegations?|suggestions?|warnings?|criticism|statements?|assertions?|calls?|demands?|threats?|pledges?|promises?) (?:by|from) ((?:the |a |an )?[^,.;:§“”"]{1,60}?)(?= that\b| to\b| of\b|[,.;:§“”"]|$)/gi;
const IN_OWN_WORDS = /\bin (his|her|their) (?:own )?words\b/gi;
const COLON_CUE = /(?:^|[.;]\s+)([^.;:§“”"]{1,60}):\s*[“"«„]/g;

/** Finds the reporting cues of text[from, to) (quoted words masked). */
export function findCues(masked: string, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  const sentence = masked.slice(from, to);
  for (const m of matchesOf(VERB_ANY, sentence)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const lead = masked.slice(Math.max(from, start - WINDOW), start);
    if (NOUN_BEFORE.test(lead) || /so-$/i.test(lead)) continue;
    // Passive voice ("could be called in", "was described as"): the subject is not the speaker, except "was quoted as saying".
    if (/\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?$/i.test(lead) && /ed$/.test(m[0]) && !/^\s+as\s+say/i.test(masked.slice(start + m[0].length, start + m[0].length + 12))) continue;
    const verb = m[0];
    const rest = masked.slice(end, Math.min(to, end + WINDOW));
    // "X quoted him as saying": the speaker is the one quoted, not the outlet.
    const quoted = /^quot(?:ed|es|ing)$/i.test(verb) ? /^\s+(.{1,60}?)\s+as\s+say(?:ing|s)\b/.exec(rest) : null;
    if (/^quot/i.test(verb) && !quoted && !/^\s+as\s+say/i.test(rest)) continue;
    const clauseMatch = /^(?:\s+[^\s§“”".]+){0,5}?\s+that\s/.exec(rest);
    const clause = clauseMatch ? end + clauseMatch[0].length : -1;
    let phrase: string | null;
    if (quoted) phrase = quoted[1];
    else if (isParticiple(verb) && /(?:,|\band|\bbefore|\bafter|\bwhile|\bwhen)\s*$/i.test(lead)) phrase = null;
    // "issued a statement saying", "in a post saying": the statement's author is the sentence's subject.
    else if (isParticiple(verb) && /\b(?:statement|post|letter|message|tweet|video|note|release|communiqu[eé]|readout|report|speech|interview|op-ed|article|editorial)\s*$/i.test(lead)) phrase = null;
    else if (!/[\p{L}\p{N}]/u.test(lead.replace(MASK_RUN, ' ')) || /[”"’]\s*,?\s*$/.test(lead) || (/,\s*$/.test(lead) && INVERTING_VERB.test(verb) && NAME_THEN_STOP.test(rest))) {
      phrase = subjectAfter(masked, end, to) || subjectBefore(masked, from, start) || null;
    } else phrase = subjectBefore(masked, from, start) || null;
    cues.push({ text: masked.slice(start, end), start, end, phrase, clause });
  }
  // "according to X", "in the words of X"
  const lower = sentence.toLowerCase();
  if (lower.includes('according to') || lower.includes('words of')) for (const m of matchesOf(ACCORDING, sentence)) {
    const start = from + m.index;
    cues.push({ text: m[0], start, end: start + m[0].length, phrase: m[1].replace(/['’]s\s+(?:statement|readout|remarks|comments|report)$/i, '').trim(), clause: -1 });
  }
  // Nouns of speech with their speaker: "accusations by a US senator that …", "remarks from the minister".
  if (/\b(?:by|from)\b/.test(sentence)) for (const m of matchesOf(SPEECH_NOUN_BY, sentence)) {
    const start = from + m.index;
    cues.push({ text: m[0], start, end: start + m[0].length, phrase: m[1], clause: -1 });
  }
  // "in his words"
  if (lower.includes(' words')) for (const m of matchesOf(IN_OWN_WORDS, sentence)) {
    const start = from + m.index;
    cues.push({ text: m[0], start, end: start + m[0].length, phrase: m[1] === 'his' ? 'he' : m[1] === 'her' ? 'she' : 'they', clause: -1 });
  }
  // "Name: “…”" and "He said: “…”" — a colon before a quotation.
  const verbCues = cues.slice();
  let v = 0;
  if (sentence.includes(':')) for (const m of matchesOf(COLON_CUE, sentence)) {
    const start = from + m.index + m[0].indexOf(m[1]);
    while (v < verbCues.length && verbCues[v].start < start) v++;
    if (v < verbCues.length && verbCues[v].end <= start + m[1].length + 1) continue;
    if (m[1].split(/\s+/).length > 6) continue;
    cues.push({ text: `${m[1]}:`, start, end: start + m[1].length + 1, phrase: m[1], clause: -1 });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** The noun phrase a sentence opens with, after any introductory phrase ("In a post on X, the embassy …"). */
export function openingSubject(masked: string, from: number, to: number): string {
  let start = from;
  const lead = masked.slice(from, Math.min(to, from + 120));
  if (/^(?:in|on|at|during|after|before|amid|despite|speaking|asked|according|while|when|following)\b/i.test(lead)) {
    const comma = lead.indexOf(',');
    if (comma < 0) return '';
    start = from + comma + 1;
  }
  const toks = tokens(masked, start, Math.min(to, start + 100));
  const out: string[] = [];
  for (const [i, t] of toks.entries()) {
    const w = fold(t.text);
    // "Pepsi, Coca-Cola, Costco and Winnebago are among retailers that said": a list of names is no one speaker.
    if (out.length && /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(toks[i - 1].text) && masked.slice(toks[i - 1].end, t.start).includes(',')) return '';
    if (out.length && (BETWEEN.has(w) || endsSubject(t.text) || VERB_WORD.test(t.text) || /^\p{Ll}+(?:ed|s)$/u.test(t.text) && !GROUP_NOUNS.has(w) && !PERSON_NOUNS.has(w))) break;
    out.push(t.text);
    if (out.length >= 6) break;
  }
  return out.join(' ');
}
