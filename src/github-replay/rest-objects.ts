import { createHash } from 'node:crypto';
import type { RateResource } from './rate-limits.ts';
import type { Answer } from './replay-answer.ts';

export const GITHUB_DOCS = 'https://docs.github.com/rest';

export const notFound = (resource: RateResource = 'core'): Answer => ({
  status: 404,
  resource,
  body: { message: 'Not Found', documentation_url: GITHUB_DOCS, status: '404' },
});

/** GitHub's answer to a renamed or transferred repository's old name: the same call under its id. */
export const movedPermanently = (url: string): Answer => ({
  status: 301,
  resource: 'core',
  headers: { location: url },
  body: {
    message: 'Moved Permanently',
    url,
    documentation_url: 'https://docs.github.com/v3/#http-redirects',
  },
});

/** GitHub's 422: `subject` names the object the invalid field belongs to (Search, StargazerHistory, …). */
export function validationFailed(
  resource: RateResource,
  field: string,
  subject = 'Search',
  code = 'missing',
): Answer {
  return {
    status: 422,
    resource,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: subject, field, code }],
      documentation_url: GITHUB_DOCS,
    },
  };
}

/** Code search items carry a minimal repository: no counts, no dates. */
export function minimalRepo(full: Record<string, unknown>) {
  const keys = [
    'id',
    'node_id',
    'name',
    'full_name',
    'private',
    'owner',
    'html_url',
    'description',
    'fork',
    'url',
  ];
  return Object.fromEntries(keys.map((key) => [key, full[key]]));
}

/** A file of GET /repos/{owner}/{repo}/contents/{path} (and /readme), base64 encoded. */
export function contentFile(fullName: string, path: string, text: string) {
  const content = Buffer.from(text).toString('base64');
  return {
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(text),
    name: path.split('/').pop(),
    path,
    content,
    sha: createHash('sha1').update(text).digest('hex'),
    url: `/repos/${fullName}/contents/${path}`,
    html_url: `https://github.com/${fullName}/blob/main/${path}`,
    download_url: `https://raw.githubusercontent.com/${fullName}/main/${path}`,
  };
}
