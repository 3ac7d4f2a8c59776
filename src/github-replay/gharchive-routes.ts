import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import type { RankingDataset } from './ranking-dataset.ts';
import { synthesizeHour } from './synthesized-events.ts';

const FILE = /^(\d{4}-\d{2}-\d{2})-(\d{1,2})\.json\.gz$/;

/**
 * GH Archive's hourly files under /gharchive/ (GHARCHIVE's own layout:
 * /gharchive/2026-08-01-5.json.gz), synthesized from the ranking data. An
 * hour the data does not cover is a 404, as a missing hour is at GH Archive.
 */
export function registerGhArchiveRoutes(app: FastifyInstance, dataset: RankingDataset): void {
  app.get('/gharchive/:file', async (request, reply) => {
    const match = FILE.exec((request.params as { file: string }).file);
    const hourNumber = Number(match?.[2]);
    const hour =
      match && hourNumber <= 23
        ? new Date(`${match[1]}T${String(hourNumber).padStart(2, '0')}:00:00Z`)
        : null;
    const lines = hour && !Number.isNaN(hour.getTime()) ? synthesizeHour(dataset, hour) : null;
    if (!lines) return reply.code(404).type('application/xml').send('<Error><Code>NoSuchKey</Code></Error>');
    return reply.type('application/gzip').send(gzipSync(lines.length ? `${lines.join('\n')}\n` : ''));
  });
}
