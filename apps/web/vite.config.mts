import { defineConfig, type Plugin } from 'vite';
import { basename, resolve } from 'node:path';

const PAGES = ['rate', 'kiosk', 'staff', 'ikm', 'transparansi'] as const;

/**
 * What every page shares, added to each `<page>.html` (which keeps only its own `lang`, `<title>`
 * and anything else of its own): the charset, viewport and theme colour, the root element with
 * "Memuat…" until the script runs, and the script itself, `src/<page>/main.tsx`.
 */
function pageShell(): Plugin {
  return {
    name: 'k360-page-shell',
    transformIndexHtml: {
      // Before Vite's own HTML handling, so the injected script is bundled like a written one.
      order: 'pre',
      handler: (_html, { filename }) => [
        { tag: 'meta', attrs: { charset: 'utf-8' }, injectTo: 'head-prepend' },
        { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' }, injectTo: 'head-prepend' },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#0b5394' }, injectTo: 'head-prepend' },
        {
          tag: 'div',
          attrs: { id: 'root' },
          children: '<p style="font-family: sans-serif; padding: 1rem">Memuat…</p>',
          injectTo: 'body-prepend',
        },
        { tag: 'script', attrs: { type: 'module', src: `/src/${basename(filename, '.html')}/main.tsx` }, injectTo: 'body' },
      ],
    },
  };
}

// Five pages, each loading only its own JavaScript: the QR rating page (phones, must stay small),
// the kiosk (tablets, offline-first), the staff pages, the public IKM page and the public
// transparency page (phones, small). The
// gateway serves dist/ and routes /r/*, /t/*, /kiosk, /app, /ikm/* and /transparansi/*.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [pageShell()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2020',
    // dist/.vite/manifest.json: every entry and lazy chunk with what it imports (bench/page-size.js).
    manifest: true,
    rollupOptions: {
      input: Object.fromEntries(PAGES.map((page) => [page, resolve(import.meta.dirname, `${page}.html`)])),
    },
  },
});
