// The outlet, as the text names it: a source line, a trust blurb, a copyright line,
// the page title's site part, an agency in the dateline, or a bare domain.
import type { Source } from '../../../src/schemas/index.ts';
import { findDate } from './dates.ts';

// Agencies written in datelines by their short forms.
const AGENCIES: Record<string, string> = {
  ap: 'Associated Press', afp: 'AFP', reuters: 'Reuters', xinhua: 'Xinhua', upi: 'UPI', dpa: 'dpa',
  ani: 'ANI', pti: 'PTI', ians: 'IANS', efe: 'EFE', ansa: 'ANSA', tass: 'TASS', kyodo: 'Kyodo', yonhap: 'Yonhap',
  bernama: 'Bernama', cna: 'CNA', 'the associated press': 'Associated Press', 'associated press': 'Associated Press',
};

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
  t = t.replace(/\s*(?:[,;|]|\.\s).*$/, '');
  t = t.replace(/^[\s:,.\-–—]+|[\s:,.\-–—]+$/g, '').replace(/\s+/g, ' ').trim();
  if (t.length < 2 || t.length > 60 || !/\p{L}/u.test(t) || /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i.test(t)) return null;
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
  const m = /(?:©|\(c\)|copyright\s*(?:©|\(c\))|copyright(?=\s+\d{4}))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([\p{L}\p{N}][\p{L}\p{N} &'’.-]{1,50}?)\s*(?:[.,|;:]\s|\ball rights\b|$|\.$)/iu.exec(line);
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
