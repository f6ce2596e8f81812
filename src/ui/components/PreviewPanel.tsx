// The what-if panel: customers per tier as a small bar chart (plain divs), moves against the saved settings,
// and the benefit budget the edited tiers imply. All sheet text (customer names) is rendered as text.
import { CHECK_DATA_COLOUR, PLAIN_BACKGROUND } from '../../core/colours.ts';
import type { Lang } from '../../core/locale.ts';
import type { Settings } from '../../core/settings.ts';
import { RHYTHM_WORDS } from '../../core/wording/ledger.ts';
import { tx } from '../text.ts';
import type { MoveExample, WhatIf } from '../whatif.ts';

type Props = {
  lang: Lang;
  settings: Settings;
  whatIf: WhatIf | null;
  examples: { up: MoveExample[]; down: MoveExample[] };
  /** True when the draft has errors and the numbers are from the last valid draft. */
  stale: boolean;
  dirty: boolean;
  tableProblem: string | null;
  /** Changes on every recomputation; tests and the benchmark wait for it. */
  revision: number;
};

/** Renders the preview, or why there is none. */
export function PreviewPanel({ lang, settings, whatIf, examples, stale, dirty, tableProblem, revision }: Props) {
  const fmt = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0 });
  return (
    <section
      class={`preview${stale ? ' stale' : ''}`}
      aria-labelledby="h-preview"
      aria-live="polite"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls on its own (max 45% of the height) must be focusable so the keyboard can scroll it (axe: scrollable-region-focusable).
      tabIndex={0}
      data-revision={revision}
    >
      <h2 id="h-preview">{tx(dirty ? 'preview' : 'previewSaved', lang)}</h2>
      {tableProblem !== null ? <p class="notice">{tableProblem}</p> : null}
      {stale ? <p class="notice">{tx('previewBlocked', lang)}</p> : null}
      {whatIf === null ? (
        tableProblem === null ? null : (
          <p class="hint">{tx('noTable', lang)}</p>
        )
      ) : (
        <>
          <TierBars lang={lang} settings={settings} whatIf={whatIf} format={fmt.format} />
          <p class="moves" data-testid="moves">
            <span class="up">
              ↑ <span data-testid="moves-up">{fmt.format(whatIf.moves.up)}</span> {tx('movesUp', lang)}
            </span>
            {' · '}
            <span class="down">
              ↓ <span data-testid="moves-down">{fmt.format(whatIf.moves.down)}</span> {tx('movesDown', lang)}
            </span>
            {whatIf.moves.changedStatus > 0
              ? ` · ${fmt.format(whatIf.moves.changedStatus)} ${tx('movesStatus', lang)}`
              : ''}
          </p>
          <Examples lang={lang} examples={examples} total={whatIf.moves.up + whatIf.moves.down} />
          <Budget lang={lang} settings={settings} whatIf={whatIf} format={fmt.format} />
        </>
      )}
    </section>
  );
}

type Format = (n: number) => string;

/** What each part of the preview summary (bars, budget) is drawn from. */
type SummaryPartProps = { lang: Lang; settings: Settings; whatIf: WhatIf; format: Format };

function TierBars({ lang, settings, whatIf, format }: SummaryPartProps) {
  const { perTier, insufficient, invalid } = whatIf.counts;
  const max = Math.max(1, ...perTier, insufficient, invalid);
  const bars = settings.tiers.map((tier, i) => ({
    key: `t${i}`,
    label: tier.name,
    color: tier.color,
    count: perTier[i] ?? 0,
    before: whatIf.savedCounts.perTier[i],
  }));
  if (insufficient > 0)
    bars.push({
      key: 'ins',
      label: tx('insufficient', lang),
      color: PLAIN_BACKGROUND,
      count: insufficient,
      before: whatIf.savedCounts.insufficient,
    });
  if (invalid > 0)
    bars.push({
      key: 'inv',
      label: tx('invalid', lang),
      color: CHECK_DATA_COLOUR,
      count: invalid,
      before: whatIf.savedCounts.invalid,
    });
  return (
    <ul class="bars" aria-label={tx('tiers', lang)}>
      {bars.map(bar => {
        const delta = bar.before === undefined ? 0 : bar.count - bar.before;
        return (
          <li key={bar.key} data-testid={`bar-${bar.key}`}>
            <span class="bar-label">{bar.label}</span>
            <span class="bar-track">
              <span class="bar" style={{ width: `${(bar.count / max) * 100}%`, background: bar.color }} />
            </span>
            <span class="bar-count" data-testid={`count-${bar.key}`}>
              {format(bar.count)}
            </span>
            <span class={`bar-delta ${delta > 0 ? 'more' : delta < 0 ? 'fewer' : ''}`}>
              {delta === 0 ? '' : `${delta > 0 ? '+' : '−'}${format(Math.abs(delta))}`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** A few of the customers that move, then how many others do (so 6 shown of 14 never reads as all of them). */
function Examples({ lang, examples, total }: { lang: Lang; examples: Props['examples']; total: number }) {
  const all = [...examples.up, ...examples.down];
  if (all.length === 0) return null;
  const more = total - all.length;
  return (
    <ul class="examples" aria-label={tx('movedExamples', lang)} data-testid="examples">
      {all.map((e, i) => (
        <li key={i}>
          <span class="name">{e.name}</span> {e.from} → {e.to}
        </li>
      ))}
      {more > 0 ? (
        <li class="more" data-testid="examples-more">
          {tx('moreMoves', lang, { n: more })}
        </li>
      ) : null}
    </ul>
  );
}

function Budget({ lang, settings, whatIf, format }: SummaryPartProps) {
  if (whatIf.budget.length === 0) return null;
  const unit = (kind: string, n: number) =>
    kind === 'money'
      ? `${settings.currency}${format(n)}`
      : kind === 'times'
        ? `${format(n)} ${tx('times', lang)}`
        : `${format(n)} ${tx('perkHolders', lang)}`;
  return (
    <div class="budget">
      <h3>{tx('budget', lang)}</h3>
      <dl>
        {whatIf.budget.map(line => (
          <div key={line.id} class="budget-line" data-testid={`budget-${line.id}`}>
            <dt>{line.label[lang] || line.id}</dt>
            <dd>
              <span class="total">{unit(line.kind, line.total)}</span>
              {line.kind === 'perk' ? null : (
                <span class="per">{tx('budgetPer', lang, { every: RHYTHM_WORDS.every[line.per][lang] })}</span>
              )}
              {line.total !== line.savedTotal ? <span class="was"> ({unit(line.kind, line.savedTotal)})</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
