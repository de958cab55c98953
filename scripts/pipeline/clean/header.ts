// The article's head: headline, byline, dateline. Newswriting conventions, not outlet strings.
import { findDate } from '../metadata/dates.ts';
import { wordWeight, type LineFeatures } from './features.ts';
import { isLabelMenu } from './patterns.ts';

/** True when a line can be a headline: a few words, not a sentence ending in a full stop, not a list item. */
export function isHeadlineLike(f: LineFeatures): boolean {
  const ww = wordWeight(f);
  if (ww < 3 || ww > 30 || f.chars > 220 || f.chars < 12) return false;
  if (f.bullet) return false;
  if (/[.:;,]$/.test(f.text) && !/\.\.\.$|…$/.test(f.text)) return false;
  if (f.sentenceBreaks > 1) return false;
  if (!/\p{L}{2,}/u.test(f.text)) return false;
  // Lines that are all capitals and short are section labels more often than headlines.
  if (f.text === f.text.toUpperCase() && ww <= 3) return false;
  return true;
}

// A run of one to five capitalised name words (Jane, O'Neil, van der Berg, Jean-Luc, J.), stopping
// before words that start what follows a byline ("On 11/20/19", "Published Wed", "Updated").
const STOP = String.raw`(?!(?:On|At|In|For|Published|Updated|Posted|Last|Photo|Photos|Video|Staff|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)`;
const WORD = String.raw`(?:${STOP}\p{Lu}[\p{L}'’.-]*|van|von|de|der|da|del|la|le|bin|al)`;
const NAME = String.raw`${WORD}(?:\s+${WORD}){0,4}`;
const BY = new RegExp(String.raw`^(?:[Ww]ritten |[Rr]eported |[Ww]ords |[Ss]tory )?(?:[Bb]y|BY)\s*:?\s+(${NAME}(?:\s*(?:,|and|&)\s+${NAME}){0,3})`, 'u');
const ROLE = /^(?:[\p{L}&'’-]+\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|analyst|producer|author|bureau chief|critic|staff)s?\b/iu;
const NAME_ONLY = new RegExp(String.raw`^(${NAME})$`, 'u');
// First words of place names, which datelines put where bylines put names ("New Delhi, Nov 19").
const PLACE_START = /^(?:New|San|Santa|Los|Las|Hong|Saint|St\.?|Fort|Port|Mount|North|South|East|West|Rio|Buenos|Abu|Kuala|Tel|Cape)\s/;

// "in Beijing", "in New York": where one of several writers filed from.
const IN_PLACE = String.raw`\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;
const JOIN = String.raw`(?:\s*,\s*and\s+|\s*,\s*|\s+(?:and|&)\s+)`;
const WRITER = String.raw`${NAME}(?:${IN_PLACE})?`;
// Two to four writers' names, then perhaps their role ("…, Example staff writers").
const NAMES = new RegExp(String.raw`^(${WRITER}(?:${JOIN}${WRITER}){1,3})(?:\s*,\s*(.{2,60}))?$`, 'u');

/** The names of a line that lists several writers and nothing else ("Jane Doe in Paris and Omar Said in Rome",
 * "JANE DOE and OMAR SAID, Example staff writers", "Jane Doe, Omar T. Said"), or null. A list of capitalised
 * words is also how title-case headlines look, so the line needs a writer's mark: a role, where each filed
 * from, names in capitals, or a middle initial. */
export function writerNames(text: string): string | null {
  if (text.length > 160) return null;
  const m = NAMES.exec(text);
  if (!m) return null;
  const role = m[2] !== undefined;
  if (role && !ROLE.test(m[2])) return null;
  const names = m[1].split(new RegExp(JOIN, 'u')).map((n) => n.replace(new RegExp(`${IN_PLACE}$`, 'u'), '').trim());
  if (names.some((n) => { const w = n.split(/\s+/).length; return w < 2 || w > 4; })) return null;
  const placed = new RegExp(IN_PLACE, 'u').test(m[1]);
  const capitals = names.every((n) => n === n.toUpperCase());
  const initial = /(?:^|\s)\p{Lu}\.(?=\s)/u.test(m[1]);
  if (!role && !placed && !capitals && !initial) return null;
  return m[1].replace(new RegExp(IN_PLACE, 'gu'), '').trim();
}

/** True when a line is only two to four people's names joined by commas or "and" ("Jane Doe and Omar Said"),
 * which is a byline when a headline stands above it; without that context a title-case headline looks the same. */
export function isNameList(text: string): boolean {
  if (text.length > 120) return false;
  const m = NAMES.exec(text);
  if (!m || m[2] !== undefined) return false;
  return m[1].split(new RegExp(JOIN, 'u')).every((n) => { const w = n.replace(new RegExp(`${IN_PLACE}$`, 'u'), '').trim().split(/\s+/).length; return w >= 2 && w <= 3; });
}

/** Cleans a byline's names: a name printed twice once ("Sean Lee Sean Lee"). */
function tidyName(name: string): string {
  const words = name.split(/\s+/);
  const half = words.length / 2;
  if (words.length % 2 === 0 && words.slice(0, half).join(' ') === words.slice(half).join(' ')) return words.slice(0, half).join(' ');
  return name;
}

/** The name(s) of a byline line ("By Jane Doe", "Jane Doe, Reporter", "Jane Doe - Nov 19, 2019"), or null. */
export function bylineName(text: string): string | null {
  if (text.length > 160) return null;
  // "By Staff Writer", "By Staff": a byline without a person's name.
  const staff = /^by\s+((?:(?:our|the)\s+)?(?:staff|special|foreign|political|own|news|web|online|sports|business)?\s*(?:staff|reporters?|correspondents?|writers?|desk|team|bureau)(?:\s+writer)?)\s*$/i.exec(text);
  if (staff) return staff[1];
  const by = BY.exec(text);
  if (by) {
    // "By Jane Doe, Political Correspondent": the role after the comma is not a second name.
    const parts = by[1].split(/\s*,\s*/);
    const name = parts.filter((p, k) => k === 0 || !ROLE.test(text.slice(text.indexOf(p)))).join(', ').replace(/\s+(?:and|&)\s*$/i, '').trim();
    // "By the time …" is a sentence: a byline's name words are capitalised.
    if (!/^(?:The|This|That|Then|Now|Far|Law|Mid|Late|Early|Default)$/.test(name.split(/\s+/)[0])) return tidyName(name);
    return null;
  }
  const several = writerNames(text);
  if (several) return several;
  const sep = /^([^,|–—]{3,60}?)\s*(,|\||–|—|-)\s*(.{2,80})$/u.exec(text);
  if (sep && NAME_ONLY.test(sep[1].trim()) && /\s/.test(sep[1].trim()) && !PLACE_START.test(sep[1])) {
    const rest = sep[3].trim();
    // "Jane Doe, Reporter"; "Jane Doe - Nov 19, 2019" (a comma before a date is a dateline's "Place, Date").
    if (ROLE.test(rest) || (sep[2] !== ',' && (findDate(rest) || /^(?:\d+\s+(?:hours?|minutes?|days?)\s+ago|updated|published)/i.test(rest)))) return tidyName(sep[1].trim());
  }
  return null;
}

/** A dateline at the start of a paragraph, split off from the paragraph's words. */
export interface Dateline {
  dateline: string;
  rest: string;
}

// "BEIJING (Reuters) -", "WASHINGTON, June 5 (AP) —", "HONG KONG:", "Defense News ,China :-".
const CAPS_PLACE = /^((?:\p{Lu}[\p{Lu}.'’-]+)(?:[ ](?:\p{Lu}[\p{Lu}.'’-]*))*(?:\s*,\s*[\p{L}.'’ ]{2,30}?)?(?:\s*,?\s*(?:[\p{L}.]{3,9}\s+\d{1,2}(?:,\s*\d{4})?))?\s*(?:\([\p{L}\p{N} .&'’-]{2,40}\))?)\s*(?:[-–—]{1,2}|:-|:|\|)\s+(?=\S)/u;
const AGENCY_PLACE = /^([\p{L}][\p{L}.'’ ,]{1,40}?\s*\([\p{L}\p{N} .&'’-]{2,40}\))\s*(?:[-–—]{1,2}|:-|:)\s*(?=\S)/u;
// "(CNN) — A destroyer …": the outlet in brackets alone; "Taipei, (CNA) Taiwan's …": a place and the agency, no dash.
const AGENCY_ONLY = /^(\(\p{Lu}[\p{L}\p{N} .&'’-]{1,30}\))\s*(?:[-–—]{1,2}|:)\s*(?=\S)/u;
const PLACE_AGENCY = /^(\p{Lu}[\p{L}.'’ ]{1,30},\s*\(\p{Lu}[\p{L}\p{N} .&'’-]{1,30}\))\s+(?=\p{Lu})/u;
const COLON_DASH = /^([^.!?"“”:]{2,50}?)\s*:-\s*(?=\S)/u;

/** Splits a dateline off the first paragraph ("BEIJING (Reuters) - China said…"), or null when there is none. */
export function splitDateline(text: string): Dateline | null {
  const head = text.length > 200 ? text.slice(0, 200) : text;
  // "June 20, 2024 — Beijing said …": a date before a dash opens the paragraph.
  const dated = /^(.{6,60}?)\s+(?:[-–—]{1,2})\s+(?=\S)/u.exec(head);
  if (dated && findDate(dated[1]) && !/[.!?]/.test(dated[1].replace(/\b[A-Z][a-z]{2}\./g, '')) && text.length - dated[0].length >= 20) {
    return { dateline: dated[0].trim(), rest: text.slice(dated[0].length).trim() };
  }
  for (const re of [COLON_DASH, AGENCY_ONLY, AGENCY_PLACE, PLACE_AGENCY, CAPS_PLACE]) {
    const m = re.exec(head);
    if (!m) continue;
    const dateline = m[0].trim();
    // A capitals-only prefix must be a place, not an acronym starting a sentence ("US - China ties").
    if (re === CAPS_PLACE && !/\(/.test(dateline) && (m[1].replace(/[^\p{Lu}]/gu, '').length < 4 || /:$/.test(dateline) && m[1].length < 4)) continue;
    const rest = text.slice(m[0].length).trim();
    if (rest.length < 20) continue;
    return { dateline, rest };
  }
  return null;
}

/** Splits a page title "Headline - Site" / "Headline | Site" at its last separator, or null when it has no site part. */
export function splitPageTitle(text: string): { headline: string; site: string } | null {
  if (text.length > 300 || isLabelMenu(text)) return null;
  let at = -1, sepLen = 0;
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' • ']) {
    const i = text.lastIndexOf(sep);
    if (i > at) { at = i; sepLen = sep.length; }
  }
  if (at < 8) return null;
  const headline = text.slice(0, at).trim(), site = text.slice(at + sepLen).trim();
  if (site.length < 2 || site.length > 60 || site.split(' ').length > 6) return null;
  // A site name is capitalised (The Valley Courier, BBC News) or a domain; "what you need to know" is the headline's own tail.
  const lower = site.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:of|the|and|de|la|le|du|des|di|del|da|for|on|in|news|post|times|online|&)$/.test(w));
  if (lower.length && !/^[\w-]+(?:\.[\w-]+)+$/.test(site)) return null;
  return { headline, site };
}

// Small words a name in title case leaves in lower case ("Embassy of the People's Republic of China").
const NAME_CONNECTOR = /^(?:of|the|and|in|for|on|at|de|la|le|du|des|di|da|del|y|&|[-–—·])$/;

/** "The Guardian - Back to home" → "The Guardian": a site name with its home-link label taken off. */
export function stripHomeLink(text: string): string {
  return text.replace(/\s*[-–—|:]\s*(?:back to|go to|return to) (?:the )?home(?:page)?$/i, '').trim();
}

/** True when a line reads as a site's name: a few words, each capitalised (or a small connector), no sentence, no date, no menu separators. */
export function isMastheadText(text: string, maxWords = 6): boolean {
  const t = stripHomeLink(text);
  if (t.length < 2 || t.length > 90 || /[.!?:;,|/]$|[|:;,?!"“”]/.test(t) || findDate(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > maxWords) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_CONNECTOR.test(w)) && /^[\p{Lu}\d]/u.test(words[0]);
}

// "Jane Doe is a staff writer at …", "Omar Said covers trade for …": a note about the writer, printed at the foot.
const BIO = new RegExp(String.raw`^(${NAME})\s+((?:is|was|has been|covers|writes|reports)\b.{0,200})$`, 'u');
const JOURNALIST = /\b(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|bureau chief|covers|writes (?:about|on|for)|reports (?:on|for))\b/i;

/** True when a line is a note about the article's writer: a name, then a journalist's role; or any role when the name is the byline's or a handle follows. */
export function isAuthorBio(text: string, byline: string | null): boolean {
  if (text.length > 400) return false;
  const m = BIO.exec(text);
  if (!m) return false;
  const surname = m[1].split(/\s+/).at(-1)!;
  const byName = byline !== null && surname.length > 1 && byline.toLowerCase().includes(surname.toLowerCase());
  const contact = /@\w|\btwitter\b|\bfollow (?:her|him|them)\b|\bemail\b/i.test(text);
  return JOURNALIST.test(m[2].split(/[.;]/)[0]) || ((byName || contact) && /\b(?:at|for|with)\s+(?:the\s+)?\p{Lu}/u.test(m[2]));
}

