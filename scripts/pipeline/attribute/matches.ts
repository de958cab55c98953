// All matches of a shared global pattern, without String.prototype.matchAll's cost.

/**
 * Every match of a global pattern in `text`, as `[...text.matchAll(re)]` gives them. Why not matchAll: it copies the
 * pattern on every call, which for the long patterns here costs more than the search itself. `re` must be global and
 * is shared, so the matches are collected before the caller's loop runs.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advanceIndex(text, re.lastIndex, re.unicode || re.unicodeSets);
  }
  re.lastIndex = 0;
  return out;
}

/** The index after an empty match at i: past a whole surrogate pair in a Unicode pattern, as matchAll advances. */
function advanceIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
