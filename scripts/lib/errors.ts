/** A problem in an input file, reported with the file and, where it applies, the line. */
export class SourceError extends Error {
  /** File the problem is in, relative to the project. */
  readonly file: string;
  /** 1-based line, when the problem has one. */
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, reason: string, options?: { cause?: unknown }) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`, options);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
  }
}

/** Format a warning the same way as a SourceError message. */
export function formatWarning(file: string, line: number | undefined, reason: string): string {
  return `${file}${line === undefined ? '' : `:${line}`}: ${reason}`;
}

/**
 * An error met while ingesting `seeds/<file>`, as a SourceError naming the seed: a
 * SourceError as it is, anything else (a bug of the pipeline) as an internal error.
 */
export function seedError(file: string, error: unknown): SourceError {
  if (error instanceof SourceError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SourceError(`seeds/${file}`, undefined, `internal error while ingesting this text (${message}); please report it`, { cause: error });
}
