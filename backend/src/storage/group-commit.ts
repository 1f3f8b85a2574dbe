/** What one item of a batch came to: its own answer or its own error, never another item's. */
export type ItemOutcome<O> = { ok: true; value: O } | { ok: false; error: unknown };

export type BatchWriter<I, O> = (items: I[]) => Promise<ItemOutcome<O>[]>;

interface Waiting<I, O> {
  item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

/**
 * Group commit: items that arrive while a batch is being written wait and go together in the next one, so a
 * durable commit (one fsync) is paid per batch instead of per item. A lone item is written at once (after the
 * current I/O callbacks, so that requests which arrived together share a batch), so a quiet server adds no delay.
 */
export function groupCommit<I, O>(writeBatch: BatchWriter<I, O>, maxBatch: number) {
  const queue: Waiting<I, O>[] = [];
  let writing = false;

  async function drain() {
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      await settle(batch, writeBatch);
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
