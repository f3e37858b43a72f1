import axe from 'axe-core';
import { expect } from 'storybook/test';

/** Runs axe-core on the story's element (shadow DOM included) against WCAG 2.0–2.2 A and AA. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  await expect(results.violations.map((violation) => violation.id)).toEqual([]);
}
