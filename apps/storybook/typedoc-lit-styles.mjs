// TypeDoc plugin: leaves the elements' `static styles` out of the reference. They are Lit's API,
// not ours (theming is by CSS custom properties and parts, which the element pages list), and
// without a comment of their own they would show Lit's, which links to Lit symbols this
// reference does not hold.
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const { parent } = reflection;
    // An element extends LitElement directly or through a shared base; its JSDoc names its `@tag`.
    const isElement =
      parent?.extendedTypes?.some((type) => type.toString() === 'LitElement') ||
      parent?.comment?.blockTags.some((tag) => tag.tag === '@tag');
    const isStylesOfElement =
      reflection.name === 'styles' &&
      reflection.kindOf(ReflectionKind.Property) &&
      reflection.flags.isStatic &&
      isElement;
    if (isStylesOfElement) context.project.removeReflection(reflection);
  });
}
