// Three projects so that each suite can be run alone and reported by name in `npm test`.
const transform = {
  "^.+\\.(t|j)sx?$": [
    "@swc/jest",
    { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } } } },
  ],
};

// postal-mime, cookie (used by fastify.inject) and some Fluent packages ship ESM only; swc makes them CommonJS.
const transformIgnorePatterns = ["/node_modules/(?!(postal-mime|cookie)/)"];

// Timeouts are ceilings, not performance checks: key generation and TLS set-up in hooks can take seconds on a busy
// two-core machine, and jest's 5 s default then fails tests that are correct.
const common = { transform, transformIgnorePatterns, testEnvironment: "node", testTimeout: 30_000 };

module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["<rootDir>/test/unit/**/*.test.ts?(x)"],
      setupFilesAfterEnv: ["<rootDir>/test/unit/setup.ts"],
    },
    { ...common, displayName: "integration", testMatch: ["<rootDir>/test/integration/**/*.test.ts"] },
    {
      ...common,
      displayName: "e2e",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      // Builds dist/ when stale, or says in one line that the browser suites are skipped (no Chromium).
      globalSetup: "<rootDir>/test/e2e/support/global-setup.ts",
      setupFilesAfterEnv: ["<rootDir>/test/e2e/support/setup.ts"],
    },
  ],
};
