import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { generate } from 'selfsigned';

export const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** GitHub's own CSP for its pages, in short: no inline scripts, no script from elsewhere. */
const CSP =
  "default-src 'none'; script-src https://github.githubassets.com; style-src 'self'; img-src 'self' data:";

export interface GitHubFixtureServer {
  port: number;
  close: () => Promise<void>;
}

/**
 * Serves the saved GitHub pages (fixtures/SOURCE.md) over https, as
 * github.com is reached only that way (its name is HSTS-preloaded): the
 * browser maps github.com to this port. Any /owner/name is the repository
 * page, /owner/name/pull/N the PR page; `?markup=changed` serves them without
 * any anchor the extension knows, as if GitHub had changed its markup.
 */
export async function startGitHubFixtureServer(): Promise<GitHubFixtureServer> {
  const pems = await generate([{ name: 'commonName', value: 'github.com' }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'github.com' }] }],
  });
  const pages = { repository: fixture('repository-page.html'), pull: fixture('pull-request-page.html') };
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
    const url = new URL(request.url ?? '/', 'https://github.com');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const parts = url.pathname.split('/').filter(Boolean);
    let page = parts[2] === 'pull' ? pages.pull : parts.length === 2 ? pages.repository : null;
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (url.searchParams.get('markup') === 'changed')
      page = page.replace(
        /\b(pagehead repohead|partial-discussion-sidebar|partial-discussion-header|gh-header-meta)\b/g,
        'renamed-$1',
      );
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP })
      .end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
