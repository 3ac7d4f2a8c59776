import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';

/**
 * The HTTP server of `gitpulse serve`. /healthz answers whether the database
 * is reachable; / shows the current trending repositories from the analytics
 * views (server-rendered, no JavaScript).
 */
export function createServer(db: Database): FastifyInstance {
  const app = Fastify({ logger: false });

  app.get('/healthz', async (_request, reply) => {
    try {
      await db.pool.query('SELECT 1');
      return { status: 'ok', database: 'reachable' };
    } catch (error) {
      return reply.code(503).send({ status: 'error', database: (error as Error).message });
    }
  });

  app.get('/', async (_request, reply) => {
    const { rows } = await db.pool.query<{
      repo_full_name: string;
      language: string;
      stars: number;
      star_velocity: number | null;
      star_velocity_7d: number | null;
      momentum_score: number | null;
      snapshot_date: string;
    }>(
      `SELECT repo_full_name, language, stars, star_velocity, star_velocity_7d, momentum_score, snapshot_date
       FROM analytics.trending_repos_current LIMIT 50`,
    );
    const escapeHtml = (text: unknown) =>
      String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const body = rows.length
      ? `<p>Snapshot of ${escapeHtml(rows[0]?.snapshot_date)}</p><table><thead><tr><th>#</th><th>repository</th><th>language</th><th>stars</th><th>+1d</th><th>+7d</th><th>momentum</th></tr></thead><tbody>${rows
          .map(
            (r, i) =>
              `<tr><td>${i + 1}</td><td><a href="https://github.com/${escapeHtml(r.repo_full_name)}">${escapeHtml(r.repo_full_name)}</a></td><td>${escapeHtml(r.language)}</td><td>${r.stars}</td><td>${r.star_velocity ?? ''}</td><td>${r.star_velocity_7d ?? ''}</td><td>${r.momentum_score ?? ''}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : '<p>No snapshot yet: run <code>gitpulse ingest</code>.</p>';
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>gitpulse · trending</title><style>body{font:14px system-ui;margin:2rem}table{border-collapse:collapse}td,th{padding:4px 10px;border-bottom:1px solid #ddd;text-align:left}</style></head><body><h1>gitpulse · trending</h1>${body}</body></html>`,
      );
  });
  return app;
}
