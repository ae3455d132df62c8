// Several input files extracted at once on worker threads (extract-worker.ts), their items
// handed back in input order, so the output is the serial run's byte for byte. The core stays
// single-threaded and pure; only this CLI layer decides to spread files over cores.

import { createRequire } from "node:module";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Incident, Period, Statistic } from "../core/incident.ts";

export interface PoolJob {
  index: number;
  path: string;
  name: string;
  document: string;
  published: string | null;
  maxBytes?: number | undefined;
}

export type WorkerRequest = { type: "job"; job: PoolJob } | { type: "ack" };

export type DocumentEvent =
  | { type: "items"; job: number; incidents: Incident[]; statistics: Statistic[] }
  | { type: "input-error"; job: number; message: string }
  | { type: "end"; job: number; incidents: Incident[]; statistics: Statistic[]; title: string | null; period: Period | null; published: string | null };

export type WorkerReply = DocumentEvent | { type: "idle" } | { type: "failed"; job: number; message: string };

/** Input below which one thread is faster: each worker first loads its own gazetteer (~0.4 s) and warms up. */
export const POOL_MIN_BYTES = 4 * 1024 * 1024;

/** Workers for a machine of `cores` whatever its load: one per core, up to 4. */
export function maxPoolSize(cores: number = os.availableParallelism()): number {
  return cores < 2 ? 0 : Math.min(cores, 4);
}

/**
 * Worker threads for `files` inputs of `bytes` in all: one per idle core up to 4, none when a
 * single thread would do (fewer than 4 files, less than POOL_MIN_BYTES, or under one idle core
 * beside this thread: each worker repeats the start-up work, about 40% more CPU in all, which
 * only pays when the cores are free). The environment variable SPOTLIGHT_WORKERS, when set,
 * decides instead (0: none).
 */
export function poolSize(
  files: number,
  bytes: number,
  env: string | undefined = process.env["SPOTLIGHT_WORKERS"],
  cores: number = os.availableParallelism(),
  load: number = os.loadavg()[0] ?? 0,
): number {
  if (env !== undefined && env !== "") {
    const n = Number(env);
    if (!Number.isInteger(n) || n < 0) throw new Error(`SPOTLIGHT_WORKERS must be a whole number, got ${env}`);
    return Math.min(n, files);
  }
  // Cores nobody is using (the load average counts running threads, this one among them once it runs).
  const idle = cores - load;
  if (files < 4 || bytes < POOL_MIN_BYTES || idle < 1.5) return 0;
  return Math.min(maxPoolSize(cores), Math.round(idle), files);
}

/** Jobs a worker holds at once: the one it reads and the next. */
const PER_WORKER = 2;

const WORKER_PATH = fileURLToPath(new URL("./extract-worker.ts", import.meta.url));

/**
 * The worker registers tsx's require hook and loads the TypeScript module with it: tsx's ESM
 * loader, registered in the main thread (bin/spotlight.js, `--import tsx`), does not reach
 * worker threads on Node 20.
 */
function startWorker(): Worker {
  const tsx = createRequire(import.meta.url).resolve("tsx/cjs/api");
  const code = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(WORKER_PATH)});`;
  return new Worker(code, { eval: true });
}

/** Every document's events in input order; a document's items arrive as its worker reads it. */
export async function* extractPooled(jobs: readonly PoolJob[], size: number): AsyncGenerator<DocumentEvent> {
  const queues = new Map<number, DocumentEvent[]>();
  const owners = new Map<number, Worker>();
  // Documents ahead of the one being written are buffered: at most this many are sent out.
  const window = size * (PER_WORKER + 1);
  let head = 0;
  let next = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  // Jobs sent to a worker and not finished: a second one waits in its queue, so it never idles between files.
  const inFlight = new Map<Worker, number>();
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const dispatch = (w: Worker, upTo = PER_WORKER): void => {
    while ((inFlight.get(w) ?? 0) < upTo && next < jobs.length && next < head + window) {
      const job = jobs[next++]!;
      owners.set(job.index, w);
      queues.set(job.index, []);
      inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
      w.postMessage({ type: "job", job } satisfies WorkerRequest);
    }
  };
  const workers = Array.from({ length: size }, () => {
    const w = startWorker();
    w.on("message", (m: WorkerReply) => {
      if (m.type === "idle") {
        inFlight.set(w, (inFlight.get(w) ?? 1) - 1);
        dispatch(w);
      } else if (m.type === "failed") failure ??= new Error(`extract worker failed on ${jobs[m.job]?.name ?? m.job}: ${m.message}`);
      else queues.get(m.job)?.push(m);
      notify();
    });
    w.on("error", (e) => {
      failure ??= e;
      notify();
    });
    return w;
  });
  try {
    // First one job each, then the second: the first documents are spread over the workers.
    for (let k = 1; k <= PER_WORKER; k++) for (const w of workers) dispatch(w, k);
    while (head < jobs.length) {
      const q = queues.get(head);
      const event = q?.shift();
      if (failure) throw failure;
      if (!event) {
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      if (event.type === "items") owners.get(head)?.postMessage({ type: "ack" } satisfies WorkerRequest);
      yield event;
      if (event.type === "end") {
        queues.delete(head);
        owners.delete(head);
        head++;
        for (const w of workers) dispatch(w);
      }
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
