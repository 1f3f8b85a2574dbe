import { Writable } from "node:stream";
import {
  announceSkippedEngines,
  authHeaders,
  buildTestBackend,
  devToken,
  type TestBackend,
} from "../../support/backend";
import { newTicket } from "../../support/ticket-fixtures";

announceSkippedEngines();

const PERSONAL = {
  name: "Remedios Quintanilla Ybarra",
  email: "remedios.quintanilla@privado.example",
  phone: "+34 699 123 456",
  problem: "Mi contraseña secreta es girasol-azul-42",
};

describe("log redaction", () => {
  let backend: TestBackend;
  const lines: string[] = [];

  beforeAll(async () => {
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString("utf8"));
        done();
      },
    });
    backend = await buildTestBackend("sqlite", { env: { LOG_LEVEL: "trace" }, deps: { logStream } });
  });
  afterAll(() => backend.close());

  it("keeps addresses, names, phones, bodies and tokens out of every log line of a working session", async () => {
    const headers = authHeaders();
    const created = await backend.app.inject({
      method: "POST",
      url: "/api/customers",
      payload: { name: PERSONAL.name, email: PERSONAL.email, phone: PERSONAL.phone },
      headers,
    });
    const customerId = created.json<{ id: string }>().id;
    await backend.app.inject({
      method: "POST",
      url: "/api/customers/match",
      payload: { name: PERSONAL.name, email: PERSONAL.email },
      headers,
    });
    await backend.app.inject({
      method: "POST",
      url: "/api/customers",
      payload: { name: PERSONAL.name, email: PERSONAL.email },
      headers,
    });
    await backend.app.inject({
      method: "POST",
      url: "/api/tickets",
      payload: { ...newTicket(customerId, "<privado@x.example>"), problem: PERSONAL.problem },
      headers,
    });
    await backend.app.inject({
      method: "POST",
      url: "/api/customers",
      payload: { name: PERSONAL.name, email: 42 },
      headers,
    });
    await backend.app.inject({
      method: "GET",
      url: `/api/tickets?assignedTo=${encodeURIComponent(PERSONAL.email)}`,
      headers,
    });

    const log = lines.join("");
    expect(lines.length).toBeGreaterThan(5);
    for (const secret of [...Object.values(PERSONAL), devToken(), "Quintanilla", "privado.example", "girasol"]) {
      expect([secret, log.includes(secret)]).toEqual([secret, false]);
    }
  });

  it("redacts personal fields even when code logs an object that carries them", () => {
    lines.length = 0;

    backend.app.log.info(
      { email: PERSONAL.email, customer: { name: PERSONAL.name }, body: PERSONAL.problem },
      "by mistake",
    );

    const log = lines.join("");
    expect(log).toContain("by mistake");
    expect(log).not.toContain(PERSONAL.email);
    expect(log).not.toContain(PERSONAL.name);
    expect(log).not.toContain(PERSONAL.problem);
  });
});
