// Browser tests start a server and a browser on a shared two-core machine; the default 5 s is too short.
jest.setTimeout(120_000);
