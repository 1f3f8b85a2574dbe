import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules", "dist", "data", "coverage", ".certs", "**/*.js", "**/*.cjs", "!eslint.config.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      // Office.js rules only bite on the host's batch APIs; they are cheap to keep on everywhere.
      ...Object.fromEntries(Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"])),
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Handlers passed to React and Fastify are allowed to return promises; the rule would flag every one.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "no-console": "error",
    },
  },
  {
    // Command-line tools talk to a person on a terminal; console output is their interface.
    files: ["scripts/**", "bench/**", "test/**"],
    rules: { "no-console": "off" },
  },
  {
    files: ["eslint.config.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
