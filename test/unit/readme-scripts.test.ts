import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

function readmeScripts(): string[] {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const names = [...readme.matchAll(/npm run ([a-z][\w:-]*)/g)].map((match) => match[1] ?? "");
  return [...new Set(names)];
}

describe("README.md", () => {
  it("names only npm scripts that package.json defines", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };

    const missing = readmeScripts().filter((name) => !(name in pkg.scripts));

    expect(missing).toEqual([]);
  });

  it("shows the install, start and test commands", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");

    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm test");
  });
});
