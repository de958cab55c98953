// Text copied from e-mail, PDFs or terminals arrives hard-wrapped: one paragraph over several
// lines. Lines are joined back into paragraphs before they are judged, keeping every line slot
// (a joined line's slot becomes blank) so file line numbers stay right.

const TERMINAL = /[.!?…:;"”’)\]]$/;

/** True when the text is hard-wrapped: most long lines stop short of a sentence end and run on into the next line. */
export function isHardWrapped(lines: string[]): boolean {
  const lengths: number[] = [];
  for (const l of lines) { const n = l.trim().length; if (n >= 40) lengths.push(n); }
  if (lengths.length < 5) return false;
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.95))];
  if (width > 110) return false;
  let wrapped = 0, long = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const t = lines[i].trim();
    if (t.length < 0.6 * width) continue;
    long++;
    if (!TERMINAL.test(t) && lines[i + 1].trim()) wrapped++;
  }
  return long >= 5 && wrapped >= 0.5 * long;
}

/** Joins wrapped lines. In hard-wrapped text, lines of near-full width run on into the next;
 * anywhere, a long line without a sentence end runs on into a next line that starts in lower case. */
export function unwrapLines(lines: string[]): string[] {
  const out = lines.slice();
  const hard = isHardWrapped(lines);
  let width = 0;
  if (hard) for (const l of lines) width = Math.max(width, Math.min(110, l.trim().length));
  // Wrapping width: the longest line, capped (a stray long line must not hide the wrapping).
  let head = -1; // slot of the paragraph being built
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (!t) { head = -1; continue; }
    if (head >= 0) {
      const prev = lines[i - 1].trim();
      const runsOn = !TERMINAL.test(prev) && prev.length >= 30 && (/^\p{Ll}/u.test(t) || (hard && prev.length >= 0.6 * width));
      if (runsOn && prev.length <= 200) {
        out[head] = `${out[head].trimEnd()}${/-$/.test(prev) && /^\p{Ll}/u.test(t) ? '' : ' '}${t}`;
        out[i] = '';
        continue;
      }
    }
    head = i;
  }
  return out;
}
