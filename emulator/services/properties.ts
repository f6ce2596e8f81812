// PropertiesService with the documented quotas: about 9 KB per value and 500 KB per store (sizes in UTF-8 bytes of
// key + value; docs/apps-script.md: Properties). Stores are plain maps the emulator keeps per document/user/script.

import type { Access, Runtime } from '../runtime.ts';

/** Largest value (UTF-8 bytes) a property may hold. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
/** Largest total (keys + values, UTF-8 bytes) of one store. */
export const PROPERTY_STORE_LIMIT = 500 * 1024;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const propsAccess = (method: string): Access => (/^get/u.test(method) ? 'props-read' : 'props-write');

/** One store's data. */
export type PropertyStore = Map<string, string>;

/** A Properties object over one store. */
export class EmuProperties {
  constructor(
    readonly _rt: Runtime,
    readonly _store: PropertyStore,
  ) {}

  /** @internal Applies `changes` only if the store stays within its quota (all or nothing). */
  _write(changes: Array<[string, string]>, deleteOthers: boolean): this {
    const next = new Map(deleteOthers ? [] : this._store);
    for (const [key, value] of changes) {
      if (bytes(value) > PROPERTY_VALUE_LIMIT) throw this._rt.error('Argument too large: value');
      next.set(key, value);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > PROPERTY_STORE_LIMIT) {
      throw this._rt.error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this._store.clear();
    for (const [k, v] of next) this._store.set(k, v);
    return this;
  }

  getProperty(key: string): string | null {
    return this._store.get(String(key)) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store);
  }
  getKeys(): string[] {
    return [...this._store.keys()];
  }
  setProperty(key: string, value: string): this {
    return this._write([[String(key), String(value)]], false);
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    return this._write(
      Object.entries(properties).map(([k, v]) => [k, String(v)]),
      deleteAllOthers,
    );
  }
  deleteProperty(key: string): this {
    this._store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this._store.clear();
    return this;
  }
}

/** PropertiesService. */
export class EmuPropertiesService {
  constructor(
    readonly _rt: Runtime,
    readonly _stores: {
      readonly document: PropertyStore;
      readonly user: PropertyStore;
      readonly script: PropertyStore;
    },
  ) {}

  /** @internal */
  _props(store: PropertyStore): EmuProperties {
    return this._rt.expose(new EmuProperties(this._rt, store), 'Properties', propsAccess);
  }
  getDocumentProperties(): EmuProperties {
    return this._props(this._stores.document);
  }
  getUserProperties(): EmuProperties {
    return this._props(this._stores.user);
  }
  getScriptProperties(): EmuProperties {
    return this._props(this._stores.script);
  }
}

/** @internal Access rule of PropertiesService methods (getting a store is already a properties read). */
export const propertiesServiceAccess = (): Access => 'props-read';
