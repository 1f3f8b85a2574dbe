import { fork } from "node:child_process";
import path from "node:path";

export interface ServerProcess {
  origin: string;
  stop(): Promise<void>;
}

/** Starts bench-server.ts in a child process (through tsx) and resolves with its loopback origin. */
export function startServer(kind: "app" | "empty", env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = fork(path.join(__dirname, "bench-server.ts"), [], {
    env: { ...process.env, ...env, BENCH_SERVER: kind },
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.disconnect();
    });

  return new Promise((resolve, reject) => {
    child.once("message", (message: { port?: number; error?: string }) => {
      if (message.port) resolve({ origin: `http://127.0.0.1:${message.port}`, stop });
      else reject(new Error(`bench server did not start: ${message.error ?? "no port"}`));
    });
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}
