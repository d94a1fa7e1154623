/** A problem found in one source file, located at a 1-based line. */
export interface Diagnostic {
  file: string;
  line: number;
  message: string;
}

/** Thrown by the import steps; the CLI prints it as `FILE:LINE: message`. */
export class ImportError extends Error implements Diagnostic {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, message: string) {
    super(message);
    this.name = 'ImportError';
    this.file = file;
    this.line = line;
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.message}`;
}
