// Vue 3 types of the elements, for templates checked by vue-tsc (Volar). Vue sets a prop as a
// property when the element has one of that (camelised) name, and `@vr-event` arrives as the
// prop `onVrEvent`, which Vue turns back into `addEventListener('vr-event', …)`.
import { attributeType, banner, classImports, docComment, eventType, key } from './elements.mjs';

const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const handlerName = (event) => `on${camelCase(event).replace(/^./, (letter) => letter.toUpperCase())}`;

function propsInterface(element) {
  const members = new Map();
  for (const attribute of element.attributes) {
    members.set(attribute.field ?? attribute.name, [attribute.description, attributeType(element, attribute)]);
  }
  for (const property of element.properties) {
    members.set(property.name, [property.description, `${element.className}['${property.name}']`]);
  }
  for (const event of element.events) {
    members.set(handlerName(event.name), [event.description, `(event: ${eventType(event.name)}) => void`]);
  }
  const body = [...members]
    .map(([name, [description, type]]) => `${docComment(description, '  ')}  ${key(name)}?: ${type};`)
    .join('\n');
  return `${docComment(`Props of \`<${element.tagName}>\` in Vue 3 templates.`, '')}export interface ${element.className}Props {\n${body}\n}`;
}

export function vueTypes(elements) {
  const components = elements
    .map((element) => `    ${key(element.tagName)}: CustomElement<${element.className}, ${element.className}Props>;`)
    .join('\n');
  return `${banner}import type { HTMLAttributes, PublicProps } from 'vue';
${classImports(elements)}

/** A custom element as Vue's template type checker sees a component: its props and its instance. */
export type CustomElement<E extends HTMLElement, Props> = new () => E & {
  $props: Props & HTMLAttributes & PublicProps;
};

${elements.map(propsInterface).join('\n\n')}

declare module 'vue' {
  interface GlobalComponents {
${components}
  }
}
`;
}
