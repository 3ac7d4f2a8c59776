import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';

/** Prints a benchmark's figures and writes them to artifacts/bench/NAME.json. */
export function writeFigures(name: string, figures: Record<string, unknown>): void {
  const dir = new URL('../artifacts/bench/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const document = { bench: name, measured_at: new Date().toISOString(), machine: machine(), ...figures };
  writeFileSync(new URL(`${name}.json`, dir), `${JSON.stringify(document, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(document, null, 2)}\nwritten to artifacts/bench/${name}.json\n`);
}

function machine() {
  return {
    node: process.version,
    cpus: availableParallelism(),
    memory_gib: Math.round(totalmem() / 2 ** 30),
  };
}
