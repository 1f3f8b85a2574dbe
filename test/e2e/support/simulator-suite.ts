import type { Page } from "playwright-core";
import { launchBrowser, type TestBrowser } from "./browser";
import { startTestServer, type TestServer, type TestServerOptions } from "./test-server";

export interface SimulatorSuite {
  /** One server per test file, with its own database. */
  readonly server: TestServer;
  readonly browser: TestBrowser;
  /** A page in a fresh browser context for each test: no cookies, storage or routes carried over. */
  readonly page: Page;
}

export interface SimulatorSuiteOptions extends TestServerOptions {
  /** Runs once the server is up, before the first test: the CRM customers and tickets the file's tests expect. */
  setUp?: (server: TestServer) => Promise<void>;
}

/** Registers the hooks a browser suite needs (server and browser per file, a page per test) and hands them out. */
export function useSimulatorSuite(options: SimulatorSuiteOptions = {}): SimulatorSuite {
  const parts: { server?: TestServer; browser?: TestBrowser; page?: Page } = {};
  const required = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the suite's ${what} is used before its hook has run`);
    return value;
  };

  beforeAll(async () => {
    parts.server = await startTestServer(options);
    parts.browser = await launchBrowser();
    await options.setUp?.(parts.server);
  });

  afterAll(async () => {
    await parts.browser?.close();
    await parts.server?.close();
  });

  beforeEach(async () => {
    parts.page = await required(parts.browser, "browser").newPage();
  });

  afterEach(async () => {
    await parts.page?.context().close();
  });

  return {
    get server() {
      return required(parts.server, "server");
    },
    get browser() {
      return required(parts.browser, "browser");
    },
    get page() {
      return required(parts.page, "page");
    },
  };
}
