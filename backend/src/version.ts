import packageJson from "../../package.json";

/** The package version, reported by /api/health and the OpenAPI description. */
export const APP_VERSION: string = packageJson.version;
