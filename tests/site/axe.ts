import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG rule sets every page must pass (WCAG 2.0, 2.1 and 2.2, levels A and AA), and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/** axe-core's violations of `AXE_TAGS` on the page as it is now, one line per rule with its targets. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    async (tags) => {
      type Axe = { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      const result = await (window as unknown as { axe: Axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    },
    [...AXE_TAGS],
  );
}
