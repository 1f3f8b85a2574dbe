import { groupCommit, type ItemOutcome } from "../../../backend/src/storage/group-commit";

/** A writer that records its batches and answers each item with its double, or fails the items it is told to. */
function recordingWriter(options: { failItem?: number; failBatch?: boolean } = {}) {
  const batches: number[][] = [];
  const write = (items: number[]): Promise<ItemOutcome<number>[]> => {
    batches.push(items);
    if (options.failBatch) return Promise.reject(new Error("disk full"));
    return Promise.resolve(
      items.map((item) =>
        item === options.failItem ? { ok: false, error: new Error(`refused ${item}`) } : { ok: true, value: item * 2 },
      ),
    );
  };
  return { batches, write };
}

describe("groupCommit", () => {
  it("writes items that arrive together in one batch, in arrival order", async () => {
    const writer = recordingWriter();
    const submit = groupCommit(writer.write, { maxBatch: 10, gatherMs: 0 });

    const answers = await Promise.all([1, 2, 3].map(submit));

    expect(answers).toEqual([2, 4, 6]);
    expect(writer.batches).toEqual([[1, 2, 3]]);
  });

  it("splits a crowd into batches of at most the maximum size", async () => {
    const writer = recordingWriter();
    const submit = groupCommit(writer.write, { maxBatch: 2, gatherMs: 0 });

    await Promise.all([1, 2, 3, 4, 5].map(submit));

    expect(writer.batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("queues items that arrive during a write for the next batch", async () => {
    const writer = recordingWriter();
    const submit = groupCommit(writer.write, { maxBatch: 10, gatherMs: 0 });

    const first = submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [submit(2), submit(3)];

    await Promise.all([first, ...later]);
    expect(writer.batches).toEqual([[1], [2, 3]]);
  });

  it("rejects only the item the writer refused", async () => {
    const submit = groupCommit(recordingWriter({ failItem: 2 }).write, { maxBatch: 10, gatherMs: 0 });

    const outcomes = await Promise.allSettled([1, 2, 3].map(submit));

    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  });

  it("rejects every item of a batch whose write failed, and keeps serving later items", async () => {
    const failing = recordingWriter({ failBatch: true });
    const submit = groupCommit(failing.write, { maxBatch: 10, gatherMs: 0 });

    await expect(Promise.all([submit(1), submit(2)])).rejects.toThrow("disk full");
    await expect(submit(3)).rejects.toThrow("disk full");
    expect(failing.batches).toEqual([[1, 2], [3]]);
  });

  it("while callers stream in, lets the next batch gather the items that keep arriving", async () => {
    const writer = recordingWriter();
    const submit = groupCommit(writer.write, { maxBatch: 10, gatherMs: 1_000 });

    await Promise.all([submit(1), submit(2)]);
    const early = submit(3);
    await new Promise((resolve) => setImmediate(resolve));
    const late = submit(4);

    await Promise.all([early, late]);
    expect(writer.batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it("writes a lone item on a quiet writer without waiting", async () => {
    const writer = recordingWriter();
    const submit = groupCommit(writer.write, { maxBatch: 10, gatherMs: 10_000 });

    await submit(1);
    const second = submit(2);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));

    expect(writer.batches).toEqual([[1], [2]]);
    await second;
  });
});
