// Site-wide names and settings.

/** The publication's name. */
export const SITE_NAME = 'Quote Ledger';
/** One line on what the site is. */
export const SITE_DESCRIPTION = 'Who public figures are reported as saying, across outlets: every quotation marked, attributed and searchable.';
/** How many articles the home page lists before linking to the full list. */
export const HOME_ARTICLES = 20;
/** Articles per page of the full article list. */
export const ARTICLES_PER_PAGE = 100;
/** Quotes the first page of a topic shows before linking to the full, paginated list of them. */
export const TOPIC_QUOTES = 25;
/** The Content-Security-Policy of pages without JavaScript. */
export const CSP = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";
/** The Content-Security-Policy of the search page (Pagefind compiles WebAssembly). */
export const CSP_SEARCH = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";
