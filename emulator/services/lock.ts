// LockService with real contention: a lock is held by one execution at a time; `Emulator.holdLock` lets a test play
// "another execution" holding it. Waiting advances the virtual clock instead of sleeping.

import type { Runtime } from '../runtime.ts';

/** Which lock: per document, per script, per user. */
export type LockScope = 'document' | 'script' | 'user';

/** Who holds each lock: an execution id, or 'other' for a simulated foreign execution. */
export type LockTable = Map<LockScope, number | 'other'>;

/** A Lock object. */
export class EmuLock {
  constructor(
    readonly _rt: Runtime,
    readonly _table: LockTable,
    readonly _scope: LockScope,
  ) {}

  /** @internal */
  _acquire(): boolean {
    const holder = this._table.get(this._scope);
    const me = this._rt.current.id;
    if (holder === undefined || holder === me) {
      this._table.set(this._scope, me);
      return true;
    }
    return false;
  }
  tryLock(timeoutInMillis: number): boolean {
    if (this._acquire()) return true;
    this._rt.advance(timeoutInMillis);
    return false;
  }
  waitLock(timeoutInMillis: number): void {
    if (this._acquire()) return;
    this._rt.advance(timeoutInMillis);
    throw this._rt.error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this._table.get(this._scope) === this._rt.current.id;
  }
  releaseLock(): void {
    if (this.hasLock()) this._table.delete(this._scope);
  }
}

/** LockService. */
export class EmuLockService {
  constructor(
    readonly _rt: Runtime,
    readonly _table: LockTable,
  ) {}

  /** @internal */
  _lock(scope: LockScope): EmuLock {
    return this._rt.expose(new EmuLock(this._rt, this._table, scope), 'Lock', () => 'lock');
  }
  getDocumentLock(): EmuLock {
    return this._lock('document');
  }
  getScriptLock(): EmuLock {
    return this._lock('script');
  }
  getUserLock(): EmuLock {
    return this._lock('user');
  }
}
