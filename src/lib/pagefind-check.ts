// Checks Pagefind's entry file after writing, because Pagefind can fail after Astro has reported success.

/** What the index must hold: one record per article page and per quote page. */
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
  if (pages !== expected.pages) return [`the Pagefind index holds ${pages} pages, expected ${expected.pages} (one per article and per quote)`];
  return [];
}
