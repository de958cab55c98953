// The search page's filter choices, computed from the corpus with the same labels the indexed pages carry.
import { KIND_LABELS, sourceName, speakerName } from './labels.ts';
import type { SiteIndex } from './site-index.ts';

/** One filter of the search form: its Pagefind key, its label, and its values in display order. */
export interface SearchFilter {
  key: 'speaker' | 'topic' | 'source' | 'kind' | 'story';
  label: string;
  values: string[];
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en'));

/** Speakers (and stories) listed in the page itself; the search script adds the rest (filterValues), so the page stays light at scale. */
export const LISTED_SPEAKERS = 300;

/** The filters and their values: only values some record carries, so every choice finds something; speakers: the most quoted. */
export function searchOptions(index: SiteIndex, listedSpeakers = LISTED_SPEAKERS): SearchFilter[] {
  const quoteTopics = index.quotes.flatMap((q) => q.topics);
  const articleTopics = index.articles.flatMap((a) => a.topics);
  const kinds = new Set<string>(['article', ...index.quotes.map((q) => q.kind)]);
  return [
    {
      key: 'speaker',
      label: 'Speaker',
      values: sorted([
        ...index.speakers.filter((s) => index.quotesBySpeaker.has(s.id)).slice(0, listedSpeakers).map((s) => speakerName(s)),
        ...(index.quotes.some((q) => q.speaker === null || !index.speaker.has(q.speaker)) ? [speakerName(null)] : []),
      ]),
    },
    { key: 'topic', label: 'Topic', values: sorted([...quoteTopics, ...articleTopics].flatMap((t) => (index.topic.has(t) ? [index.topic.get(t)!.label] : []))) },
    { key: 'source', label: 'Outlet', values: sorted(index.articles.map(sourceName)) },
    { key: 'kind', label: 'Kind', values: (Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[]).filter((k) => kinds.has(k)).map((k) => KIND_LABELS[k]) },
    // Stories: the largest listed in the page (the script adds the rest from the index); no filter without stories.
    ...(index.stories.length ? [{ key: 'story' as const, label: 'Story', values: sorted([...index.stories].sort((a, b) => b.articles.length - a.articles.length).slice(0, listedSpeakers).map((s) => s.title)) }] : []),
  ];
}

/** Every value of every filter (the search page lists only the first LISTED_SPEAKERS speakers and stories): key -> values. */
export const filterValues = (index: SiteIndex): Record<string, string[]> =>
  Object.fromEntries(searchOptions(index, Number.POSITIVE_INFINITY).map((f) => [f.key, f.values]));
