// Measures each execution for the cost model: its service calls by kind and cells moved, the time spent in the
// emulator's services (left out), and so the add-on's own JavaScript time. Turns them into estimated seconds on
// Apps Script at low, typical and high figures (cost/figures.ts).
import { type CallKind, COST_FIGURES, type CostLevel, callKind, callSeconds } from './figures.ts';

/** What one execution did and what it would take on Apps Script. */
export interface ExecutionCost {
  /** Service calls by cost kind. */
  readonly calls: Readonly<Record<CallKind, number>>;
  readonly cellsRead: number;
  readonly cellsWritten: number;
  /** Cells passed into or returned by a custom function. */
  readonly cellsTransferred: number;
  /** CPU time of the add-on's own code on Node (service calls of the emulator taken out), ms. */
  readonly addonMs: number;
  /** Estimated seconds on Apps Script: start-up + service calls + add-on time × the JavaScript factor. */
  readonly seconds: Readonly<Record<CostLevel, number>>;
}

interface Tally {
  readonly calls: Record<CallKind, number>;
  /** Per level: seconds of the service calls so far. */
  readonly service: Record<CostLevel, number>;
  cellsRead: number;
  cellsWritten: number;
  cellsTransferred: number;
  /** Emulator CPU time inside outermost service calls. */
  serviceMs: number;
  depth: number;
}

const LEVELS: readonly CostLevel[] = ['low', 'typical', 'high'];
const noCalls = (): Record<CallKind, number> => ({
  local: 0,
  trip: 0,
  blockRead: 0,
  blockWrite: 0,
  write: 0,
  propertyRead: 0,
  propertyWrite: 0,
});

/** Cells of the range a call was made on (1 for anything that is not a range). */
function cellsOf(target: object): number {
  if (!('_rect' in target)) return 1;
  const rect: unknown = target._rect;
  if (typeof rect !== 'object' || rect === null || !('numRows' in rect) || !('numColumns' in rect)) return 1;
  return Number(rect.numRows) * Number(rect.numColumns);
}

/** Cells in a custom function's argument or result (a 2D array, a 1D array, or one value). */
export function cellsIn(value: unknown): number {
  if (!Array.isArray(value)) return 1;
  return value.reduce<number>((n, row) => n + (Array.isArray(row) ? row.length : 1), 0);
}

/** One meter per emulator; executions are keyed by id. */
export class CostMeter {
  private readonly tallies = new Map<number, Tally>();

  /** Starts counting an execution. */
  begin(id: number): void {
    this.tallies.set(id, {
      calls: noCalls(),
      service: { low: 0, typical: 0, high: 0 },
      cellsRead: 0,
      cellsWritten: 0,
      cellsTransferred: 0,
      serviceMs: 0,
      depth: 0,
    });
  }

  /**
   * Runs one service call of execution `id`, charging it when it is the outermost one (calls the emulator makes
   * inside a service, and custom functions run by recalculation while a read waits, are not the add-on's).
   */
  call<T>(id: number, key: string, target: object, run: () => T): T {
    const tally = this.tallies.get(id);
    if (!tally) return run();
    const outermost = tally.depth === 0;
    tally.depth += 1;
    const started = cpuMs();
    try {
      return run();
    } finally {
      tally.depth -= 1;
      if (outermost) {
        tally.serviceMs += cpuMs() - started;
        this.charge(tally, key, target);
      }
    }
  }

  /** Charges cells moved into or out of a custom function at the block-read rate (no per-call overhead). */
  transfer(id: number, cells: number): void {
    const tally = this.tallies.get(id);
    if (!tally) return;
    tally.cellsTransferred += cells;
    for (const level of LEVELS) tally.service[level] += cells * COST_FIGURES[level].readCell;
  }

  /** Ends an execution whose body took `bodyMs` of CPU time on Node (cpuMs before and after). */
  end(id: number, bodyMs: number): ExecutionCost | null {
    const tally = this.tallies.get(id);
    if (!tally) return null;
    this.tallies.delete(id);
    const addonMs = Math.max(0, bodyMs - tally.serviceMs);
    const seconds = { low: 0, typical: 0, high: 0 };
    for (const level of LEVELS) {
      const f = COST_FIGURES[level];
      seconds[level] = round(f.startup + tally.service[level] + (addonMs / 1000) * f.jsFactor);
    }
    return {
      calls: tally.calls,
      cellsRead: tally.cellsRead,
      cellsWritten: tally.cellsWritten,
      cellsTransferred: tally.cellsTransferred,
      addonMs: Math.round(addonMs),
      seconds,
    };
  }

  private charge(tally: Tally, key: string, target: object): void {
    const kind = callKind(key);
    const cells = kind === 'blockRead' || kind === 'blockWrite' ? cellsOf(target) : 1;
    tally.calls[kind] += 1;
    if (kind === 'blockRead') tally.cellsRead += cells;
    if (kind === 'blockWrite') tally.cellsWritten += cells;
    for (const level of LEVELS) tally.service[level] += callSeconds(kind, cells, COST_FIGURES[level]);
  }
}

const round = (s: number) => Math.round(s * 1000) / 1000;

/**
 * CPU time of this process, ms. Steadier than wall time on a machine shared with other work (a busy machine stretches
 * wall time, not the CPU a piece of code needs).
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
