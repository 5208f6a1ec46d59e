import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';

/** axe-core's script, run in a page through the DevTools protocol. */
export const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string;
  nodes: unknown[];
}

/** The serious and critical violations, as "rule (how many nodes)". */
export const serious = (vs: Violation[]) =>
  vs.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);

/** axe's serious and critical violations on an extension page as it is now. */
export async function axePage(p: Page): Promise<string[]> {
  // Through the DevTools protocol: the extension's CSP rightly refuses an injected script tag.
  await p.evaluate(AXE);
  return serious(
    await p.evaluate(
      async () => (await (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe.run()).violations,
    ),
  );
}
