// Checks Pagefind's entry file after writing, because Pagefind can fail after Astro has reported success.

/** What the index must hold: one record per article, per quote and per story. */
export interface ExpectedIndex {
  pages: number;
}

/** Problems with `pagefind-entry.json` (its text) against what was expected; empty when the index is sound. */
export function checkPagefindEntry(text: string | null, expected: ExpectedIndex): string[] {
  if (text === null) return ['pagefind/pagefind-entry.json was not written'];
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return ['pagefind/pagefind-entry.json is not valid JSON'];
  }
  const languages = (entry as { languages?: Record<string, { page_count?: unknown }> }).languages;
  if (!languages || typeof languages !== 'object' || Object.keys(languages).length === 0) return ['the Pagefind index has no language'];
  const pages = Object.values(languages).reduce((sum, l) => sum + (typeof l.page_count === 'number' ? l.page_count : 0), 0);
  if (pages !== expected.pages) return [`the Pagefind index holds ${pages} pages, expected ${expected.pages} (one per article, quote and story)`];
  return [];
}

/** Problems with the entry files of an index written in shards (their texts, in order): every shard sound, the pages adding up. */
export function checkPagefindEntries(texts: Array<string | null>, expected: ExpectedIndex): string[] {
  if (texts.length === 0) return ['no Pagefind index was written'];
  const counts: number[] = [];
  for (const [i, text] of texts.entries()) {
    const own = checkPagefindEntry(text, { pages: NaN }).filter((p) => !/ pages, expected /.test(p));
    if (own.length) return own.map((p) => (texts.length > 1 ? `shard ${i}: ${p}` : p));
    const languages = (JSON.parse(text!) as { languages: Record<string, { page_count?: number }> }).languages;
    counts.push(Object.values(languages).reduce((sum, l) => sum + (l.page_count ?? 0), 0));
  }
  const pages = counts.reduce((a, b) => a + b, 0);
  if (pages !== expected.pages) return [`the Pagefind index holds ${pages} pages${texts.length > 1 ? ` in ${texts.length} shards` : ''}, expected ${expected.pages} (one per article, quote and story)`];
  return [];
}
