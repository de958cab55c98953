// The outlet, as the text names it: a source line, a trust blurb, a copyright line,
// the page title's site part, an agency in the dateline, or a bare domain.
import type { Source } from '../../../src/schemas/index.ts';
import { findDate } from './dates.ts';
import { wordTable } from '../word-table.ts';

// Agencies written in datelines by their short forms.
const AGENCIES: Readonly<Record<string, string>> = wordTable({
  ap: 'Associated Press', afp: 'AFP', reuters: 'Reuters', xinhua: 'Xinhua', upi: 'UPI', dpa: 'dpa',
  ani: 'ANI', pti: 'PTI', ians: 'IANS', efe: 'EFE', ansa: 'ANSA', tass: 'TASS', kyodo: 'Kyodo', yonhap: 'Yonhap',
  bernama: 'Bernama', cna: 'CNA', 'the associated press': 'Associated Press', 'associated press': 'Associated Press',
});

const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\/?$/i;
const URL = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})[/?#]\S*$/i;

/** Cleans a candidate outlet name: no "All rights reserved", years, "powered by…", second sentence or clause. */
function tidy(name: string): string | null {
  if (findDate(name) || /\d{1,2}:\d{2}/.test(name)) return null;
  let t = name
    .replace(/\b(?:all rights reserved|powered by|unless otherwise|read the original|published by)\b.*$/i, '')
    .replace(/^(?:copyright|©|\(c\))\s*/i, '')
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b/g, ' ')
    .replace(/^(?:copyright|©|\(c\))\s*/i, '')
    .replace(/\s+(?:and|with|&)\s+(?:other\s+)?(?:news\s+)?(?:agencies|wires?|wire services)\b.*$/i, '');
  // A full stop after a lone capital is an abbreviation ("U.S. Department of Commerce"), not a sentence end.
  t = t.replace(/\s*(?:[,;|]|(?<!(?:^|[\s.])\p{Lu})\.\s).*$/u, '');
  t = t.replace(/^[\s:,.\-–—]+|[\s:,.\-–—]+$/g, '').replace(/\s+/g, ' ').trim();
  if (t.length < 2 || t.length > 90 || !/\p{L}/u.test(t) || /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i.test(t)) return null;
  return t;
}

/** A Source for a name or domain; a domain also gives the url. */
function toSource(raw: string): Source | null {
  const url = URL.exec(raw.trim());
  if (url) return { name: url[1].toLowerCase(), url: /^https?:/i.test(raw.trim()) ? raw.trim() : `https://${raw.trim()}` };
  const name = tidy(raw);
  if (!name) return null;
  const d = DOMAIN.exec(name);
  if (d) return { name: d[1].toLowerCase(), url: /^https?:/i.test(name) ? name : `https://${d[1].toLowerCase()}` };
  return { name: AGENCIES[name.toLowerCase()] ?? name, url: null };
}

/** "source: express.co.uk", "Source: Reuters", "Originally published on X" → the outlet. */
export function sourceFromSourceLine(line: string): Source | null {
  const m = /^\W{0,3}(?:(?:source|sources|via)\s*[:\-–]|originally published (?:at|on|in|by)|first published (?:on|in|at|by)|this (?:article|story) (?:was |first |originally )*(?:published|appeared) (?:on|in|at|by)|republished (?:from|with))\s*[:\-–]?\s*(.{2,80})$/i.exec(line.length > 120 ? '' : line);
  return m ? toSource(m[1]) : null;
}

/** "Why you can trust SCMP" → SCMP. */
export function sourceFromTrust(line: string): Source | null {
  const m = /^why you can trust\s+(.{2,60})$/i.exec(line.length > 100 ? '' : line);
  return m ? toSource(m[1].replace(/[?!.]+$/, '')) : null;
}

/** "© 2024 Reuters", "Copyright 2020 The Associated Press. All rights reserved." → the holder. */
export function sourceFromCopyright(line: string): Source | null {
  if (line.length > 300) return null;
  const m = /(?:©|\(c\)|copyright\s*(?:©|\(c\))|copyright(?=\s+\d{4}))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([\p{L}\p{N}][\p{L}\p{N} &'’.-]{1,80}?)\s*(?:(?<!(?:^|[\s.])\p{Lu})\.\s|[,|;:]\s|\ball rights\b|$|\.$)/iu.exec(line);
  if (!m) return null;
  const holder = m[1].replace(/^(?:by|the)\s+(?=\p{Lu})/iu, (x) => (/^the/i.test(x) ? x : ''));
  if (/^(?:all|copyright|\d+)$/i.test(holder.trim())) return null;
  return toSource(holder);
}

/** "(Reuters)", "(AP)" in a dateline → the agency. */
export function sourceFromDateline(dateline: string): Source | null {
  const m = /\(([^()]{2,40})\)/.exec(dateline);
  return m ? toSource(m[1]) : null;
}

/** A line that is only a domain ("www.example.com") → the domain. */
export function sourceFromDomainLine(line: string): Source | null {
  return line.length <= 80 && DOMAIN.test(line.trim()) ? toSource(line.trim()) : null;
}

/** The site part of a page title ("Headline - Site"), when the page's headline matched it. */
export function sourceFromSiteName(site: string): Source | null {
  return toSource(site);
}

// Words that end the names of news outlets ("Global Times", "Capitol Ledger", "Daily Mail").
const OUTLET_WORD = String.raw`(?:Times|News|Post|Press|Daily|Herald|Journal|Tribune|Gazette|Telegraph|Wire|Media|Network|Magazine|Review|Observer|Chronicle|Monitor|Standard|Express|Mail|Courier|Guardian|Independent|Insider|Today|Weekly|Agency|Broadcasting|Radio|Television|Ledger|Bulletin|Dispatch|Register|Examiner|Inquirer|Sentinel|Star|Sun|Globe|Report|Reporter)`;
const OUTLET_NAME = new RegExp(String.raw`((?:The\s+)?(?:\p{Lu}[\p{Ll}&'’.-]*\s+){0,3}${OUTLET_WORD})\b`, 'u');
const DOMAIN_IN_TEXT = /\b((?:[a-z0-9-]+\.)+(?:com|co\.uk|org|net|news|info|co|io|tv|cn|hk|tw|kr|jp|in|au|ca|de|fr|uk))\b/i;
const ROLE_AT = /\b(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|bureau chief)\s+(?:at|for|with|of)\s+((?:the\s+)?[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s+(?:of|the|and|&|[\p{Lu}\d][\p{L}\d&'’.-]*)){0,5})/iu;
/** The capitalised name at the start of a captured phrase ("Foreign Policy and writes on …" → "Foreign Policy"). */
function leadingName(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    if (/^[\p{Lu}\d]/u.test(w) || (out.length && /^(?:of|the|and|&)$/.test(w))) out.push(w);
    else if (!out.length && w === 'the') continue;
    else break;
  }
  while (out.length && /^(?:of|the|and|&)$/i.test(out.at(-1)!)) out.pop();
  return out.length ? out.join(' ') : null;
}

const NOT_ACRONYM = new Set(['PHD', 'MD', 'MBA', 'JR', 'SR', 'II', 'III', 'USA', 'US', 'UK', 'EU', 'UN']);

/** A byline that names the outlet: "By Global Times", "By Jane Doe, CNN", "By JANE DOE Associated Press",
 * "By JANE DOE, POLITICAL EDITOR FOR EXAMPLE.COM", "By Jane Doe, a staff writer at Foreign Affairs Weekly". */
export function sourceFromByline(line: string): Source | null {
  if (line.length > 200 || !/^(?:[Ww]ritten |[Rr]eported )?(?:by|BY|By)\s/.test(line)) return null;
  const rest = line.replace(/^(?:written |reported )?by\s+/i, '');
  const domain = DOMAIN_IN_TEXT.exec(rest);
  if (domain && !/@/.test(rest.slice(Math.max(0, domain.index - 1), domain.index))) return toSource(domain[1].toLowerCase());
  const at = ROLE_AT.exec(rest);
  const atName = at ? leadingName(at[1]) : null;
  if (atName) return toSource(atName);
  // "By AFP", "By Reuters Staff": an agency alone or with staff; "By VNT's Jane Doe": the outlet's possessive.
  const whole = rest.trim().replace(/\s+(?:staff|reporters?|wire|desk)$/i, '').replace(/[.,]$/, '');
  if (AGENCIES[whole.toLowerCase()]) return toSource(whole);
  const possessive = /^(\p{Lu}[\p{Lu}\d&.-]{1,10})['’]s\s+\p{Lu}/u.exec(rest);
  if (possessive) return toSource(possessive[1]);
  const agency = Object.keys(AGENCIES).find((k) => k.length > 3 && new RegExp(String.raw`\b${k}\b`, 'i').test(rest));
  if (agency) return toSource(agency);
  const org = OUTLET_NAME.exec(rest);
  if (org) return toSource(org[1]);
  // "By Jane Doe and Omar Said, CNN": an acronym after the names.
  const acronym = /,\s*(\p{Lu}{2,6})\s*$/u.exec(rest);
  if (acronym && !NOT_ACRONYM.has(acronym[1])) return toSource(acronym[1]);
  return null;
}

/** "Jane Doe is a staff writer at Foreign Policy." → the outlet the writer works for. */
export function sourceFromBio(line: string): Source | null {
  if (line.length > 300) return null;
  const m = ROLE_AT.exec(line);
  const name = m ? leadingName(m[1]) : null;
  return name ? toSource(name) : null;
}

/** "MORE FROM X", "Most read from X": the site promoting its own stories names itself. */
export function sourceFromMoreFrom(line: string): Source | null {
  const m = /^(?:more|most read|most popular|most viewed|latest|the latest|more stories|more news|top stories|also) from\s+(.{2,40})$/i.exec(line.length > 60 ? '' : line.trim());
  if (!m || !/^[\p{Lu}\d]/u.test(m[1]) || /^(?:the (?:web|author|writer)|this|our|around|partners|elsewhere|across)\b/i.test(m[1])) return null;
  return toSource(m[1]);
}

/** "The Example Post - Back to home": a link to the site's home page names the site. */
export function sourceFromHomeLink(line: string): Source | null {
  const m = /^(.{2,50}?)\s*[-–—|:]\s*(?:back to|go to|return to) (?:the )?home(?:page)?$/i.exec(line.length > 80 ? '' : line.trim());
  return m ? toSource(m[1]) : null;
}

