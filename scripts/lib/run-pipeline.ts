import type { Topic } from '../../src/schemas/index.ts';
import { analyseArticle } from '../pipeline/analyse-article.ts';
import type { ArticleAnalysis, Cleaned, Metadata } from '../pipeline/types.ts';
import { readArticleFile } from './read-inputs.ts';

const emptyCleaned: Cleaned = { title: null, titleLine: null, standfirst: [], dateline: null, byline: null, paragraphs: [], removed: [], findings: [] };
const emptyMeta: Metadata = { date: null, dateText: null, source: null, byline: null, findings: [] };

/** An analysis for a file that is reported and left out of the corpus. */
export function skippedAnalysis(file: string, rule: string, message: string): ArticleAnalysis {
  return {
    file, frontMatter: {}, cleaned: emptyCleaned, meta: emptyMeta, mentions: [], quotes: [], topics: [], quoteTopics: [],
    findings: [{ line: null, rule, message, severity: 'warning' }],
    unreadable: true,
  };
}

/** Where in the pipeline an unexpected exception came from: the first stack frame inside scripts/, as `path:line`. */
function whereThrown(error: unknown): string {
  const frame = String((error as Error)?.stack ?? '').split('\n').find((l) => /scripts[\\/]/.test(l));
  const m = frame?.match(/(scripts[\\/][^:()]+):(\d+)/);
  return m ? ` (at ${m[1].replace(/\\/g, '/')}:${m[2]})` : '';
}

/**
 * Reads and analyses each file of `dir` in order. Never throws for one file: an unreadable file, or a bug in a
 * stage that throws on it, becomes a warning on that file, which is left out while the others still come out.
 */
export function analyseFiles(dir: string, files: string[], topics: Topic[], onProgress?: (done: number) => void): ArticleAnalysis[] {
  return files.map((file, i) => {
    const input = readArticleFile(dir, file);
    let analysis: ArticleAnalysis;
    if (input.problem) analysis = skippedAnalysis(file, input.problem.rule, input.problem.message);
    else {
      try {
        analysis = analyseArticle(file, input.bytes, topics);
      } catch (error) {
        const message = String((error as Error)?.message ?? error).split('\n')[0].slice(0, 200);
        analysis = skippedAnalysis(file, 'internal-error', `the analysis failed on this file, a bug in the build script: ${message}${whereThrown(error)}; skipped`);
      }
    }
    onProgress?.(i + 1);
    return analysis;
  });
}
