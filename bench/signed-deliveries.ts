import { createRequire } from 'node:module';
import { sign } from '@octokit/webhooks-methods';

export interface SignedExample {
  event: string;
  body: string;
  signature: string;
}

/** The real example payloads of these events (@octokit/webhooks-examples), each signed once. */
export async function signedExamples(secret: string, events: string[]): Promise<SignedExample[]> {
  const examples = (
    createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: object[] }[]
  )
    .filter((e) => events.includes(e.name))
    .flatMap((e) => e.examples.map((payload) => ({ event: e.name, body: JSON.stringify(payload) })));
  return Promise.all(examples.map(async (e) => ({ ...e, signature: await sign(secret, e.body) })));
}

/** Posts one delivery as GitHub would; resolves to the answer's status once its body is read. */
export async function postDelivery(endpoint: string, id: string, example: SignedExample): Promise<number> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': example.event,
      'x-github-delivery': id,
      'x-hub-signature-256': example.signature,
    },
    body: example.body,
  });
  await response.arrayBuffer();
  return response.status;
}
