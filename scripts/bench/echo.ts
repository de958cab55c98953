// Which lines of a child's output the benchmark shows on the terminal. Everything goes to the step's log; the
// terminal gets the lines a reader needs, so the output of a 10,000-article run stays short enough to read and quote.

/** How many of the build script's per-file problem lines (`file:line rule message`) are shown before the rest are only counted. */
export const PROBLEM_LINES_SHOWN = 5;
/** Astro's per-page lines are shown at most once in this many seconds, as a sign of progress. */
export const PAGE_LINE_EVERY_S = 5;

const PROBLEM = /^.+?\.[A-Za-z0-9]+(?::\d+)? [a-z0-9]+(?:-[a-z0-9]+)+ /;
const PAGE = /^\s*[├└│]|\(\+\d+ms\)\s*$/;

export interface EchoFilter {
  /** The line to show for this output line (trimmed to 160 characters), or null to show nothing. */
  show(line: string, seconds: number): string | null;
  /** A closing line saying what was left out, or null when nothing was. */
  hidden(): string | null;
}

export function echoFilter(): EchoFilter {
  let lastPage = -Infinity;
  let problems = 0;
  let pages = 0;
  return {
    show(line, t) {
      if (!line.trim()) return null;
      if (PAGE.test(line)) {
        if (t - lastPage < PAGE_LINE_EVERY_S) return (pages++, null);
        lastPage = t;
      } else if (PROBLEM.test(line) && ++problems > PROBLEM_LINES_SHOWN) return null;
      return line.slice(0, 160);
    },
    hidden() {
      const parts = [];
      const moreProblems = problems - PROBLEM_LINES_SHOWN;
      if (moreProblems > 0) parts.push(`${moreProblems} more problem line(s) of the build script`);
      if (pages > 0) parts.push(`${pages} page line(s) of Astro`);
      return parts.length ? `(${parts.join(' and ')} not shown; all are in the log)` : null;
    },
  };
}
