// Runs axe-core (the npm package's own build, evaluated in the page, so no request leaves the page) in every frame of
// a page and lists the serious and critical violations as one line each: state, rule, element, what is wrong.
import axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';

/** axe-core's own script, as the package hands it out for injection into a page. */
const AXE_SOURCE = axe.source;

/** Impacts that fail a test; 'minor' and 'moderate' are reported by axe but do not block a user. */
const BLOCKING = new Set(['serious', 'critical']);
/** Every impact: for pages held to no violation at all. */
export const ALL_IMPACTS: ReadonlySet<string> = new Set(['minor', 'moderate', 'serious', 'critical']);

type Finding = { rule: string; impact: string; target: string; summary: string };

/** Where to look: a whole page with its frames, or one part of it. */
export type AxeScope = {
  readonly impacts?: ReadonlySet<string>;
  /** A selector in the main frame: only that element is checked (its frames are not). */
  readonly within?: string;
  /** Only the frame whose URL contains this text. */
  readonly frame?: string;
};

/** The violations in one frame's document, or in `within` there (child frames are checked as frames of their own). */
async function frameFindings(frame: Frame, within: string | undefined): Promise<Finding[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async selector => {
    const axe = Reflect.get(window, 'axe');
    const context = selector === null ? document : { include: [selector] };
    const result = await axe.run(context, { iframes: false, resultTypes: ['violations'] });
    const found: Finding[] = [];
    for (const violation of result.violations)
      for (const node of violation.nodes)
        found.push({
          rule: violation.id,
          impact: violation.impact ?? '',
          target: node.target.join(' '),
          summary: String(node.failureSummary ?? '').replace(/\s+/gu, ' '),
        });
    return found;
  }, within ?? null);
}

/**
 * Every axe-core violation of `scope.impacts` (default serious and critical) in the page and its frames, as
 * '<state> [frame] rule (impact) element: summary' lines; empty when the page passes.
 */
export async function axeViolations(page: Page, state: string, scope: AxeScope = {}): Promise<string[]> {
  const impacts = scope.impacts ?? BLOCKING;
  const lines: string[] = [];
  for (const frame of page.frames()) {
    if (frame.url() === 'about:blank' || frame.url() === '') continue; // an iframe before its page is set: no document
    const main = frame === page.mainFrame();
    if (scope.frame !== undefined ? !frame.url().includes(scope.frame) : scope.within !== undefined && !main) continue;
    const where = main ? '' : ` [${new URL(frame.url()).pathname}]`;
    for (const f of await frameFindings(frame, main ? scope.within : undefined))
      if (impacts.has(f.impact)) lines.push(`${state}${where} ${f.rule} (${f.impact}) ${f.target}: ${f.summary}`);
  }
  return lines;
}
