// Wording of the presets: the default names of their dimensions and benefits and of the customer column. They are
// defaults the user may rename in the settings; the preset's header lists match the same words.
import type { LocalText } from '../settings-schema.ts';

const t = (zh: string, en: string): LocalText => ({ zh, en });

/** Default labels of the preset dimensions and benefits, and the customer column's default header. */
export const PRESET_WORDS = {
  customerColumn: t('客户名称', 'Customer'),
  revenue: t('销售额', 'Revenue'),
  profit: t('利润', 'Profit'),
  overdueDays: t('逾期天数', 'Overdue days'),
  samples: t('免费样品', 'Free samples'),
  training: t('免费产品培训', 'Free product training'),
  mould: t('免费开模', 'Free mould opening'),
} as const;
