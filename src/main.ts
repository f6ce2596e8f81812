// Apps Script entry points. Only wiring: every export becomes a top-level global in dist/Code.js
// (scripts/lib/globals.ts), so each line here calls into a module that holds the logic.

import { writeCustomerNoticesCommand } from './apps-script/commands/customer-notices.ts';
import { openSettingsCommand } from './apps-script/commands/open-settings.ts';
import { publishTiersCommand } from './apps-script/commands/publish-tiers.ts';
import { recomputeTiersCommand } from './apps-script/commands/recompute-tiers.ts';
import { refreshQuotaOverviewCommand } from './apps-script/commands/refresh-quota-overview.ts';
import { saveSnapshotCommand } from './apps-script/commands/save-snapshot.ts';
import { showServicePlanCommand } from './apps-script/commands/service-plan.ts';
import { setUpBenefitLogCommand } from './apps-script/commands/set-up-benefit-log.ts';
import { setUpSampleSheetsCommand } from './apps-script/commands/set-up-sample-sheets.ts';
import { showGradingPolicyCommand } from './apps-script/commands/show-grading-policy.ts';
import { showHelpCommand } from './apps-script/commands/show-help.ts';
import { showSummaryCommand } from './apps-script/commands/show-summary.ts';
import { toggleAutomaticUpdatesCommand } from './apps-script/commands/toggle-automatic-updates.ts';
import { quotaLeft } from './apps-script/functions/quota-left.ts';
import { serviceDue } from './apps-script/functions/service-due.ts';
import { tierColumn } from './apps-script/functions/tier.ts';
import { tierBenefit } from './apps-script/functions/tier-benefit.ts';
import { getCustomerNotices as readCustomerNotices } from './apps-script/sidebar/customer-notices.ts';
import { getSidebarData as readSidebarData, saveSettings as saveFromSidebar } from './apps-script/sidebar/endpoints.ts';
import { getGradingPolicy as readGradingPolicy } from './apps-script/sidebar/grading-policy.ts';
import { continueDailyUpdateTrigger, runDailyUpdateTrigger } from './apps-script/triggers/daily-update.ts';
import { handleChange } from './apps-script/triggers/on-change.ts';
import { handleEdit } from './apps-script/triggers/on-edit.ts';
import { handleOpen } from './apps-script/triggers/on-open.ts';
import type { NoticesReply, PolicyReply, SaveResult, SidebarData } from './core/sidebar-contract.ts';

/** Simple trigger: adds the add-on menu (also in AuthMode.NONE). */
export function onOpen(): void {
  handleOpen();
}

/** Runs when the add-on is installed: same menu as on open. */
export function onInstall(): void {
  onOpen();
}

/** Simple trigger: keeps tiers and colours in step with edits to the customer table. */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  handleEdit(e);
}

/** Installable onChange trigger (with automatic updates): deleted benefit-log rows fire no onEdit. */
export function onDocumentChange(e: GoogleAppsScript.Events.SheetsOnChange): void {
  handleChange(e);
}

/** Menu: Open settings. */
export function openSettings(): void {
  openSettingsCommand();
}

/** Menu: Recompute tiers. */
export function recomputeTiers(): void {
  recomputeTiersCommand();
}

/** Menu: Save snapshot (records today's tier changes in Tier history, one row per customer per change). */
export function saveSnapshot(): void {
  saveSnapshotCommand();
}

/** Menu: Show summary (rebuilds the Summary sheet and its charts). */
export function showSummary(): void {
  showSummaryCommand();
}

/** Menu: Grading policy (writes the policy sheet and opens the printable dialog). */
export function showGradingPolicy(): void {
  showGradingPolicyCommand();
}

/** Policy dialog: the grading policy as plain data. */
export function getGradingPolicy(): PolicyReply {
  return readGradingPolicy();
}

/** Menu: Customer notices (one letter per graded customer, and the printable dialog). */
export function writeCustomerNotices(): void {
  writeCustomerNoticesCommand();
}

/** Menu: Service plan (what each customer's tier still has open this period, per salesperson). */
export function showServicePlan(): void {
  showServicePlanCommand();
}

/** Menu: Publish tiers for this period (review cycle: freezes the current tiers as the official ones). */
export function publishTiers(): void {
  publishTiersCommand();
}

/** Notices dialog: the notices sheet's letters as plain data. */
export function getCustomerNotices(): NoticesReply {
  return readCustomerNotices();
}

/** Menu: Set up sample sheets. */
export function setUpSampleSheets(): void {
  setUpSampleSheetsCommand();
}

/** Menu: Help. */
export function showHelp(): void {
  showHelpCommand();
}

/** Sidebar: saved settings and the customer table, as plain values. */
export function getSidebarData(): SidebarData {
  return readSidebarData();
}

/** Sidebar: validate, store, bump the version, recompute (unreadable stored settings only when confirmed). */
export function saveSettings(candidate: unknown, replaceUnreadable?: unknown): SaveResult {
  return saveFromSidebar(candidate, replaceUnreadable);
}

/**
 * 每位客户的等级 / The tier of each customer in a table (A, B, C, D or a status such as "Insufficient data").
 * Pass the settings-version cell so the column recalculates when settings are saved.
 *
 * @param {A1:F500} table The customer table, including its header row.
 * @param {CustomerTiers_Version} settings_version Optional: the named range CustomerTiers_Version.
 * @return One tier per data row, spilling down.
 * @customfunction
 */
export function TIER(table: unknown, settings_version?: unknown): (string | number | boolean)[][] {
  void settings_version;
  return tierColumn(table, 0);
}

/**
 * 每位客户的得分 / The score (0 to 100) of each customer in a table.
 *
 * @param {A1:F500} table The customer table, including its header row.
 * @param {CustomerTiers_Version} settings_version Optional: the named range CustomerTiers_Version.
 * @return One score per data row, spilling down.
 * @customfunction
 */
export function TIER_SCORE(table: unknown, settings_version?: unknown): (string | number | boolean)[][] {
  void settings_version;
  return tierColumn(table, 1);
}

/**
 * 分级原因 / Why each customer has its tier: each dimension's part, the gate that fired, the gap to the next tier.
 *
 * @param {A1:F500} table The customer table, including its header row.
 * @param {CustomerTiers_Version} settings_version Optional: the named range CustomerTiers_Version.
 * @return One explanation per data row, spilling down.
 * @customfunction
 */
export function TIER_WHY(table: unknown, settings_version?: unknown): (string | number | boolean)[][] {
  void settings_version;
  return tierColumn(table, 2);
}

/**
 * 某等级的权益额度 / The allowance of a benefit for a tier, from the benefit table (money, times, or Yes/No).
 *
 * @param {"A"} tier A tier name, or a range of them.
 * @param {"samples"} benefit The benefit's id or name, e.g. "Free samples" or "免费样品".
 * @param {CustomerTiers_Version} settings_version Optional: the named range CustomerTiers_Version.
 * @return The allowance per tier given.
 * @customfunction
 */
export function TIER_BENEFIT(
  tier: unknown,
  benefit: unknown,
  settings_version?: unknown,
): string | number | boolean | (string | number | boolean)[][] {
  void settings_version;
  return tierBenefit(tier, benefit);
}

/** Menu: Set up benefit log. */
export function setUpBenefitLog(): void {
  setUpBenefitLogCommand();
}

/** Menu: Refresh quota overview. */
export function refreshQuotaOverview(): void {
  refreshQuotaOverviewCommand();
}

/** Menu: Turn automatic updates on/off. */
export function toggleAutomaticUpdates(): void {
  toggleAutomaticUpdatesCommand();
}

/** Daily time-driven trigger (installed by "Turn automatic updates on/off"); records its outcome in the add-on log. */
export function runDailyUpdate(): void {
  runDailyUpdateTrigger();
}

/** One-off time-driven trigger that continues a daily run in parts (past its time budget); removed when done. */
export function continueDailyUpdate(): void {
  continueDailyUpdateTrigger();
}

/**
 * 剩余权益额度 / Remaining allowance of a benefit for a customer in the current period (or the period of the given
 * date), from the benefit log. Negative means over quota; a perk gives Included / Not included.
 *
 * @param {"Acme Ltd"} customer The customer's name, as in the customer table.
 * @param {"Free samples"} benefit The benefit's name or id, e.g. "Free samples" or "免费样品".
 * @param {'Benefit log'!A2:E} log_range The benefit log's Date, Customer, Benefit and Amount columns.
 * @param {TODAY()} date Optional: the day to count up to; defaults to today.
 * @return The remaining allowance.
 * @customfunction
 */
export function QUOTA_LEFT(customer: unknown, benefit: unknown, log_range: unknown, date?: unknown): number | string {
  return quotaLeft(customer, benefit, log_range, date);
}

/**
 * 客户待办权益 / The open items of one customer in the current period: trainings not yet given, budget left, perks
 * available, each with the days left in its period (as the Service plan sheet lists them).
 *
 * @param {"Acme Ltd"} customer The customer's name, as in the customer table.
 * @param {'Benefit log'!A2:E} log_range Optional: the benefit log's Date, Customer, Benefit and Amount columns, so the
 *   result recalculates when the log changes; without it the add-on's log is read.
 * @return One open item per line, spilling down.
 * @customfunction
 */
export function SERVICE_DUE(customer: unknown, log_range?: unknown): string[][] {
  return serviceDue(customer, log_range);
}
