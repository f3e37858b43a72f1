// Every story of every element, as Storybook would show it: the story's loaders, its render into a
// canvas, its play function (the checks written with it), then axe (WCAG 2.0–2.2 A and AA) on the
// canvas, shadow DOM included.
import axe from 'axe-core';
import { render, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';

interface StoryContext {
  args: Record<string, unknown>;
  loaded: Record<string, unknown>;
  canvasElement: HTMLElement;
}

interface Story {
  args?: Record<string, unknown>;
  loaders?: ((context: StoryContext) => Promise<Record<string, unknown>>)[];
  render?: (args: Record<string, unknown>, context: StoryContext) => TemplateResult;
  play?: (context: StoryContext) => Promise<void>;
}

interface Meta extends Story {
  title: string;
}

const modules = import.meta.glob<Record<string, Meta | Story>>('../src/*.stories.ts', { eager: true });

const canvases: HTMLElement[] = [];
afterEach(() => {
  for (const canvas of canvases.splice(0)) canvas.remove();
});

/**
 * Waits until every custom element in the canvas has finished its pending render, and every
 * transition has ended (axe would otherwise read a button's colours half-way).
 */
async function settled(canvas: HTMLElement): Promise<void> {
  const elements = [...canvas.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
  await Promise.all(elements.map((element) => customElements.whenDefined(element.localName)));
  await Promise.all(elements.map((element) => (element as { updateComplete?: Promise<unknown> }).updateComplete));
  await new Promise(requestAnimationFrame);
  const roots: DocumentOrShadowRoot[] = [document, ...shadowRootsIn(canvas)];
  const animations = roots.flatMap((root) => root.getAnimations());
  await Promise.all(animations.map((animation) => animation.finished.catch(() => undefined)));
}

function shadowRootsIn(root: Element | ShadowRoot): ShadowRoot[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    element.shadowRoot ? [element.shadowRoot, ...shadowRootsIn(element.shadowRoot)] : [],
  );
}

async function runStory(meta: Meta, story: Story): Promise<HTMLElement> {
  const canvasElement = document.createElement('div');
  document.body.append(canvasElement);
  canvases.push(canvasElement);
  const context: StoryContext = { args: { ...meta.args, ...story.args }, loaded: {}, canvasElement };
  for (const load of [...(meta.loaders ?? []), ...(story.loaders ?? [])]) {
    Object.assign(context.loaded, await load(context));
  }
  const draw = story.render ?? meta.render;
  if (!draw) throw new Error(`${meta.title} has no render function`);
  render(draw(context.args, context), canvasElement);
  await settled(canvasElement);
  await story.play?.(context);
  await settled(canvasElement);
  return canvasElement;
}

for (const [file, { default: meta, ...stories }] of Object.entries(modules)) {
  describe((meta as Meta | undefined)?.title ?? file, () => {
    for (const [name, story] of Object.entries(stories)) {
      it(`${name}: plays and passes axe`, async () => {
        const canvas = await runStory(meta as Meta, story);
        const results = await axe.run(canvas, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        expect(
          results.violations.map(
            (violation) =>
              `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary}`).join(', ')}`,
          ),
        ).toEqual([]);
      });
    }
  });
}
