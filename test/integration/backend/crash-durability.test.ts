import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../../backend/src/config";
import { openStorage } from "../../../backend/src/storage/open-storage";
import { formatTicketNumber } from "../../../src/core";
import { announceSkippedEngines, devToken, ENGINES, testDatabaseEnv } from "../../support/backend";
import { testCertificate } from "../../support/test-certificate";
import { newTicket } from "../../support/ticket-fixtures";

announceSkippedEngines();
jest.setTimeout(90_000);

const ROOT = path.resolve(__dirname, "../../..");

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

function request(port: number, ca: string, agent: https.Agent, method: string, url: string, body?: object) {
  return new Promise<Answer>((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : undefined;
    const req = https.request(
      {
        host: "127.0.0.1",
        port,
        method,
        path: url,
        ca,
        agent,
        headers: { authorization: `Bearer ${devToken()}`, ...(payload ? { "content-type": "application/json" } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString() || "{}") as Record<string, unknown>,
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

/** Starts `backend/src/main.ts` in its own node process (no wrapper, so SIGKILL hits the server itself). */
function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", "backend/src/main.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? os.tmpdir(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /listening at https:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      if (port) resolve({ child, port: Number(port) });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`server exited early (${code}): ${output.slice(-500)}`)));
  });
}

describe.each(ENGINES)("a server killed with SIGKILL on %s", (engine) => {
  it("loses no ticket it acknowledged, and leaves no gap in the numbers", async () => {
    const database = testDatabaseEnv(engine);
    const certificate = await testCertificate();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tmp-crash-"));
    fs.writeFileSync(path.join(dir, "cert.pem"), certificate.cert);
    fs.writeFileSync(path.join(dir, "key.pem"), certificate.key);
    const env = {
      ...database.env,
      NODE_ENV: "development",
      HOST: "127.0.0.1",
      PORT: "0",
      LOG_LEVEL: "info",
      TLS_CERT: path.join(dir, "cert.pem"),
      TLS_KEY: path.join(dir, "key.pem"),
      STATIC_DIR: path.join(dir, "no-static"),
      RATE_LIMIT_PER_MINUTE: "1000000",
    };
    const { child, port } = await startServer(env);
    const agent = new https.Agent({ keepAlive: true, maxSockets: 4 });
    const send = (method: string, url: string, body?: object) =>
      request(port, certificate.ca, agent, method, url, body);

    const customer = await send("POST", "/api/customers", {
      name: "Cliente Durable",
      email: "durable@cliente.example",
    });
    const acknowledged = new Map<string, string>();
    let killed = false;
    const writer = async (w: number) => {
      for (let i = 0; !killed; i++) {
        const messageId = `<crash-${w}-${i}@cliente.example>`;
        try {
          const answer = await send("POST", "/api/tickets", newTicket(String(customer.body.id), messageId));
          if (answer.status === 201) acknowledged.set(messageId, String(answer.body.number));
        } catch {
          return; // The connection died with the server: this request was never acknowledged.
        }
      }
    };

    const writers = [0, 1, 2, 3].map(writer);
    while (acknowledged.size < 40) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill("SIGKILL");
    killed = true;
    await Promise.all(writers);
    agent.destroy();

    const storage = await openStorage(loadConfig({ ...env, NODE_ENV: "test" }).database);
    const rows = await storage.db
      .selectFrom("tickets")
      .select(["number", "internet_message_id"])
      .orderBy("number")
      .execute();
    await storage.close();
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });

    const stored = new Map(rows.map((row) => [row.internet_message_id ?? "", formatTicketNumber(Number(row.number))]));
    const lost = [...acknowledged].filter(([messageId, number]) => stored.get(messageId) !== number);
    expect(acknowledged.size).toBeGreaterThanOrEqual(40);
    expect(lost).toEqual([]);
    expect(rows.map((row) => Number(row.number))).toEqual(rows.map((_, i) => i + 1));
  });
});
