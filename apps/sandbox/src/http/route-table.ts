/** Which methods each path template answers: what a 405's `Allow` and an OPTIONS answer list. */
function patternOf(template: string): RegExp {
  const source = template.replace(/[.*+?^$()|[\]\\]/g, (char) => `\\${char}`);
  return new RegExp(`^${source.replace(/\{\w+\}/g, '[^/]+')}$`);
}

export class RouteTable {
  readonly #routes = new Map<string, { pattern: RegExp; methods: Set<string> }>();

  /** `template` in OpenAPI style: `/v1/referrals/{id}`. */
  add(method: string, template: string): void {
    const route = this.#routes.get(template);
    if (route) route.methods.add(method);
    else this.#routes.set(template, { pattern: patternOf(template), methods: new Set([method]) });
  }

  /** The methods `path` answers (HEAD with GET, OPTIONS always), or undefined for no such route. */
  allowedMethods(path: string): string[] | undefined {
    for (const { pattern, methods } of this.#routes.values()) {
      if (!pattern.test(path)) continue;
      const allowed = [...methods];
      if (allowed.includes('GET')) allowed.push('HEAD');
      return [...allowed, 'OPTIONS'];
    }
    return undefined;
  }
}
