/**
 * Renders the add-in's PNG icons from their SVG sources in assets/src.
 *
 *   npx tsx scripts/render-icons.ts
 *
 * The PNGs are committed, so this only runs after an SVG changes. The 16 px buttons have their own simplified
 * drawings because a scaled-down 32 px drawing blurs at that size.
 */
import path from "node:path";
import sharp from "sharp";

interface IconTarget {
  source: string;
  size: number;
  output: string;
}

const assetsDir = path.resolve(__dirname, "..", "assets");

const targets: IconTarget[] = [
  { source: "create-ticket-16.svg", size: 16, output: "create-ticket-16.png" },
  { source: "create-ticket.svg", size: 32, output: "create-ticket-32.png" },
  { source: "create-ticket.svg", size: 80, output: "create-ticket-80.png" },
  { source: "open-pane-16.svg", size: 16, output: "open-pane-16.png" },
  { source: "open-pane.svg", size: 32, output: "open-pane-32.png" },
  { source: "open-pane.svg", size: 80, output: "open-pane-80.png" },
  { source: "icon.svg", size: 64, output: "icon-64.png" },
  { source: "icon.svg", size: 128, output: "icon-128.png" },
];

async function renderIcon(target: IconTarget): Promise<void> {
  const sourcePath = path.join(assetsDir, "src", target.source);
  const metadata = await sharp(sourcePath).metadata();

  // Rasterise the vector at the target size rather than scaling a small bitmap up.
  const density = Math.ceil((72 * target.size) / (metadata.width ?? target.size));
  await sharp(sourcePath, { density })
    .resize(target.size, target.size, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png({ compressionLevel: 9 })
    .toFile(path.join(assetsDir, target.output));

  console.log(`assets/${target.output}  ${target.size}x${target.size}  from assets/src/${target.source}`);
}

async function main(): Promise<void> {
  for (const target of targets) {
    await renderIcon(target);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
