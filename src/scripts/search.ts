// Search page behaviour: reads the form (and the URL), asks Pagefind, and lists the results as text (never as HTML).
// Instant as the reader types: each key fetches the index entries for the words so far (preload, no ranking), and the
// search runs once the typing pauses (PAUSE_MS, a little over the gap between keys of someone typing steadily), so the
// ranking work is done once, for the last words, not for every letter on the way. One search at a time, always for the
// newest words (a search that finished after the words changed is dropped, not shown); words still too short to
// search wait for more letters; only the first page of results loads its data.
import { IN_ARTICLE, markTerms, SHOWN } from '../lib/search-display.ts';
import { onlyStopWords, searchTerms, type SearchMoment } from '../lib/search-query.ts';

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindApi {
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  preload(term: string, o?: { filters?: Record<string, string> }): Promise<void>;
  search(term: string | null, o: { filters?: Record<string, string> }): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

/** The pause in typing after which the search runs (ms): steady typing is a key every 60 to 200 ms. */
const PAUSE_MS = 75;
/** Results shown at once (each loads its own small data file): a screenful, then "Show more". */
const PAGE = 10;
/** Results shown before the rest of the screenful has loaded: a reader sees the best matches first. */
const FIRST = 3;
const FILTERS = ['speaker', 'topic', 'source', 'kind', 'story'] as const;
/** Every value of every filter, written by the build (src/pages/search/filters.json.ts). */
const FILTER_VALUES = '/search/filters.json';
const form = document.getElementById('search-form') as HTMLFormElement;
const statusLine = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
let pending: { id: string; data(): Promise<PagefindResultData> }[] = [];
let run = 0;
/** The search under way, if any: a new one waits for it, then runs for whatever the form says by then. */
let running: Promise<void> | null = null;
let again = false;
let againFinal = false;
/** What the list shows results for (the words as typed, and the filters), so a repeated input event does not search again. */
let shownKey = '';
let pause: ReturnType<typeof setTimeout> | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string | null, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  node.append(...children);
  return node;
}

/** The words of the search the list shows, for marking them in each result's text. */
let shownTerms = '';

/** A result's text as DOM nodes, the searched words in <mark>. */
const marked = (text: string): Node[] =>
  markTerms(text, shownTerms).map((run) => (run.mark ? el('mark', null, run.text) : document.createTextNode(run.text)));

function resultItem(d: PagefindResultData): HTMLLIElement {
  const kind = d.filters.kind?.[0] ?? '';
  // Quote records carry a kind of quotation (articles "Article", stories none); each record's text is in its SHOWN filter.
  const isQuote = kind !== '' && kind !== 'Article';
  const shown = d.filters[SHOWN]?.[0] ?? '';
  const article = d.filters[IN_ARTICLE]?.[0];
  const link = el('a', 't', ...(isQuote ? ['“', ...marked(shown), '”'] : [d.meta.title ?? d.url]));
  link.href = d.url;
  const bits = isQuote ? [d.filters.speaker?.[0], kind, article ? `in ${article}` : null] : [kind, d.filters.source?.[0]];
  const item = el('li', null, link);
  if (!isQuote && shown) item.append(el('p', null, ...marked(shown)));
  item.append(el('p', 'meta', bits.filter(Boolean).join(' · ')));
  item.dataset.url = d.url;
  return item;
}

/** Loads the next page of results and shows it, unless a newer search has started meanwhile. */
async function showMore(current: number): Promise<void> {
  const batch = pending.splice(0, PAGE);
  const data = await Promise.all(batch.map((r) => r.data()));
  if (current !== run) return;
  list.append(...data.map(resultItem));
  more.hidden = pending.length === 0;
}

function readState(moment: SearchMoment): { q: string; terms: string | null; filters: Record<string, string> } {
  const fd = new FormData(form);
  const filters: Record<string, string> = {};
  for (const key of FILTERS) {
    const v = String(fd.get(key) ?? '');
    if (v) filters[key] = v;
  }
  const typed = String(fd.get('q') ?? '');
  return { q: typed.trim(), terms: searchTerms(typed, moment), filters };
}

/** One search for the form as it stands; results are shown only if the form has not changed by the time they are ready. */
async function searchOnce(pagefind: PagefindApi, final: boolean): Promise<void> {
  const { q, terms, filters } = readState(final ? 'enter' : 'pause');
  const hasFilters = Object.keys(filters).length > 0;
  if (q && terms === null && !hasFilters) {
    // Words the index does not hold: say so once the reader asks (Enter), else wait for the next letter.
    if (final && onlyStopWords(q)) {
      list.replaceChildren();
      more.hidden = true;
      statusLine.textContent = 'Those words are too common to search on their own: add a rarer word.';
    }
    return;
  }
  const key = JSON.stringify([q.toLowerCase(), filters]);
  if (key === shownKey && !final) return;
  const current = ++run;
  const params = new URLSearchParams(Object.entries({ q, ...filters }).filter(([, v]) => v));
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  if (terms === null && !hasFilters) {
    shownKey = key;
    list.replaceChildren();
    list.setAttribute('aria-busy', 'false');
    more.hidden = true;
    statusLine.textContent = 'Type a few words, or choose a speaker, topic, outlet or kind.';
    return;
  }
  list.setAttribute('aria-busy', 'true');
  if (statusLine.textContent?.startsWith('Nothing found')) statusLine.textContent = 'Searching…';
  const found = await pagefind.search(terms, { filters });
  if (current !== run || found === null || again) return;
  pending = [...found.results];
  const n = pending.length;
  // Every result of the page starts loading its data now; the first few are shown as soon as theirs has come.
  const loads = pending.splice(0, PAGE).map((r) => r.data());
  const first = await Promise.all(loads.slice(0, FIRST));
  if (current !== run || again) return;
  shownKey = key;
  shownTerms = terms ?? '';
  list.replaceChildren(...first.map(resultItem));
  // The count is announced once the first results are on the page, so it never describes an empty list.
  statusLine.textContent = n === 0 ? 'Nothing found. Try fewer words or another filter.' : `${n} ${n === 1 ? 'result' : 'results'}`;
  const rest = await Promise.all(loads.slice(FIRST));
  if (current !== run) return;
  list.append(...rest.map(resultItem));
  more.hidden = pending.length === 0;
  list.setAttribute('aria-busy', 'false');
}

/** Searches for the form now, or right after the search under way (which then drops its now stale results). */
function search(pagefind: PagefindApi, final = false): Promise<void> {
  againFinal ||= final;
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      do {
        again = false;
        const f = againFinal;
        againFinal = false;
        await searchOnce(pagefind, f);
      } while (again);
    } finally {
      running = null;
    }
  })();
  return running;
}

/**
 * Adds to each filter the values the page does not list (it lists only the most quoted speakers and the largest
 * stories), from a list the build writes. Pagefind's own list of filter values would fetch every filter file of every
 * shard, the text each result shows included (see search-display.ts).
 */
async function addAllValues(): Promise<void> {
  const none: Record<string, string[]> = {};
  const all = await fetch(FILTER_VALUES).then((r) => (r.ok ? (r.json() as Promise<Record<string, string[]>>) : none), () => none);
  for (const key of FILTERS) {
    const select = form.elements.namedItem(key);
    if (!(select instanceof HTMLSelectElement)) continue;
    const listed = new Set([...select.options].map((o) => o.value));
    const extra = (all[key] ?? []).filter((v) => !listed.has(v));
    if (extra.length === 0) continue;
    const group = document.createElement('optgroup');
    group.label = 'Others';
    group.append(...extra.map((v) => new Option(v, v)));
    select.append(group);
  }
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  for (const key of ['q', ...FILTERS]) {
    const field = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
    const value = params.get(key);
    if (!field || value === null) continue;
    if (field instanceof HTMLSelectElement && ![...field.options].some((o) => o.value === value)) field.append(new Option(value, value));
    field.value = value;
  }
  const bundle = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
  await pagefind.init();
  // A large site's index is written in shards (see scripts/search-index.ts): search them all as one.
  const shards = await fetch('/pagefind/shards.json').then((r) => (r.ok ? (r.json() as Promise<string[]>) : []), () => []);
  await Promise.all(shards.map((path) => pagefind.mergeIndex(path)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(pause);
    void search(pagefind, true);
  });
  form.addEventListener('input', (event) => {
    clearTimeout(pause);
    // A filter chosen is a decision: search at once. Words typed: fetch what they need now, rank once the typing pauses.
    if (event.target instanceof HTMLSelectElement) return void search(pagefind);
    const { terms, filters } = readState('key');
    if (terms !== null) void pagefind.preload(terms, { filters });
    pause = setTimeout(() => void search(pagefind), PAUSE_MS);
  });
  more.addEventListener('click', () => void showMore(run));
  // The values the page does not list are read from the index only when the reader opens a list: they weigh more than a search.
  let extra: Promise<void> | null = null;
  const addExtra = () => {
    extra ??= addAllValues().then(() => {
      document.documentElement.dataset.filters = 'all';
    });
  };
  for (const select of form.querySelectorAll('select')) {
    select.addEventListener('focus', addExtra);
    select.addEventListener('pointerdown', addExtra);
  }
  document.documentElement.dataset.search = 'ready';
  await search(pagefind, true);
}

start().catch((error: unknown) => {
  statusLine.textContent = 'Search could not start. Browse speakers and topics instead.';
  console.warn('search failed to start', error);
});
