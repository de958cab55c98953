import type { Quote } from '../../src/schemas/index.ts';

/** Normalised words of a quote, for matching. */
export function quoteKey(text: string): string {
  return (text.toLowerCase().replace(/['’‘]/g, '').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** Links quotations that other articles carry too. Returns quote id -> ids of matches in other articles. (Placeholder: same words exactly; indexed, not all pairs.) */
export function linkQuotes(quotes: Quote[]): Map<string, string[]> {
  const byKey = new Map<string, Quote[]>();
  for (const q of quotes) {
    if (q.kind === 'indirect') continue;
    const key = quoteKey(q.text);
    if (key.split(' ').length < 4) continue;
    const list = byKey.get(key) ?? [];
    list.push(q);
    byKey.set(key, list);
  }
  const links = new Map<string, string[]>();
  for (const group of byKey.values()) {
    for (const q of group) {
      const others = group.filter((o) => o.article !== q.article).map((o) => o.id);
      if (others.length) links.set(q.id, others);
    }
  }
  return links;
}
