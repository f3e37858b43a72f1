// TypeDoc plugin: leaves the elements' `static styles` out of the reference. They are Lit's API,
// not ours (theming is by CSS custom properties and parts, which the element pages list), and
// without a comment of their own they would show Lit's, which links to Lit symbols this
// reference does not hold.
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    // Every element extends LitElement, directly or through the shared base element.
    const isStylesOfElement =
      reflection.name === 'styles' && reflection.kindOf(ReflectionKind.Property) && reflection.flags.isStatic;
    if (isStylesOfElement) context.project.removeReflection(reflection);
  });
}
