// React 19 JSX types of the elements. React 19 sets a prop as a property when the element has
// one of that name and as an attribute otherwise, and turns `on<event-name>` into
// `addEventListener('<event-name>', …)`: the props below are exactly those three kinds.
import { attributeType, banner, classImports, docComment, eventType, key } from './elements.mjs';

function propsInterface(element) {
  const members = new Map();
  for (const attribute of element.attributes) {
    members.set(attribute.name, [attribute.description, attributeType(element, attribute)]);
  }
  for (const property of element.properties) {
    members.set(property.name, [property.description, `${element.className}['${property.name}']`]);
  }
  for (const event of element.events) {
    members.set(`on${event.name}`, [event.description, `(event: ${eventType(event.name)}) => void`]);
  }
  const body = [...members]
    .map(([name, [description, type]]) => `${docComment(description, '  ')}  ${key(name)}?: ${type};`)
    .join('\n');
  return `${docComment(`Props of \`<${element.tagName}>\` in React 19 JSX.`, '')}export interface ${element.className}Props extends ElementProps<${element.className}> {\n${body}\n}`;
}

export function reactTypes(elements) {
  const intrinsic = elements.map((element) => `      ${key(element.tagName)}: ${element.className}Props;`).join('\n');
  return `${banner}import type { HTMLAttributes, RefAttributes } from 'react';
${classImports(elements)}

/** What every element accepts like any HTML element: \`id\`, \`className\`, \`style\`, \`ref\`, children… */
type ElementProps<E extends HTMLElement> = HTMLAttributes<E> & RefAttributes<E>;

${elements.map(propsInterface).join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic}
    }
  }
}
`;
}
