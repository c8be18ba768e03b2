import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * Automated accessibility checks with axe-core (a devDependency: it never reaches a page bundle).
 * The library's own source is read from disk and injected into the page under test, then
 * `axe.run` checks the whole document against WCAG 2.0/2.1 A and AA.
 */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface A11yNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
export interface A11yViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: A11yNode[];
}

let axeSource: string | undefined;
function source(): string {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** Injects axe-core (once per document) and returns every WCAG 2.x A/AA violation on the page. */
export async function axeViolations(page: Page): Promise<A11yViolation[]> {
  // Evaluated through the DevTools protocol, not as an inline <script>: the pages' Content
  // Security Policy (script-src 'self') refuses inline scripts, as it should.
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(source());
  return page.evaluate(async (values) => {
    const g = globalThis as any;
    const result = await g.axe.run(g.document, { runOnly: { type: 'tag', values } });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n: any) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  }, WCAG_TAGS);
}

/** One readable block per violation: rule id, impact, what it asks, and each failing node. */
export function formatViolations(violations: A11yViolation[]): string {
  return violations
    .map((v) =>
      [
        `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${v.helpUrl}`,
        ...v.nodes.map(
          (n) =>
            `  at ${n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | ')}\n` +
            `     ${(n.failureSummary ?? '').replace(/\n\s*/g, '\n     ')}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}

/** Serious and critical violations fail a test; minor and moderate ones are returned for logging only. */
export function seriousOnly(violations: A11yViolation[]): A11yViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Runs axe on the page as it is now and throws (failing the test) when any serious or critical
 * violation is found, naming the page state, the rule, the impact, the target selectors and
 * axe's summary of how to fix each node.
 */
export async function expectNoSeriousViolations(page: Page, what: string): Promise<A11yViolation[]> {
  const all = await axeViolations(page);
  const serious = seriousOnly(all);
  if (serious.length) throw new Error(`Accessibility violations on ${what}:\n${formatViolations(serious)}`);
  return all;
}
