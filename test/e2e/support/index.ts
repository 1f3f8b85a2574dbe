export { expectNoSeriousA11yViolations, type A11yOptions } from "./a11y";
export { launchBrowser, type TestBrowser } from "./browser";
export { chromiumAvailable } from "./chromium";
export { describeWithBrowser } from "./describe-with-browser";
export { openSimulator, simulatorQuery, type SimulatorOptions, type SimulatorPage } from "./simulator";
export { startTestServer, type TestServer, type TestServerOptions } from "./test-server";
export { useSimulatorSuite, type SimulatorSuite, type SimulatorSuiteOptions } from "./simulator-suite";
