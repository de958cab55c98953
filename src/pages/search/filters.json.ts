// Every value of every search filter, for the search page to add the ones it does not list when a reader opens a list.
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/load-site.ts';
import { filterValues } from '../../lib/search-options.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(filterValues(await loadSite())), { headers: { 'Content-Type': 'application/json' } });
