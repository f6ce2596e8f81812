// The data the sidebar and its server endpoints exchange through google.script.run: plain values only (a Date would
// make the call fail). Types only, in the core so both sides compile against it without seeing each other's globals.
import type { PolicyDocument } from './policy/document.ts';
import type { LocalText, Settings, SettingsIssue } from './settings.ts';

/** A cell as it crosses google.script.run: dates arrive as 'yyyy-MM-dd' text. */
export type WireCell = string | number | boolean;

/** What the sidebar reads once when it opens: saved settings and the customer table as plain values. */
export type SidebarData = {
  lang: 'zh' | 'en';
  settings: Settings;
  settingsVersion: number;
  table: { sheetName: string; headers: string[]; rows: WireCell[][] } | null;
  tableProblem: LocalText | null;
  /** The stored settings cannot be read: why, and what `settings` are instead (the last good copy, or defaults). */
  settingsProblem: LocalText | null;
  today: string;
};

/** What Save returns: the new version and the regraded counts, or why the settings were refused. */
export type SaveResult =
  | { ok: true; settingsVersion: number; counts: number[]; insufficient: number; invalid: number; message: LocalText }
  | { ok: false; issues: SettingsIssue[] }
  /** The stored settings cannot be read: nothing was saved; the sidebar asks before replacing them. */
  | { ok: false; issues: []; unreadable: LocalText };

/** What the printable notices dialog loads: the notices sheet's first rows, and how many it holds. */
export type NoticesReply = {
  lang: 'zh' | 'en';
  notices: { customer: string; salesperson: string; tier: string; text: string }[];
  total: number;
};

/** What the printable policy dialog loads: the policy document in the user's language, or why there is none. */
export type PolicyReply =
  | { ok: true; lang: 'zh' | 'en'; document: PolicyDocument }
  | { ok: false; lang: 'zh' | 'en'; message: string };
