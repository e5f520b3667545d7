/** What the backbone needs of a logger; Nest's `Logger` and pino both fit. */
export interface BackboneLogger {
  log(message: string, context?: unknown): void;
  warn(message: string, context?: unknown): void;
  error(message: string, context?: unknown): void;
}

export const silentLogger: BackboneLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };
