import fs from "node:fs";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app";
import { ConfigError, loadConfig, type AppConfig } from "./config";
import { seedDemoCustomers } from "./seed/seed-demo-customers";
import { openStorage, type Storage } from "./storage/open-storage";
import { ensureDevCertificate } from "./tls/dev-certificate";

/** `npm start`: configuration, storage, certificate, server, and a clean stop on Ctrl-C. */
async function main(): Promise<void> {
  const config = readConfigOrExit();
  const storage = await openStorage(config.database);

  if (config.nodeEnv !== "production" && config.auth.mode === "development") await seedDemoCustomers(storage);
  const https = await readCertificate(config);

  const app = await buildApp(config, { storage, https });
  stopOnSignals(app, storage);
  await app.listen({ host: config.host, port: config.port });
  printWelcome(config);
}

function readConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG: the environment, not the program, needs fixing.
  }
}

async function readCertificate(config: AppConfig): Promise<{ cert: string; key: string }> {
  if (config.tls) {
    return { cert: fs.readFileSync(config.tls.certFile, "utf8"), key: fs.readFileSync(config.tls.keyFile, "utf8") };
  }
  return ensureDevCertificate();
}

/**
 * Closing the server first lets requests in flight finish their transactions; only then is the database closed,
 * so a stop never leaves half a ticket behind (each ticket is one transaction in any case).
 */
function stopOnSignals(app: FastifyInstance, storage: Storage): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "stopping");

    void app
      .close()
      .then(() => storage.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        app.log.error({ err: error }, "stop failed");
        process.exit(1);
      });
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** A person reads this once, on a terminal: where to click, in a few lines. */
function printWelcome(config: AppConfig): void {
  const url = config.publicUrl;
  const lines = [
    "",
    `TicketMasterPro escucha en ${url}  (Ctrl-C para parar / to stop)`,
    `  Simulador / Simulator:  ${url}/simulator.html`,
    `  Manifiesto / Manifest:  ${url}/manifest.xml`,
    "  Outlook en la web / nuevo Outlook: Configuración → Complementos → Mis complementos →",
    "    Agregar complemento personalizado → Agregar desde archivo → manifest.xml (https://aka.ms/olksideload)",
    "  Outlook clásico (Windows): Archivo → Administrar complementos, o `npm run sideload`",
    `  Si el navegador avisa del certificado, confíe en él: abra ${url}/api/health y acéptelo`,
    "    (README, Troubleshooting).",
    "",
  ];
  process.stdout.write(lines.join("\n"));
}

void main().catch((error: unknown) => {
  process.stderr.write(
    `No se pudo arrancar / Could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
