// Wording of the command line (scripts/tiers.ts): its summary of tiers and problems, in Chinese and English.
import type { LocalText } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

/** The summary the CLI prints after grading: customers per tier, problems, columns not found. */
export const SUMMARY = {
  tierCount: (tier: string, count: number) => t(`${tier} 级：${count}`, `${tier}: ${count}`),
  insufficient: (count: number) => t(`数据不足：${count}`, `Insufficient data: ${count}`),
  invalid: (count: number) => t(`有问题的行：${count}`, `Rows with problems: ${count}`),
  missingColumns: (names: readonly string[]) =>
    t(`未找到的列：${names.join('、')}`, `Columns not found: ${names.join(', ')}`),
} as const;
