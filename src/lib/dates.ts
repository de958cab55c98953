// Dates as the corpus gives them (YYYY-MM-DD or null), shown without locale or time zone so builds are deterministic.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What the site prints for an article without a stated date. */
export const NO_DATE = 'date not stated';

/** `2024-06-20` → `20 June 2024`; null → `date not stated`. */
export function formatDate(date: string | null): string {
  if (date === null) return NO_DATE;
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d || m > 12) return date;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** `2024-06-20` → an RFC 822 date for RSS (midnight UTC); null when the date is not stated. */
export function rfc822(date: string | null): string | null {
  if (date === null) return null;
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) ? null : new Date(t).toUTCString();
}

/** Sorts newest first; undated items last; ties broken by `key` so the order never depends on input order. */
export function newestFirst<T>(items: readonly T[], dateOf: (item: T) => string | null, key: (item: T) => string): T[] {
  return [...items].sort((a, b) => {
    const da = dateOf(a);
    const db = dateOf(b);
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? 1 : -1;
    }
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
