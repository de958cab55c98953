// Word tables indexed with words read from articles: a plain object literal answers for the words every object has
// ("constructor", "toString", "__proto__"), which made "constructor" a nationality and could hand a function to code
// expecting a string. These tables have no prototype, so only their own entries answer.

/** A read-only lookup table of `entries` with no inherited keys. */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
