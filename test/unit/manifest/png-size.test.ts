import { readFileSync } from "node:fs";
import path from "node:path";

import { readPngSize } from "../../../scripts/manifest/png-size";
import { ASSETS_DIR } from "./manifest-variants";

describe("readPngSize", () => {
  it.each([
    ["create-ticket-16.png", 16],
    ["open-pane-80.png", 80],
    ["icon-128.png", 128],
  ])("reads the size of %s from its header", (name, size) => {
    const bytes = readFileSync(path.join(ASSETS_DIR, name));

    expect(readPngSize(bytes)).toEqual({ width: size, height: size });
  });

  it("returns null for a file that is not a PNG", () => {
    const svg = readFileSync(path.join(ASSETS_DIR, "src", "icon.svg"));

    expect(readPngSize(svg)).toBeNull();
    expect(readPngSize(Buffer.alloc(0))).toBeNull();
  });
});
