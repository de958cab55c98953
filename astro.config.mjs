// Astro settings for a large, fully static site. Why each one:
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Absolute URLs in feeds, the sitemap and Open Graph tags; override for a real deployment.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the space in `said <a>X</a>` when it sits on a new source line; `true` keeps it.
  compressHTML: true,
  build: {
    format: 'directory',
    // One external stylesheet and no inline <style>, so a strict Content-Security-Policy can forbid inline styles.
    inlineStylesheets: 'never',
  },
  // No client-side prefetch or dev toolbar scripts: pages other than search ship no JavaScript.
  // Scripts under Vite's inline limit are inlined by Astro; 0 keeps the search script an external file (CSP script-src 'self').
  vite: { build: { assetsInlineLimit: 0 } },
  prefetch: false,
  devToolbar: { enabled: false },
});
