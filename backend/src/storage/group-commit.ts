import { performance } from "node:perf_hooks";

/** What one item of a batch came to: its own answer or its own error, never another item's. */
export type ItemOutcome<O> = { ok: true; value: O } | { ok: false; error: unknown };

export type BatchWriter<I, O> = (items: I[]) => Promise<ItemOutcome<O>[]>;

export interface GroupCommitOptions {
  maxBatch: number;
  /**
   * How long, at most, a batch keeps gathering while writes are busy and items keep arriving; it stops at the first
   * turn of the event loop that brings none. A lone item on a quiet server never waits.
   */
  gatherMs: number;
}

interface Waiting<I, O> {
  item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

/** A batch of more than one item ended this recently: callers are arriving in a stream. */
const BUSY_WINDOW_MS = 20;

/**
 * Group commit: items that arrive while a batch is being written go together in the next one, so a durable
 * commit (one flush) is paid per batch instead of per item. On a quiet server an item is written at once (after
 * the current I/O callbacks, so requests that arrived together share a batch); while a stream of callers keeps the
 * writer busy, the next batch gathers the items that keep arriving (up to `gatherMs`) so that more share its flush.
 */
export function groupCommit<I, O>(writeBatch: BatchWriter<I, O>, options: GroupCommitOptions) {
  const queue: Waiting<I, O>[] = [];
  let writing = false;
  let lastBusyEnd = -Infinity;

  const busy = () => performance.now() - lastBusyEnd < BUSY_WINDOW_MS;

  /** Lets I/O callbacks run, one turn at a time, while they keep bringing items, for at most `gatherMs`. */
  async function gather() {
    const deadline = performance.now() + options.gatherMs;
    let seen = -1;
    while (queue.length !== seen && queue.length < options.maxBatch && performance.now() < deadline) {
      seen = queue.length;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async function drain() {
    while (queue.length > 0) {
      if (busy()) await gather();
      const batch = queue.splice(0, options.maxBatch);
      await settle(batch, writeBatch);
      if (batch.length > 1) lastBusyEnd = performance.now();
    }
    writing = false;
  }

  return (item: I): Promise<O> =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (writing) return;
      writing = true;
      setImmediate(() => void drain());
    });
}

async function settle<I, O>(batch: Waiting<I, O>[], writeBatch: BatchWriter<I, O>) {
  let outcomes: ItemOutcome<O>[];
  try {
    outcomes = await writeBatch(batch.map((waiting) => waiting.item));
  } catch (error) {
    outcomes = batch.map(() => ({ ok: false, error }));
  }

  batch.forEach((waiting, index) => {
    const outcome = outcomes[index] ?? { ok: false, error: new Error("batch writer gave no outcome") };
    if (outcome.ok) waiting.resolve(outcome.value);
    else waiting.reject(outcome.error);
  });
}
