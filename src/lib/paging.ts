// Long lists cut into pages, so that every page of the site stays small however large the collection grows.

/** Items per page of each paginated list. */
export const PER_PAGE = {
  /** The full article list and a topic's articles. */
  articles: 100,
  /** A topic's quotations. */
  quotes: 100,
  /** The speakers index. */
  speakers: 200,
  /** The stories index. */
  stories: 100,
  /** Articles (each with that speaker's quotes) per page of a speaker. */
  speakerArticles: 20,
} as const;

/** How many pages `total` items make at `per` a page (at least one, so an empty list still has its page). */
export function pageCount(total: number, per: number): number {
  return Math.max(1, Math.ceil(total / per));
}

/** The items of page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, per: number): T[] {
  return items.slice((page - 1) * per, page * per);
}

/** Page `page` of the list rooted at `base` (ending in `/`): page 1 is the root, the others `base/page/N/`. */
export function pagedUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

/** The numbers 2..pages: the extra pages a paginated route builds besides its root. */
export function laterPages(pages: number): number[] {
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => i + 2);
}

/** Page numbers a pager shows: the first, the last and `width` either side of the current one; null marks a gap. */
export function pagerNumbers(page: number, pages: number, width = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= width) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
