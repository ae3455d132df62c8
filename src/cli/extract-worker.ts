// A worker thread of the extract pool (extract-pool.ts): extracts whole files one at a time and
// posts their items back chunk by chunk. The extraction is the same DocumentExtractor the
// serial path uses; only where it runs differs.

import { parentPort } from "node:worker_threads";
import { DocumentExtractor } from "../extract/extract.ts";
import { InputError } from "../io/input-error.ts";
import { readTextStream } from "../io/read-text.ts";
import type { PoolJob, WorkerReply, WorkerRequest } from "./extract-pool.ts";

const port = parentPort;
if (!port) throw new Error("extract-worker.ts runs as a worker thread only");

/** Item messages posted and not yet written by the main thread: past this, the worker waits. */
const MAX_UNACKED = 4;
let unacked = 0;
let resume: (() => void) | null = null;
let queue: Promise<void> = Promise.resolve();

function post(reply: WorkerReply): void {
  port!.postMessage(reply);
}

async function run(job: PoolJob): Promise<void> {
  const ex = new DocumentExtractor({ document: job.document, published: job.published });
  try {
    for await (const chunk of readTextStream({ kind: "file", path: job.path, name: job.name }, { maxBytes: job.maxBytes })) {
      const items = ex.push(chunk);
      if (items.incidents.length + items.statistics.length === 0) continue;
      post({ type: "items", job: job.index, incidents: items.incidents, statistics: items.statistics });
      // Backpressure: a document waiting behind a slower one must not fill memory.
      if (++unacked >= MAX_UNACKED) await new Promise<void>((r) => (resume = r));
    }
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    post({ type: "input-error", job: job.index, message: e.message });
  }
  const last = ex.end();
  post({ type: "end", job: job.index, incidents: last.incidents, statistics: last.statistics, title: last.title, period: last.period, published: last.published });
}

port.on("message", (m: WorkerRequest) => {
  if (m.type === "ack") {
    unacked--;
    if (unacked < MAX_UNACKED && resume) {
      const r = resume;
      resume = null;
      r();
    }
    return;
  }
  // Jobs queue up (the pool sends the next before this one ends, so no time is lost between files) and run one at a time.
  const job = m.job;
  queue = queue.then(() =>
    run(job).then(
      () => post({ type: "idle" }),
      (e: unknown) => post({ type: "failed", job: job.index, message: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
    ),
  );
});
