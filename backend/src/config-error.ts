/** Thrown at start when the environment is wrong; lists every problem at once so one restart fixes them all. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuración no válida / Invalid configuration:\n- ${problems.join("\n- ")}`);
    this.name = "ConfigError";
  }
}
