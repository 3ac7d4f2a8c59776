import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/api/create-server.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningReplay } from '../../src/github-replay/replay-server.ts';
import { closeAfterAll } from '../support/close-after-all.ts';
import { ingestDay, replayedWarehouse } from '../support/pipeline-fixture.ts';
import { sharedDataset } from '../support/replay-client.ts';

const keep = closeAfterAll();
let db: Database;
let replay: RunningReplay;
let app: FastifyInstance;
beforeAll(async () => {
  ({ db, replay } = await replayedWarehouse(keep, ['2026-08-01', '2026-08-02', '2026-08-03']));
  app = keep(await createServer(db));
});

const get = async (url: string) => {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() };
};

describe('JSON API', () => {
  it('/api/trending: the latest day by momentum, filtered and paginated', async () => {
    const { status, body } = await get('/api/trending?limit=5');
    expect(status).toBe(200);
    expect(body.snapshot_date).toBe('2026-08-03');
    expect(body.items).toHaveLength(5);
    const momentum = body.items.map((r: { momentum_score: number }) => r.momentum_score);
    expect(momentum).toEqual([...momentum].sort((a, b) => b - a));
    const rust = await get('/api/trending?language=rust&window=7d&limit=100');
    expect(rust.body.items.length).toBeGreaterThan(10);
    expect(rust.body.items.every((r: { language: string }) => r.language === 'Rust')).toBe(true);
    const gains = rust.body.items.map((r: { star_velocity_7d: number | null }) => r.star_velocity_7d);
    const known = gains.filter((g: number | null) => g !== null);
    expect(gains.slice(0, known.length)).toEqual([...known].sort((a, b) => b - a)); // NULLs (new today) last
    // The replay's young repositories are young on the simulated day: the rising list is not empty.
    const rising = await get('/api/trending?rising=true&limit=100');
    expect(rising.body.items.length).toBeGreaterThan(0);
    const page2 = await get('/api/trending?limit=5&offset=5');
    expect(page2.body.items[0].repo_full_name).not.toBe(body.items[0].repo_full_name);
  });

  it('rejects bad parameters with 400 and the reason', async () => {
    const bad = await get('/api/trending?limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/Invalid querystring: limit: .*>=1/);
    expect((await get('/api/trending?window=forever')).status).toBe(400);
    expect((await get("/api/repos/x'%3B%20drop/y")).status).toBe(400);
  });

  it('/api/languages and /api/languages/:lang/rankings', async () => {
    const languages = await get('/api/languages');
    expect(languages.body.items.map((l: { language_name: string }) => l.language_name)).toEqual(
      expect.arrayContaining(['Rust', 'Go']),
    );
    const rankings = await get('/api/languages/Go/rankings?limit=3');
    expect(rankings.body.items.map((r: { rank_in_language: number }) => r.rank_in_language)).toEqual([
      1, 2, 3,
    ]);
    // read-language-rankings.sql reads the facts directly: the same rows as the public view, in order
    for (const language of ['Go', 'rust']) {
      const all = await get(`/api/languages/${language}/rankings?limit=100`);
      const view = await db.pool.query(
        `SELECT rank_in_language, repo_full_name, stars, star_velocity, momentum_score::float, uses_render
         FROM analytics.language_rankings WHERE lower(language_name) = lower($1)
         ORDER BY rank_in_language, repo_full_name LIMIT 100`,
        [language],
      );
      expect(view.rows.length).toBeGreaterThan(3);
      expect(all.body.items).toEqual(view.rows);
    }
  });

  it('/api/repos/:owner/:name: metrics, history, star series and languages', async () => {
    const { status, body } = await get('/api/repos/rust-lang/rust');
    expect(status).toBe(200);
    const id = sharedDataset().repoByFullName('rust-lang/rust')?.githubId ?? 0;
    expect(
      body.series.map((p: { snapshot_date: string; stars: number }) => [p.snapshot_date, p.stars]),
    ).toEqual(
      ['2026-08-01', '2026-08-02', '2026-08-03'].map((d) => [d, sharedDataset().pointAt(id, d)?.stars]),
    );
    expect(body.current.stars).toBe(body.series[2].stars);
    expect(body.languages[0].language_name).toBe('Rust');
    expect(body.versions).toHaveLength(1);
    expect((await get('/api/repos/nobody/nothing')).status).toBe(404);
  });

  it('/api/render/showcase, /api/companies and /api/companies/:org', async () => {
    const render = await get('/api/render/showcase');
    expect(render.body.items.length).toBeGreaterThan(0);
    const companies = await get('/api/companies');
    expect(companies.body.items.map((c: { company_name: string }) => c.company_name).sort()).toEqual([
      'google',
      'microsoft',
    ]);
    const microsoft = await get('/api/companies/microsoft');
    expect(microsoft.body.company.repo_count).toBeGreaterThan(5);
    expect(microsoft.body.top_forked[0].fork_rank).toBe(1);
    expect((await get('/api/companies/unknown-org')).status).toBe(404);
  });

  it('/api/about: runs answered by the offline replay are marked as its demo data', async () => {
    expect((await get('/api/about')).body).toEqual({ data_source: 'replay', backfill: null });
    const sources = await db.pool.query('SELECT DISTINCT github_source FROM warehouse.fact_workflow_runs');
    expect(sources.rows).toEqual([{ github_source: 'replay' }]);
  });

  it('/api/runs, /api/runs/:id with its task tree, /api/quality', async () => {
    const runs = await get('/api/runs');
    expect(runs.body.items).toHaveLength(3);
    const run = await get(`/api/runs/${runs.body.items[0].run_id}`);
    expect(run.body.task_tree.map((t: { name: string }) => t.name)).toEqual(['read', 'collect', 'write']);
    const quality = await get('/api/quality');
    expect(quality.body.checks.every((c: { passed: boolean }) => c.passed)).toBe(true);
    expect(quality.body.history).toHaveLength(3);
  });

  it('/api/prs/metrics: weekly cycle times that agree with the PRs behind them; bad filters are 400s', async () => {
    const all = await get('/api/prs/metrics');
    expect(all.status).toBe(200);
    expect(all.body.items.length).toBeGreaterThan(0);
    const one = await get('/api/prs/metrics?repository=rust-lang/rust&weeks=52');
    expect(one.body.items.every((w: { repository: string }) => w.repository === 'rust-lang/rust')).toBe(true);
    const merged = one.body.items.reduce((sum: number, w: { prs_merged: number }) => sum + w.prs_merged, 0);
    const direct = await db.pool.query(
      `SELECT count(*)::int AS n FROM warehouse.pull_requests p JOIN warehouse.repositories r ON r.id = p.repo_id
       WHERE r.full_name = 'rust-lang/rust' AND p.merged_at IS NOT NULL`,
    );
    expect(merged).toBe(direct.rows[0].n);
    expect((await get('/api/prs/metrics?weeks=0')).status).toBe(400);
    expect((await get('/api/prs/metrics?repository=nonsense')).status).toBe(400);
    const prs = await get('/api/prs?limit=1');
    expect(prs.body.items[0].url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/pull\/\d+$/);
  });

  it('/api/docs (OpenAPI), /healthz and /metrics', async () => {
    const spec = await get('/api/docs/json');
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/trending',
        '/api/repos/{owner}/{name}',
        '/api/runs/{id}',
        '/api/quality',
      ]),
    );
    expect((await get('/healthz')).body).toEqual({ status: 'ok', database: 'reachable' });
    const metrics = await app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/gitpulse_pipeline_runs\{status="succeeded"\} 3/);
    // The replay's GraphQL quota is 5000 points; the latest run spent a few.
    const graphql = /gitpulse_github_quota_remaining\{resource="graphql"\} (\d+)/.exec(metrics.body);
    expect(Number(graphql?.[1])).toBeGreaterThan(4900);
    expect(Number(graphql?.[1])).toBeLessThan(5000);
    expect(metrics.body).toMatch(/gitpulse_http_request_duration_seconds_bucket\{.*route="\/api\/trending"/);
  });
});

describe('search', () => {
  it('finds tracked repositories by part of owner/name, any case, the exact name first', async () => {
    const exact = (await get('/api/search?q=RUST-LANG/rust')).body.items;
    expect(exact[0].repo_full_name).toBe('rust-lang/rust');
    const part = (await get('/api/search?q=rust&limit=50')).body.items as {
      repo_full_name: string;
      stars: number;
    }[];
    expect(part.length).toBeGreaterThan(1);
    expect(part.every((r) => r.repo_full_name.toLowerCase().includes('rust'))).toBe(true);
    expect((await get('/api/search?q=no-such-repository-anywhere')).body.items).toEqual([]);
    expect((await get('/api/search')).status).toBe(400);
    expect((await get('/api/search?q=')).status).toBe(400);
  });
});

describe('embeddable images', () => {
  it('stars.svg: the star history from the first day as an SVG, light or dark, embeddable and cacheable', async () => {
    const name = (await get('/api/trending?limit=1')).body.items[0].repo_full_name as string;
    const light = await app.inject({ method: 'GET', url: `/api/repos/${name}/stars.svg` });
    expect(light.statusCode).toBe(200);
    expect(light.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(light.headers['cache-control']).toBe('public, max-age=3600');
    expect(light.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(light.body).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const points = /<polyline points="([^"]+)"/.exec(light.body)?.[1]?.split(' ') ?? [];
    // The days of /stars that have a figure, thinned to about one point per pixel column.
    const history = (await get(`/api/repos/${name}/stars`)).body;
    const figures = (history.items as { day: string; stars: number | null }[]).filter(
      (d) => d.stars !== null,
    );
    expect(points.length).toBeGreaterThan(0);
    expect(points.length).toBeLessThanOrEqual(figures.length);
    if (figures.length <= 100) expect(points).toHaveLength(figures.length);
    if ((figures[0]?.day ?? '') < history.tracked_since) expect(light.body).toContain('tracking-began');
    // Every point inside the plot (40 px of title above, 32 px of axis below, 320 px in all).
    for (const point of points) {
      const y = Number(point.split(',')[1]);
      expect(y).toBeGreaterThanOrEqual(40);
      expect(y).toBeLessThanOrEqual(320 - 32);
    }
    expect(light.body).toContain(`${figures.at(-1)?.day} · `);
    const dark = await app.inject({ method: 'GET', url: `/api/repos/${name}/stars.svg?theme=dark` });
    expect(dark.body).toContain('#0d1117');
    expect(light.body).not.toContain('#0d1117');
    expect(
      (await app.inject({ method: 'GET', url: `/api/repos/${name}/stars.svg?theme=neon` })).statusCode,
    ).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/repos/no-one/nothing/stars.svg' })).statusCode).toBe(
      404,
    );
  });

  it('badge.svg: stars, 7-day gain and rank, from the latest snapshot', async () => {
    const top = (await get('/api/trending?limit=1')).body.items[0];
    const badge = async (metric: string) =>
      (
        await app.inject({
          method: 'GET',
          url: `/api/repos/${top.repo_full_name}/badge.svg?metric=${metric}`,
        })
      ).body;
    const k = (n: number) => `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k`;
    expect(await badge('stars')).toContain(
      `<title>stars: ${top.stars >= 1000 ? k(top.stars) : top.stars}</title>`,
    );
    expect(await badge('rank')).toContain(`<title>gitpulse rank: #${top.rank_overall}</title>`);
    expect(await badge('gain7d')).toMatch(/<title>7-day stars: (\+[\d.]+k?|n\/a)<\/title>/);
  });
});

describe('CSV', () => {
  it('every list as CSV with ?format=csv or Accept: text/csv, the same rows as the JSON', async () => {
    const json = (await get('/api/trending?limit=3')).body;
    const csv = await app.inject({ method: 'GET', url: '/api/trending?limit=3&format=csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="trending.csv"');
    const [header, ...lines] = csv.body.trim().split('\n');
    expect(header?.split(',')).toEqual(Object.keys(json.items[0]));
    expect(lines).toHaveLength(3);
    expect(lines[0]?.startsWith(`${json.items[0].repo_full_name},`)).toBe(true);
    // Content negotiation on the same URL: the cached JSON is converted, and JSON stays JSON.
    const byAccept = await app.inject({
      method: 'GET',
      url: '/api/trending?limit=3',
      headers: { accept: 'text/csv' },
    });
    expect(byAccept.body).toBe(csv.body);
    expect(byAccept.headers.vary).toContain('Accept');
    expect((await get('/api/trending?limit=3')).body).toEqual(json);
  });

  it('an answer with several lists names them; ?table= picks one; nested values are JSON cells', async () => {
    const name = (await get('/api/trending?limit=1')).body.items[0].repo_full_name as string;
    const several = await app.inject({ method: 'GET', url: `/api/repos/${name}?format=csv` });
    expect(several.statusCode).toBe(406);
    expect(several.json().message).toMatch(/\?table= \(one of: .*series.*\)/);
    const series = await app.inject({ method: 'GET', url: `/api/repos/${name}?format=csv&table=series` });
    expect(series.statusCode).toBe(200);
    expect(series.body.split('\n')[0]).toBe('snapshot_date,stars,forks,open_issues');
    const runs = await app.inject({ method: 'GET', url: '/api/runs?format=csv' });
    expect(runs.statusCode).toBe(200);
    expect(runs.body.split('\n')[0]).toContain('run_id');
    expect((await get('/api/trending?format=xml')).status).toBe(400);
  });
});

describe('dashboard files', () => {
  it('says how to build a dashboard that is not built, and serves one built while the server runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gitpulse-dashboard-'));
    const server = await createServer(db, { dashboardDir: dir });
    try {
      const before = await server.inject({ method: 'GET', url: '/' });
      expect(before.statusCode).toBe(200);
      expect(before.body).toContain('npm run build:dashboard');
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>gitpulse</title>');
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'assets', 'main.js'), 'console.log(1)');
      const after = await server.inject({ method: 'GET', url: '/' });
      expect(after.body).toContain('<title>gitpulse</title>');
      const asset = await server.inject({ method: 'GET', url: '/assets/main.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.body).toBe('console.log(1)');
    } finally {
      await server.close();
    }
  });
});

describe('response cache', () => {
  it('serves analytics answers from memory until a run commits, with an ETag for 304s', async () => {
    const first = await app.inject({ method: 'GET', url: '/api/languages' });
    const second = await app.inject({ method: 'GET', url: '/api/languages' });
    expect(second.headers['x-gitpulse-cache']).toBe('hit');
    expect(second.body).toBe(first.body);
    const etag = String(first.headers.etag);
    expect(
      (await app.inject({ method: 'GET', url: '/api/languages', headers: { 'if-none-match': etag } }))
        .statusCode,
    ).toBe(304);

    await ingestDay(db, replay, '2026-08-04');
    const after = await app.inject({
      method: 'GET',
      url: '/api/languages',
      headers: { 'if-none-match': etag },
    });
    expect(after.statusCode).toBe(200);
    expect(after.headers['x-gitpulse-cache']).toBeUndefined();
    expect(after.json().snapshot_date).toBe('2026-08-04');
  });
});
