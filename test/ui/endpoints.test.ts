import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/presets.ts';
import {
  callServer,
  defaultRunner,
  errorMessage,
  fetchSidebarData,
  type ScriptRunner,
  type SidebarData,
  sendSettings,
} from '../../src/ui/endpoints.ts';

type Reply = { ok: true; value: unknown } | { ok: false; error: unknown } | { throws: unknown };

/** A google.script.run look-alike: each server function answers asynchronously with `reply(name, args)`. */
function fakeRunner(
  reply: (name: string, args: unknown[]) => Reply,
  calls: string[] = [],
  missing: readonly string[] = [],
): ScriptRunner {
  const make = (onSuccess: (v: unknown) => void, onFailure: (e: unknown) => void): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get(_, key) {
        if (key === 'withSuccessHandler') return (h: (v: unknown) => void) => make(h, onFailure);
        if (key === 'withFailureHandler') return (h: (e: unknown) => void) => make(onSuccess, h);
        if (typeof key === 'string' && missing.includes(key)) return undefined;
        return (...args: unknown[]) => {
          calls.push(String(key));
          const r = reply(String(key), args);
          if ('throws' in r) throw r.throws;
          setTimeout(() => (r.ok ? onSuccess(r.value) : onFailure(r.error)), 0);
        };
      },
    });
  return make(
    () => {},
    () => {},
  );
}

const data = (): SidebarData => ({
  lang: 'zh',
  settings: defaultSettings('factory', 'zh'),
  settingsVersion: 3,
  table: {
    sheetName: '客户',
    headers: ['客户名称', '销售额'],
    rows: [
      ['甲', 100],
      ['乙', '2026-01-02'],
    ],
  },
  tableProblem: null,
  settingsProblem: null,
  today: '2026-03-05',
});

describe('endpoints', () => {
  describe('callServer', () => {
    it('resolves the success handler value', async () => {
      const calls: string[] = [];
      const runner = fakeRunner(() => ({ ok: true, value: 42 }), calls);
      expect(await callServer(runner, 'getSidebarData')).toEqual({ ok: true, value: 42 });
      expect(calls).toEqual(['getSidebarData']);
    });

    it("resolves a failure with the error's message instead of rejecting", async () => {
      const runner = fakeRunner(() => ({ ok: false, error: new Error('Exception: Service Spreadsheets timed out') }));
      const message = 'Exception: Service Spreadsheets timed out';
      expect(await callServer(runner, 'getSidebarData')).toEqual({ ok: false, message: { zh: message, en: message } });
    });

    it('turns a synchronous throw (an argument that cannot be sent) into a failed call', async () => {
      const runner = fakeRunner(() => ({ throws: new TypeError('Failed due to illegal value in property: 0') }));
      const message = 'Failed due to illegal value in property: 0';
      expect(await callServer(runner, 'saveSettings', defaultSettings('custom', 'en'))).toEqual({
        ok: false,
        message: { zh: message, en: message },
      });
    });

    it('fails clearly outside Apps Script, in both languages', async () => {
      expect(await callServer(null, 'getSidebarData')).toEqual({
        ok: false,
        message: {
          zh: 'google.script.run 不可用（此页面不在 Google 表格中运行）',
          en: 'google.script.run is not available (the page is not running in Sheets)',
        },
      });
      expect(defaultRunner({})).toBeNull();
    });

    it('names a server function that does not exist, in both languages', async () => {
      const runner = fakeRunner(() => ({ ok: true, value: 1 }), [], ['getSidebarData']);
      expect(await callServer(runner, 'getSidebarData')).toEqual({
        ok: false,
        message: { zh: '服务器没有函数 getSidebarData', en: 'The server has no function getSidebarData' },
      });
    });
  });

  describe('fetchSidebarData', () => {
    it('accepts a reply of the documented shape', async () => {
      const reply = await fetchSidebarData(fakeRunner(() => ({ ok: true, value: data() })));
      expect(reply).toEqual({ ok: true, value: data() });
    });

    it('rejects a reply whose settings do not validate or whose table holds a non-plain cell', async () => {
      const badSettings = { ...data(), settings: { version: 1 } };
      expect(await fetchSidebarData(fakeRunner(() => ({ ok: true, value: badSettings })))).toEqual({
        ok: false,
        message: {
          zh: '服务器返回的侧边栏数据格式不对',
          en: 'The server sent sidebar data in an unexpected shape',
        },
      });
      const badCell = { ...data(), table: { sheetName: 'x', headers: ['a'], rows: [[{ date: 1 }]] } };
      expect(await fetchSidebarData(fakeRunner(() => ({ ok: true, value: badCell })))).toMatchObject({ ok: false });
    });
  });

  describe('sendSettings', () => {
    it('passes validation issues through as a successful call', async () => {
      const issues = [{ path: 'dimensions.0.weight', code: 'number_ge_0', message: { zh: '错', en: 'bad' } }];
      const reply = await sendSettings(
        fakeRunner(() => ({ ok: true, value: { ok: false, issues } })),
        defaultSettings('custom', 'en'),
      );
      expect(reply).toEqual({ ok: true, value: { ok: false, issues } });
    });

    it('sends the settings, and whether unreadable stored settings may be replaced', async () => {
      const seen: unknown[][] = [];
      const saved = {
        ok: true,
        settingsVersion: 4,
        counts: [1, 2, 3, 4],
        insufficient: 0,
        invalid: 1,
        message: { zh: '好', en: 'ok' },
      };
      const settings = defaultSettings('trading', 'en');
      const runner = fakeRunner((_, args) => {
        seen.push(args);
        return { ok: true, value: saved };
      });
      expect(await sendSettings(runner, settings)).toEqual({ ok: true, value: saved });
      await sendSettings(runner, settings, true);
      expect(seen).toEqual([
        [settings, false],
        [settings, true],
      ]);
    });
  });

  describe('errorMessage', () => {
    const same = (text: string) => ({ zh: text, en: text });

    it('reads Errors, error-like objects and strings as the same text in both languages', () => {
      expect(errorMessage(new Error('boom'))).toEqual(same('boom'));
      expect(errorMessage({ name: 'ScriptError', message: 'Authorisation is required' })).toEqual(
        same('Authorisation is required'),
      );
      expect(errorMessage('plain')).toEqual(same('plain'));
    });

    it('says "unknown error" in each language when there is no message', () => {
      expect(errorMessage(undefined)).toEqual({ zh: '未知错误', en: 'Unknown error' });
      expect(errorMessage({ message: '' })).toEqual({ zh: '未知错误', en: 'Unknown error' });
    });
  });
});
