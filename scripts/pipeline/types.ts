// Types passed between the pipeline stages. Published shapes live in src/schemas;
// these are the intermediate ones, which never leave the build script.
import type { Diagnostic, FrontMatter, Paragraph, RemovedLine, Source } from '../../src/schemas/index.ts';

/** A diagnostic before the CLI adds the file name. */
export type Finding = Omit<Diagnostic, 'file'>;

/** Stage 01 output: the file's text, decoded and normalised. */
export interface Decoded {
  /** Normalised text: LF line ends, no BOM, NBSP as space, no NUL. Empty when the file could not be read as text. */
  text: string;
  findings: Finding[];
}

/** Stage 02 output: front matter read, body separated. */
export interface WithFrontMatter {
  /** Validated front matter ({} when there is none). */
  frontMatter: FrontMatter;
  /** The text after the front matter. */
  body: string;
  /** Lines taken by the front matter, so body line n is file line n + lineOffset. */
  lineOffset: number;
  findings: Finding[];
}

/** Stage 03/04 output: the article found in the text. */
export interface Cleaned {
  /** The headline as printed, or null when the text has none. */
  title: string | null;
  /** File line of the headline. */
  titleLine: number | null;
  standfirst: string[];
  dateline: string | null;
  byline: string | null;
  /** The site's name printed at the top of the page above its menu (a masthead), when there is one. */
  masthead?: string | null;
  /** Kept paragraphs in order (ids p1, p2, …; file line numbers). */
  paragraphs: Paragraph[];
  /** Every non-blank line not kept, with its role. */
  removed: RemovedLine[];
  findings: Finding[];
}

/** Stage 05 output. */
export interface Metadata {
  date: string | null;
  dateText: string | null;
  source: Source | null;
  byline: string | null;
  findings: Finding[];
}

/** Stage 06 output: a quotation found in a paragraph, not yet attributed. */
export interface QuoteSpan {
  /** Index into Cleaned.paragraphs. */
  paragraph: number;
  /** Offsets of the quoted words (marks excluded) in the paragraph text. */
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'partial';
  /** File line. */
  line: number;
  /** False when the quotation runs on into the next paragraph (newswriting's open-only paragraphs) or is cut off. */
  closed: boolean;
  /** Transcript-style paragraphs ("MS. QUIST: …"): the speaker's label as printed. */
  label?: string;
}

/** A person or body as one article names them. */
export interface Mention {
  /** The fullest name this article gives, e.g. `Le Yucheng`, `US Treasury Department`. */
  name: string;
  kind: 'person' | 'organisation' | 'unnamed';
  /** Every way the article writes them (`Le`, `Li`, `Le Yucheng`). */
  spellings: string[];
  /** Roles as written (`China’s Vice Foreign Minister`). */
  roles: string[];
}

/** Stage 07 output: a quotation (or indirect statement) with its speaker. */
export interface AttributedQuote {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'partial' | 'indirect';
  line: number;
  /** Index into ArticleAnalysis.mentions, or null when unknown. */
  mention: number | null;
  cue: string | null;
  attribution: 'explicit' | 'pronoun' | 'description' | 'continuation' | 'editorial' | 'none';
}

/** Everything the per-article stages learn about one file. Pure data, no cross-article knowledge. */
export interface ArticleAnalysis {
  file: string;
  frontMatter: FrontMatter;
  cleaned: Cleaned;
  meta: Metadata;
  mentions: Mention[];
  quotes: AttributedQuote[];
  /** Topic slugs of the article, most prominent first. */
  topics: string[];
  /** Topic slugs per quote (same order as quotes). */
  quoteTopics: string[][];
  findings: Finding[];
  /** True when the file could not be read at all (binary, empty…): it is reported and left out. */
  unreadable: boolean;
  /** Words of the kept paragraphs (see bodyWordCount), computed with the analysis; absent, it is counted when the corpus is built. */
  wordCount?: number;
}
