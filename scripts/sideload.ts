/**
 * `npm run sideload`: puts the add-in into Outlook for development.
 *
 * On Windows and macOS it runs office-addin-debugging, as Office developers expect, through `npx --yes` rather than
 * as a dependency: a peer dependency below it builds keytar natively, which breaks `npm install` on a fresh machine.
 * On Linux no desktop Outlook exists, so it prints the steps for Outlook on the web instead and exits 0.
 *
 *   npm run sideload            sideload manifest.xml (the server from `npm start` must be running)
 *   npm run sideload -- --stop  remove the sideloaded add-in again (Windows, macOS)
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "..");
const LOCAL_MANIFEST_URL = "https://localhost:3000/manifest.xml";

export type SideloadPlan = { kind: "run"; command: string; args: string[] } | { kind: "instructions" };

export function planSideload(platform: NodeJS.Platform, stop: boolean): SideloadPlan {
  if (platform !== "win32" && platform !== "darwin") {
    return { kind: "instructions" };
  }

  const action = stop ? ["stop", "manifest.xml"] : ["start", "manifest.xml", "desktop", "--app", "outlook"];
  return { kind: "run", command: "npx", args: ["--yes", "office-addin-debugging", ...action] };
}

/** What to do by hand; the menu names are given in English and Spanish, as Outlook shows them. */
export function manualSteps(repoRoot: string = REPO_ROOT): string {
  const built = path.join(repoRoot, "dist", "manifest.xml");
  const manifestFile = existsSync(built) ? built : path.join(repoRoot, "manifest.xml");

  return [
    "Sideload the TicketMasterPro add-in by hand (the server from `npm start` must be running):",
    "",
    `  Manifest file: ${manifestFile}`,
    `  Manifest URL:  ${LOCAL_MANIFEST_URL}`,
    "",
    "Outlook on the web, and the new Outlook for Windows:",
    "  1. Open https://aka.ms/olksideload while signed in to the mailbox (or open an email, then",
    "     Apps / Aplicaciones → Get Add-ins / Obtener complementos).",
    "  2. My add-ins / Mis complementos → Custom add-ins / Complementos personalizados →",
    "     Add a custom add-in / Agregar un complemento personalizado → Add from file / Agregar desde archivo.",
    "  3. Choose the manifest file above and confirm.",
    "     The buttons Crear ticket and Abrir panel appear on an open email.",
    "",
    "Classic Outlook on Windows:",
    "  File / Archivo → Manage Add-ins / Administrar complementos (or Home → Get Add-ins), then step 2 above.",
    "  On Windows, `npm run sideload` does this for you.",
    "",
    "An add-in sideloaded in one of these clients is installed in the mailbox, so the others show it too.",
    "If the task pane stays blank, the browser or Windows does not trust the development certificate yet:",
    "see 'Trust the development certificate' in the README.",
  ].join("\n");
}

export function runSideload(args: string[], platform: NodeJS.Platform = process.platform): number {
  const plan = planSideload(platform, args.includes("--stop"));

  if (plan.kind === "instructions") {
    console.log(`Outlook desktop cannot be driven on ${platform}.\n`);
    console.log(manualSteps());
    return 0;
  }

  console.log(`> ${plan.command} ${plan.args.join(" ")}`);
  // npx is npx.cmd on Windows, which Node starts only through a shell; the arguments are fixed strings.
  const result = spawnSync(plan.command, plan.args, {
    cwd: REPO_ROOT,
    stdio: "inherit",
    shell: platform === "win32",
  });

  if (result.status !== 0) {
    console.error("\noffice-addin-debugging did not finish. You can sideload by hand instead:\n");
    console.error(manualSteps());
    return result.status ?? 1;
  }
  return 0;
}

if (require.main === module) {
  process.exit(runSideload(process.argv.slice(2)));
}
