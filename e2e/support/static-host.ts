/**
 * A plain static file server, as GitHub Pages, Cloudflare Pages or an S3 website serve a
 * folder: `x.html` for `/x`, `dir/index.html` for `/dir/`, and `404.html` for anything else,
 * with no rewrite rule of the site's own. The end-to-end suite runs against it to show that
 * every prerendered page is served at its address by any such host.
 *
 *   node --import tsx e2e/support/static-host.ts SITE_DIR PORT
 */
import { createServer } from 'node:http';
import handler from 'serve-handler';

const [siteDir = 'dist-e2e', port = '8089'] = process.argv.slice(2);

createServer((request, response) => {
  void handler(request, response, {
    public: siteDir,
    cleanUrls: true,
    directoryListing: false,
  });
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`serving ${siteDir} at http://127.0.0.1:${port}/`);
});
