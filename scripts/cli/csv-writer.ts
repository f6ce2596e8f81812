// Writes CSV rows as they are produced, in chunks of about 64 KB, so the output never exists as one big string or
// as a second copy of the table. Each line is src/core/csv-safe.ts's csvLine: quoted, formula-like text neutralised.
import { closeSync, openSync, writeSync } from 'node:fs';
import { csvLine } from '../../src/core/csv-safe.ts';

const CHUNK = 64 * 1024;

/** Where the rows go: a file (created or truncated) or stdout. */
export type CsvSink = { readonly write: (text: string) => void; readonly close: () => void };

/** A sink writing to `path` with a UTF-8 BOM first, so Excel opens it as UTF-8. */
export function fileSink(path: string): CsvSink {
  const fd = openSync(path, 'w');
  writeSync(fd, '\uFEFF');
  return { write: text => writeSync(fd, text), close: () => closeSync(fd) };
}

/** A sink writing to stdout (synchronous for files and pipes on Linux and macOS). */
export function stdoutSink(): CsvSink {
  return { write: text => process.stdout.write(text), close: () => {} };
}

/** Collects rows and hands them to `sink` a chunk at a time. Call `end` once after the last row. */
export class CsvWriter {
  private buffer = '';

  constructor(private readonly sink: CsvSink) {}

  /** One row as `csvLine` writes it, followed by '\n'. */
  row(fields: readonly unknown[]): void {
    this.buffer += `${csvLine(fields)}\n`;
    if (this.buffer.length >= CHUNK) this.flush();
  }

  /** Writes what is left and closes the sink. */
  end(): void {
    this.flush();
    this.sink.close();
  }

  private flush(): void {
    if (this.buffer !== '') this.sink.write(this.buffer);
    this.buffer = '';
  }
}
