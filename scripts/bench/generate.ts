// The benchmark's synthetic collection: N article files from varied templates, deterministic for a seed.
// Pure: options in, articles out (the runner writes them). Some statements are re-reported by several
// articles, so cross-article quote matching and story grouping have real work to do.
import { buildPeople, type Person } from './people.ts';
import { boilerplateLine, headline, narrativeParagraph, partialPhrase, quoteSentence, relatedList, type TopicWords } from './phrases.ts';
import { createRng, deriveSeed, type Rng } from './prng.ts';
import { MARK_STYLES, reportIndirect, reportPartial, reportSpeech, reportUnnamed, type Marks } from './quote-styles.ts';

export type { TopicWords } from './phrases.ts';

/** What to generate. */
export interface GenerateOptions {
  /** Number of articles. */
  articles: number;
  /** Seed of the generator (default 1). */
  seed?: number;
  /** Topics whose signal words the articles use. */
  topics: TopicWords[];
}

/** One generated article file. */
export interface GeneratedArticle {
  /** File name, e.g. `00042_3f9a0c1d2e4b5a69.txt`. */
  file: string;
  text: string;
}

/** A statement several articles re-report. */
interface Statement {
  person: Person;
  topic: TopicWords;
  sentences: string[];
}

/** Shared state of a collection: the people and the statements that travel between articles. */
export interface Collection {
  people: Person[];
  statements: Statement[];
  topics: TopicWords[];
  seed: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const OUTLETS = ['express.co.uk', 'Reuters', 'The Diplomat', 'South China Morning Post', 'Defense News', 'Asia Times', 'The Guardian', 'Nikkei Asia', 'Global Times', 'Taipei Times'];
const CITIES = ['BEIJING', 'WASHINGTON', 'HONG KONG', 'TAIPEI', 'TOKYO', 'MANILA', 'SINGAPORE', 'BRUSSELS', 'SHANGHAI', 'GENEVA'];
const CLAIMS = ['the two sides had agreed to keep talking.', 'the measures were purely defensive.', 'the sanctions would be reviewed next year.', 'more needed to be done to rebuild trust.', 'the patrols would continue as planned.', 'the visit had been planned for months.'];

/** Turns a topic list (slug + signals with `*` wildcards) into the generator's topic words. */
export function topicWords(topics: Array<{ slug: string; signals: string[] }>): TopicWords[] {
  return topics.map((t) => ({ slug: t.slug, words: t.signals.map((s) => s.replace(/\*$/, '')).filter((s) => s.length > 2) }));
}

/** Builds the people and shared statements of a collection of `articles` articles. */
export function createCollection(options: GenerateOptions): Collection {
  const seed = options.seed ?? 1;
  if (options.topics.length === 0) throw new Error('the generator needs at least one topic');
  const people = buildPeople(createRng(deriveSeed(seed, 'people')), Math.min(8000, Math.max(2000, Math.round(options.articles / 2))));
  const rng = createRng(deriveSeed(seed, 'statements'));
  const statements: Statement[] = [];
  const count = Math.max(10, Math.round(options.articles / 8));
  for (let i = 0; i < count; i++) {
    const topic = rng.pick(options.topics);
    const n = rng.int(1, 4);
    statements.push({ person: people[rng.skewed(people.length)], topic, sentences: Array.from({ length: n }, () => quoteSentence(rng, topic)) });
  }
  return { people, statements, topics: options.topics, seed };
}

/** A stated publication date in one of the formats outlets use. */
function dateLine(rng: Rng): string {
  const y = rng.int(2019, 2024);
  const mo = rng.int(1, 12);
  const d = rng.int(1, 28);
  const M = MONTHS[mo - 1];
  const pad = (n: number) => String(n).padStart(2, '0');
  return rng.pick([
    () => `Published: ${M} ${d}, ${y}`,
    () => `${d} ${M} ${y}`,
    () => `Updated ${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))} GMT, ${d} ${M} ${y}`,
    () => `${y}-${pad(mo)}-${pad(d)}`,
    () => `${rng.pick(DAYS)} ${d} ${M.slice(0, 3)} ${y} ${pad(rng.int(0, 23))}.${pad(rng.int(0, 59))} BST`,
    () => `${M} ${d}, ${y} / ${rng.int(1, 12)}:${pad(rng.int(0, 59))} ${rng.pick(['AM', 'PM'])}`,
  ])();
}

/** A dateline opening the first paragraph, or nothing. */
function dateline(rng: Rng): string {
  if (rng.chance(0.5)) return '';
  const city = rng.pick(CITIES);
  return rng.pick([
    () => `${city} (Reuters) - `,
    () => `${city}, ${rng.pick(MONTHS)} ${rng.int(1, 28)} (Reuters) - `,
    () => `${city} — `,
    () => `${city} (AP) — `,
    () => `${rng.pick(OUTLETS)} ,${city.charAt(0)}${city.slice(1).toLowerCase()} :- `,
  ])();
}

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Generates article `index` of a collection. Each article has its own random stream, so it does not depend on the others. */
export function generateArticle(c: Collection, index: number): GeneratedArticle {
  const rng = createRng(deriveSeed(c.seed, `article-${index}`));
  const topic = rng.pick(c.topics);
  const second = rng.chance(0.4) ? rng.pick(c.topics) : null;
  const marks: Marks = rng.next() < 0.65 ? MARK_STYLES[0] : rng.next() < 0.93 ? MARK_STYLES[1] : MARK_STYLES[2];
  const target = rng.int(300, 1500);
  const lines: string[] = [];
  const title = headline(rng, topic);
  if (rng.chance(0.04)) lines.push('---', `title: "${title.replace(/"/g, "'")}"`, `source: ${rng.pick(OUTLETS)}`, '---');
  if (rng.chance(0.15)) lines.push(rng.pick(['Home | World | Asia | Business', 'Menu', 'World News', 'Skip to content']));
  if (rng.chance(0.95)) lines.push(title);
  if (rng.chance(0.1)) lines.push(rng.pick(['World Defense', 'Asia Pacific', 'Politics']), title);
  if (rng.chance(0.4)) lines.push(`By ${rng.pick(c.people.filter((p) => p.kind === 'person').slice(0, 200)).name}${rng.chance(0.3) ? ', Reuters' : ''}`);
  if (rng.chance(0.7)) lines.push(dateLine(rng));
  if (rng.chance(0.3)) lines.push(boilerplateLine(rng, topic));

  const cast = Array.from({ length: rng.int(1, 4) }, () => c.people[rng.skewed(c.people.length)]);
  const introduced = new Set<Person>();
  let words = 0;
  const add = (p: string) => {
    lines.push(p);
    words += countWords(p);
  };
  add(dateline(rng) + narrativeParagraph(rng, topic));
  let usedShared = false;
  while (words < target) {
    const r = rng.next();
    const t = second && rng.chance(0.3) ? second : topic;
    if (r < 0.5) add(narrativeParagraph(rng, t));
    else if (r < 0.62 && !usedShared && rng.chance(0.6)) {
      // Re-report a statement that other articles carry too: whole, or its first sentence only.
      usedShared = true;
      const st = c.statements[rng.skewed(c.statements.length, 1.5)];
      const sentences = rng.chance(0.7) ? st.sentences : st.sentences.slice(0, 1);
      for (const p of reportSpeech(rng, { person: st.person, introduced: introduced.has(st.person), sentences, marks })) add(p);
      introduced.add(st.person);
    } else if (r < 0.85) {
      const p = rng.pick(cast);
      const sentences = Array.from({ length: rng.int(1, 4) }, () => quoteSentence(rng, t));
      for (const para of reportSpeech(rng, { person: p, introduced: introduced.has(p), sentences, marks })) add(para);
      introduced.add(p);
    } else if (r < 0.9) {
      const p = rng.pick(cast);
      add(reportPartial(rng, p, introduced.has(p), partialPhrase(rng), marks));
      introduced.add(p);
    } else if (r < 0.94) {
      const p = rng.pick(cast);
      add(reportIndirect(rng, p, introduced.has(p), rng.pick(CLAIMS)));
      introduced.add(p);
    } else if (r < 0.96) add(reportUnnamed(rng, [quoteSentence(rng, t)], marks));
    else if (r < 0.985) lines.push(boilerplateLine(rng, topic));
    else lines.push(...relatedList(rng, topic));
  }
  if (rng.chance(0.3)) lines.push(`Reporting by ${rng.pick(c.people).short}; Editing by ${rng.pick(c.people).short}`);
  if (rng.chance(0.3)) lines.push(...relatedList(rng, topic));
  if (rng.chance(0.3)) lines.push(`source: ${rng.pick(OUTLETS).toLowerCase().replace(/ /g, '')}${rng.chance(0.5) ? '.com' : ''}`);
  if (rng.chance(0.15)) lines.push(`© ${rng.int(2019, 2024)} ${rng.pick(OUTLETS)}. All rights reserved.`);

  const eol = rng.chance(0.05) ? '\r\n' : '\n';
  let text = lines.join(eol + eol) + eol;
  if (rng.chance(0.03)) text = '\uFEFF' + text;
  if (rng.chance(0.05)) text = text.replace(/ (Reuters|AP)\)/, '\u00a0($1)');
  return { file: `${String(index).padStart(5, '0')}_${rng.hex(16)}.txt`, text };
}

/** Generates the whole collection, article by article (a generator, so a caller can write as it goes). */
export function* generateArticles(options: GenerateOptions): Generator<GeneratedArticle> {
  const c = createCollection(options);
  for (let i = 0; i < options.articles; i++) yield generateArticle(c, i);
}
