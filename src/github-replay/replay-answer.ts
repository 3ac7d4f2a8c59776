import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type FaultPlan, faultFor } from './fault-plan.ts';
import { credentialOf, type RateLimits, type RateResource } from './rate-limits.ts';
import { GITHUB_DOCS } from './rest-objects.ts';

/** What a route wants to say; replay-answer.ts turns it into GitHub's reply. */
export interface Answer {
  status: number;
  body: unknown;
  resource: RateResource;
  cost?: number;
  headers?: Record<string, string>;
}

export interface ReplayStats {
  requests: number;
  notModified: number;
  byResource: Record<string, number>;
}

export interface AnswerContext {
  limits: RateLimits;
  stats: ReplayStats;
  /** Read per request: setFaults swaps the plan while the server runs. */
  plan(): FaultPlan;
}

export type Route = (request: FastifyRequest) => Answer;

/**
 * Wraps a route in what GitHub does around every answer: injected faults,
 * the quota (x-ratelimit-* headers, 403 when spent), ETag revalidation with
 * 304s that cost nothing, and the content headers.
 */
export function answerLikeGitHub(context: AnswerContext) {
  const { limits, stats } = context;
  return (route: Route) =>
    async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
      const plan = context.plan();
      const n = ++stats.requests;
      const fault = faultFor(plan, n);
      if (plan.latencyMs) await sleep(plan.latencyMs);
      if (fault.kind === 'timeout') {
        await sleep(30_000, undefined, { ref: false }).catch(() => {});
        if (!reply.sent) reply.code(504).send({ message: 'Gateway timeout' });
        return;
      }
      if (fault.kind === 'secondary') {
        reply
          .code(403)
          .header('retry-after', '1')
          .send({
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
            documentation_url: `${GITHUB_DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
          });
        return;
      }
      if (fault.kind === 'server-error') {
        reply
          .code(fault.status)
          .send({ message: fault.status === 502 ? 'Server Error' : 'Service Unavailable' });
        return;
      }
      const answer = route(request);
      const credential = credentialOf(request);
      if (fault.kind === 'rate-limit')
        limits.exhaust(answer.resource, plan.rateLimitResetSeconds, credential);

      const json = JSON.stringify(answer.body);
      const etag = `W/"${createHash('sha1').update(json).digest('hex')}"`;
      // An exhausted quota refuses even conditional requests; a 304 otherwise costs nothing.
      const exhausted = limits.snapshot(answer.resource, credential).remaining < (answer.cost ?? 1);
      if (!exhausted && answer.status === 200 && request.headers['if-none-match'] === etag) {
        stats.notModified++;
        reply.code(304).headers(limits.headers(answer.resource, credential)).header('etag', etag).send();
        return;
      }
      if (exhausted || !limits.spend(answer.resource, answer.cost ?? 1, credential)) {
        reply
          .code(403)
          .headers(limits.headers(answer.resource, credential))
          .send({
            message: 'API rate limit exceeded for user ID 1.',
            documentation_url: `${GITHUB_DOCS}/overview/rate-limits-for-the-rest-api`,
          });
        return;
      }
      stats.byResource[answer.resource] = (stats.byResource[answer.resource] ?? 0) + (answer.cost ?? 1);
      reply.headers(limits.headers(answer.resource, credential));
      reply
        .code(answer.status)
        .headers(answer.headers ?? {})
        .header('content-type', 'application/json; charset=utf-8');
      if (answer.status === 200)
        reply.header('etag', etag).header('cache-control', 'private, max-age=60, s-maxage=60');
      reply.send(fault.kind === 'malformed' ? json.slice(0, Math.max(1, Math.floor(json.length / 2))) : json);
    };
}
