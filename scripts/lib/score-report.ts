import type { ArticleScore, Metrics, Totals } from './score.ts';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The figures of one gold set (or all of them) as the lines the eval prints, in the shared scorer's layout. */
export function formatMetrics(m: Metrics, t: Totals, articles: number): string[] {
  return [
    `quotes      P ${pct(m.quoteP)}  R ${pct(m.quoteR)}  F1 ${pct(m.quoteF1)}  (${t.foundQuotes}/${t.goldQuotes} found with the right speaker, ${t.rightQuotes}/${t.predQuotes} predicted right)`,
    `words       detect P ${pct(m.wordDetectP)} R ${pct(m.wordDetectR)}   attributed P ${pct(m.wordAttribP)} R ${pct(m.wordAttribR)} F1 ${pct(m.wordAttribF1)}`,
    `dates       ${m.datedRight}/${m.datedArticles} stated dates found, ${m.datesInvented} invented for undated articles`,
    `articles    title ${pct(m.title)}  date ${pct(m.date)}  source ${pct(m.source)}  topics ${pct(m.topics)} (${m.topicsWrong} wrong)`,
    `cleaning    boilerplate removed ${pct(m.boilerplateRemoved)} (${t.boilerplate - t.boilerplateLeft}/${t.boilerplate})  body kept ${pct(m.bodyKept)} (${t.bodyMust - t.bodyLost}/${t.bodyMust})  duplicate paragraphs ${m.duplicateParagraphs}`,
    `speakers    people split over several ids: ${m.splitPeople.length ? m.splitPeople.join(', ') : 'none'}`,
    ...(m.articlesMissing ? [`missing     ${m.articlesMissing} of ${articles} articles are not in the corpus`] : []),
    ...(m.unplacedQuotes ? [`unplaced    ${m.unplacedQuotes} predicted quotes are not in the source text`] : []),
  ];
}

/** The worst articles and their problems, indented under each file name. */
export function formatWorst(rows: Array<ArticleScore & { set: string }>, maxProblems = 8): string[] {
  return rows.flatMap((r) => [
    `${r.set}: ${r.file} (${r.problems.length} problem${r.problems.length === 1 ? '' : 's'})`,
    ...r.problems.slice(0, maxProblems).map((p) => `  - ${p}`),
    ...(r.problems.length > maxProblems ? [`  … and ${r.problems.length - maxProblems} more`] : []),
  ]);
}

/** One machine-readable line with the headline figures. */
export const scoreLine = (m: Metrics) =>
  `SCORE quoteF1=${m.quoteF1.toFixed(3)} attribF1=${m.wordAttribF1.toFixed(3)} title=${m.title.toFixed(2)} date=${m.date.toFixed(2)} source=${m.source.toFixed(2)} topics=${m.topics.toFixed(2)} boilerplate=${m.boilerplateRemoved.toFixed(2)} body=${m.bodyKept.toFixed(2)}`;
