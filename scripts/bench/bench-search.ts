/**
 * npm run bench:search -- --articles N [--port P] [--keep]
 *
 * Search at newsroom scale: N synthetic stories (as bench:content makes
 * them), built by `npm run build`'s own script in a temporary folder:
 *   1. cold, with the search index stage's own time;
 *   2. with one story edited: the search index stage again (the story's part is indexed anew);
 *   3. in Chromium with its CPU slowed 4x: a first search typed on the search page, and the
 *      bytes it transferred (the search code and the index's parts; the page itself not);
 *   4. a second search typed once the first one's results are shown and cleared: the time from
 *      the last letter typed to the first of its results in the page, both taken in the page
 *      (the pause the field waits for included).
 * Steps 3 and 4 run twice: as readers search (a name, found in a few hundred stories), and in
 * the worst case (a word in every story).
 * The last line is one JSON object: {articles, coldBuildSeconds, indexSeconds,
 * indexEditSeconds, indexMb, firstQueryKb, resultsMs, worstFirstQueryKb, worstResultsMs}.
 *
 * npm run bench:search -- --site DIR measures steps 3 and 4 alone, on a site built already.
 * Bytes are counted as the server sent them (headers and bodies): it does not compress, so
 * Pagefind's two scripts count whole (its index and WebAssembly come compressed already).
 */
import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import { readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import handler from 'serve-handler';
import { CHROMIUM_FLAGS, systemChromium } from '../chromium.ts';
import { benchSite } from './bench-site.ts';
import { generateCorpus, syntheticArticle, vocabularyWord } from './generate-corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    port: { type: 'string', default: '4203' },
    keep: { type: 'boolean', default: false },
    site: { type: 'string' },
  },
});
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 2 || count % 2 !== 0) {
  console.error('usage: npm run bench:search -- --articles N   (N an even whole number)');
  process.exit(2);
}

async function folderBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return bytes;
}

/** Steps 3 and 4 on the site in `siteDir`, served as static files. */
async function measureSearches(siteDir: string) {
  const server = createServer((request, response) => {
    void handler(request, response, { public: siteDir, cleanUrls: true });
  });
  // What the server sent, the page's and Pagefind's worker's requests alike.
  let closedBytes = 0;
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closedBytes += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  const bytesSent = () =>
    closedBytes + [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0);
  await new Promise<void>((resolve) => server.listen(Number(values.port), '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_FLAGS });

  /**
   * A reader's first two searches, in a browser with nothing cached: the bytes the first one
   * transferred, and the time from the second one's last key to its results on screen.
   */
  const twoSearches = async (first: string, second: string) => {
    const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`http://127.0.0.1:${values.port}/ru/search`);
      await page.waitForFunction(() =>
        Object.keys(document.getElementById('root') ?? {}).some((key) =>
          key.startsWith('__reactContainer'),
        ),
      );
      const field = page.getByRole('searchbox');
      const resultWith = (word: string) =>
        page.locator('.search-results__item', { hasText: new RegExp(word, 'i') }).first();
      const before = bytesSent();
      await field.pressSequentially(first, { delay: 60 });
      await resultWith(first).waitFor({ timeout: 600_000 });
      const firstQueryKb = (bytesSent() - before) / 1024;

      // The first search's results gone, so that none of them is taken for the second's.
      await field.fill('');
      await page.locator('.search-results__item').first().waitFor({ state: 'detached' });
      // Both moments are taken in the page: the last letter typed, and the first result of the
      // second search in the document. A wait from outside polls, and would add up to 500 ms.
      await page.evaluate((word) => {
        const root = document.documentElement;
        // Each letter typed (Playwright types Cyrillic as text, without key events).
        document.addEventListener('input', () => {
          root.dataset.lastKey = String(performance.now());
        });
        const wanted = new RegExp(word, 'i');
        const observer = new MutationObserver(() => {
          const found = Array.from(document.querySelectorAll('.search-results__item')).some(
            (item) => wanted.test(item.textContent),
          );
          if (!found) return;
          root.dataset.shown = String(performance.now());
          observer.disconnect();
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }, second);
      await field.pressSequentially(second, { delay: 60 });
      await resultWith(second).waitFor({ timeout: 60_000 });
      const { lastKey, shown } = await page.evaluate(() => ({
        lastKey: Number(document.documentElement.dataset.lastKey),
        shown: Number(document.documentElement.dataset.shown),
      }));
      const resultsMs = shown - lastKey;
      console.log(
        `"${first}": ${firstQueryKb.toFixed(0)} KB transferred; then "${second}": results ` +
          `${resultsMs.toFixed(0)} ms after the last key`,
      );
      return {
        firstQueryKb: Number(firstQueryKb.toFixed(0)),
        resultsMs: Number(resultsMs.toFixed(0)),
      };
    } finally {
      await context.close();
    }
  };

  try {
    // As readers search: for a name, in a few hundred of the edition's stories.
    const typical = await twoSearches(vocabularyWord('ru', 3000), vocabularyWord('ru', 2000));
    // The worst case: a word in every story (each story's place), then one in a fifth of them.
    const worst = await twoSearches('бишкек', 'бюджет');
    return {
      ...typical,
      worstFirstQueryKb: worst.firstQueryKb,
      worstResultsMs: worst.resultsMs,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

if (values.site) {
  console.log(JSON.stringify(await measureSearches(values.site)));
} else {
  const { root, contentDir, siteDir, build: buildSite } = await benchSite('bench-search');

  /** One build; its wall-clock time and the search index stage's, as the build prints it. */
  const build = async (step: string) => {
    const { stdout, seconds } = await buildSite();
    const index = Number(/^search index: ([\d.]+) s$/m.exec(stdout)?.[1] ?? Number.NaN);
    console.log(
      `${step}: ${seconds.toFixed(1)} s, of which the search index ${index.toFixed(1)} s`,
    );
    return { seconds, index };
  };

  try {
    await generateCorpus(contentDir, count);
    const cold = await build('cold build');
    const edited = syntheticArticle(Math.floor(count / 2));
    await writeFile(
      path.join(contentDir, 'articles', `${edited.id}.json`),
      JSON.stringify({ ...edited, title: `${edited.title} (исправлено)` }),
    );
    const edit = await build('one story edited');
    const indexMb = (await folderBytes(path.join(siteDir, 'search-index'))) / 1e6;
    const searches = await measureSearches(siteDir);
    console.log(
      JSON.stringify({
        articles: count,
        coldBuildSeconds: Number(cold.seconds.toFixed(1)),
        indexSeconds: Number(cold.index.toFixed(1)),
        indexEditSeconds: Number(edit.index.toFixed(1)),
        indexMb: Number(indexMb.toFixed(1)),
        ...searches,
      }),
    );
  } finally {
    if (!values.keep) await rm(root, { recursive: true, force: true });
    else console.error(`kept ${root}`);
  }
}
