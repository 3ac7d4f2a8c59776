/**
 * Posts a plan of signed deliveries with N concurrent senders and reports each
 * answer's latency and status. Runs in a process of its own (see
 * sendDeliveries) so the senders' CPU does not count against the receiver's
 * event loop.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { postDelivery, type SignedExample } from './signed-deliveries.ts';

export interface SendPlan {
  endpoint: string;
  senders: number;
  examples: SignedExample[];
  /** Each delivery's id and the index of its example. */
  deliveries: { id: string; example: number }[];
}
export interface SendResult {
  latencies: number[];
  codes: [number, number][];
  seconds: number;
}

export function sendDeliveries(plan: SendPlan): Promise<SendResult> {
  const child = fork(fileURLToPath(import.meta.url), { execArgv: ['--import', 'tsx'] });
  child.send(plan);
  return new Promise((resolve, reject) => {
    child.once('message', (result) => {
      child.disconnect();
      resolve(result as SendResult);
    });
    child.once('error', reject);
  });
}

async function send({ endpoint, senders, examples, deliveries }: SendPlan): Promise<SendResult> {
  const latencies: number[] = [];
  const codes = new Map<number, number>();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: senders }, async () => {
      while (next < deliveries.length) {
        const { id, example } = deliveries[next++] as SendPlan['deliveries'][number];
        const sent = performance.now();
        const status = await postDelivery(endpoint, id, examples[example] as SignedExample);
        latencies.push(performance.now() - sent);
        codes.set(status, (codes.get(status) ?? 0) + 1);
      }
    }),
  );
  return { latencies, codes: [...codes], seconds: (performance.now() - started) / 1000 };
}

if (process.send) {
  process.once('message', async (plan) => process.send?.(await send(plan as SendPlan)));
}
