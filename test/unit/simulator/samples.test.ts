import { SAMPLE_IDS, loadSamples } from "../../../src/simulator/samples";

describe("simulator sample inbox", () => {
  it("holds a dozen samples, one per documented id, newest first", () => {
    const samples = loadSamples(Date.parse("2026-12-03T10:00:00Z"));

    expect(samples.map((sample) => sample.id).sort()).toEqual(SAMPLE_IDS.map((id) => `sample-${id}`).sort());
    expect(samples.map((sample) => sample.receivedAt)).toEqual(
      samples
        .map((sample) => sample.receivedAt)
        .sort()
        .reverse(),
    );
  });

  it("serves raw headers that name the message and mark automatic mail", () => {
    const bounce = loadSamples().find((sample) => sample.id === "sample-bounce");

    expect(bounce?.rawHeaders).toMatch(/^Message-ID: <bounce\.sample@/m);
    expect(bounce?.rawHeaders).toMatch(/^Content-Type: multipart\/report; report-type=delivery-status/m);
    expect(bounce?.rawHeaders.match(/^Content-Type:/gim)).toHaveLength(1);
  });
});
