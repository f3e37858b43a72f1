/** The parts of a Custom Elements Manifest read here; everything else passes through untouched. */
interface Member {
  name: string;
  privacy?: string;
}

interface Declaration {
  members?: Member[];
  attributes?: { fieldName?: string }[];
}

interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/**
 * The members a reader of these docs can use. Storybook turns every member of the manifest into a
 * control and a row of the API table: private ones are noise, and a property behind an attribute
 * is already documented (and controlled) as that attribute.
 */
function publicProperties(declaration: Declaration): Member[] | undefined {
  const attributeBacked = new Set(declaration.attributes?.map((attribute) => attribute.fieldName));
  return declaration.members?.filter(
    (member) => (member.privacy ?? 'public') === 'public' && !attributeBacked.has(member.name),
  );
}

/** The manifest as these docs present it: attributes, property-only members, events, parts and tokens. */
export function publicApi<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: publicProperties(declaration),
      })),
    })),
  };
}
