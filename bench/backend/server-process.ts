import { fork } from "node:child_process";
import path from "node:path";

export interface ServerProcess {
  origin: string;
  /** CPU time (user + system) the server process has used so far, in microseconds. */
  cpuMicros(): Promise<number>;
  stop(): Promise<void>;
}

/** BENCH_PROFILE_DIR=dir writes a CPU profile of each server process there, to see where a request's time goes. */
function profileArgs(): string[] {
  const dir = process.env.BENCH_PROFILE_DIR;
  return dir ? ["--cpu-prof", `--cpu-prof-dir=${dir}`] : [];
}

/** Starts bench-server.ts in a child process (through tsx) and resolves with its loopback origin. */
export function startServer(kind: "app" | "empty", env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = fork(path.join(__dirname, "bench-server.ts"), [], {
    env: { ...process.env, ...env, BENCH_SERVER: kind },
    execArgv: ["--import", "tsx", ...profileArgs()],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.disconnect();
    });

  const cpuMicros = () =>
    new Promise<number>((resolve) => {
      const answer = (message: { cpuMicros?: number }) => {
        if (message.cpuMicros === undefined) return;
        child.off("message", answer);
        resolve(message.cpuMicros);
      };
      child.on("message", answer);
      child.send("cpu");
    });

  return new Promise((resolve, reject) => {
    child.once("message", (message: { port?: number; error?: string }) => {
      if (message.port) resolve({ origin: `http://127.0.0.1:${message.port}`, cpuMicros, stop });
      else reject(new Error(`bench server did not start: ${message.error ?? "no port"}`));
    });
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}
