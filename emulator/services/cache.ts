// CacheService: document/user/script caches with expiry on the emulator's virtual clock, 100 KB values, at most
// 21600 s (6 h) expiry, 250-character keys.

import type { Runtime } from '../runtime.ts';

/** Largest cached value (UTF-8 bytes). */
const CACHE_VALUE_LIMIT = 100 * 1024;
/** Longest expiry, seconds. */
const CACHE_MAX_TTL = 21600;

interface Entry {
  readonly value: string;
  readonly expiresAt: number;
}

/** One cache's data. */
export type CacheStore = Map<string, Entry>;

/** A Cache. */
export class EmuCache {
  constructor(
    readonly _rt: Runtime,
    readonly _store: CacheStore,
  ) {}

  /** @internal */
  _check(key: string, value: string, ttl: number): void {
    if (key.length > 250) throw this._rt.error('Argument too large: key');
    if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT) throw this._rt.error('Argument too large: value');
    if (ttl > CACHE_MAX_TTL) throw this._rt.error('Argument exceeded maximum value: expirationInSeconds');
  }
  get(key: string): string | null {
    const entry = this._store.get(String(key));
    if (!entry) return null;
    if (entry.expiresAt <= this._rt.now().getTime()) {
      this._store.delete(String(key));
      return null;
    }
    return entry.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const v = this.get(key);
      if (v !== null) out[key] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds = 600): void {
    this._check(String(key), String(value), expirationInSeconds);
    this._store.set(String(key), {
      value: String(value),
      expiresAt: this._rt.now().getTime() + expirationInSeconds * 1000,
    });
  }
  putAll(values: Record<string, string>, expirationInSeconds = 600): void {
    for (const [k, v] of Object.entries(values)) this._check(k, String(v), expirationInSeconds);
    for (const [k, v] of Object.entries(values)) this.put(k, String(v), expirationInSeconds);
  }
  remove(key: string): void {
    this._store.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const key of keys) this._store.delete(String(key));
  }
}

/** CacheService. */
export class EmuCacheService {
  constructor(
    readonly _rt: Runtime,
    readonly _stores: { readonly document: CacheStore; readonly user: CacheStore; readonly script: CacheStore },
  ) {}

  /** @internal */
  _cache(store: CacheStore): EmuCache {
    return this._rt.expose(new EmuCache(this._rt, store), 'Cache', () => 'cache');
  }
  getDocumentCache(): EmuCache {
    return this._cache(this._stores.document);
  }
  getUserCache(): EmuCache {
    return this._cache(this._stores.user);
  }
  getScriptCache(): EmuCache {
    return this._cache(this._stores.script);
  }
}
