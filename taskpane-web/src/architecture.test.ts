/**
 * The web app's folder rules, checked on the source text:
 * - a feature (src/features/<name>/) reaches another feature only through that feature's index.ts;
 * - the shared folders (api, lib, ui, office) import no feature;
 * - no two features depend on each other;
 * - no module imports itself back through a chain of imports (type-only imports count: they tie the files as much).
 */
const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const files = Object.keys(sources).map((key) => key.slice(2));
const SHARED = ['api/', 'lib/', 'ui/', 'office/'];
const ASSET = /\.(css|svg|png|json)$/;
const ENDINGS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Resolves a relative specifier ('../ui/format') against the importing file ('features/contacts/Pager.tsx'). */
function resolvePath(file: string, specifier: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** The modules a module imports or re-exports, static or lazy; packages and assets (styles, images) are left out. */
function importsOf(file: string): string[] {
  const text = sources[`./${file}`] ?? '';
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']*)'/g)].map(
    (m) => m[1] ?? '',
  );
  return specifiers
    .filter((specifier) => !ASSET.test(specifier))
    .map((specifier) => {
      const base = resolvePath(file, specifier);
      const found = ENDINGS.map((ending) => base + ending).find((path) => graphKeys.has(path));
      if (found === undefined) throw new Error(`${file} imports '${specifier}', which does not resolve`);
      return found;
    });
}

/** The feature a file belongs to ('campaigns' for features/campaigns/mail/X.tsx), or null outside the features. */
function featureOf(file: string): string | null {
  const match = /^features\/([^/]+)\//.exec(file);
  return match?.[1] ?? null;
}

const graphKeys = new Set(files);
const graph = new Map(files.map((file) => [file, importsOf(file)]));

/** Every import from one feature into another that does not go through the other's index.ts. */
function crossFeatureImports(): string[] {
  return [...graph].flatMap(([file, targets]) => {
    const from = featureOf(file);
    if (from === null) return [];
    return targets
      .filter((target) => {
        const to = featureOf(target);
        return to !== null && to !== from && target !== `features/${to}/index.ts`;
      })
      .map((target) => `${file} -> ${target}`);
  });
}

/** Every import from a shared folder (api, lib, ui, office) into a feature. */
function sharedImportingFeatures(): string[] {
  return [...graph].flatMap(([file, targets]) =>
    SHARED.some((folder) => file.startsWith(folder))
      ? targets.filter((target) => featureOf(target) !== null).map((target) => `${file} -> ${target}`)
      : [],
  );
}

/** The import cycles among the files, each written as a chain that ends where it starts. */
function importCycles(): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') {
        const chain = [...stack.slice(stack.indexOf(target)), target];
        cycles.push(chain.join(' -> '));
      } else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  files.forEach((file) => state.has(file) || visit(file));
  return cycles;
}

/** Pairs of features that import each other, directly or through others ('a <-> b'). */
function mutualFeatures(): string[] {
  const uses = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = featureOf(file);
    if (from === null) continue;
    for (const target of targets) {
      const to = featureOf(target);
      if (to !== null && to !== from) uses.set(from, (uses.get(from) ?? new Set()).add(to));
    }
  }
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
    [...(uses.get(from) ?? [])].some((next) => next === to || (!seen.has(next) && reaches(next, to, seen.add(next))));
  const features = [...uses.keys()].sort();
  return features.flatMap((a) =>
    features.filter((b) => a < b && reaches(a, b) && reaches(b, a)).map((b) => `${a} <-> ${b}`),
  );
}

describe('the folder rules of the web app', () => {
  it('reads the imports of every source file', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('App.tsx')).toContain('features/shell/Shell.tsx');
  });

  it('lets a feature reach another feature only through its index.ts', () => {
    expect(crossFeatureImports()).toEqual([]);
  });

  it('keeps the shared folders free of feature imports', () => {
    expect(sharedImportingFeatures()).toEqual([]);
  });

  it('has features depend on each other one way only', () => {
    expect(mutualFeatures()).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(importCycles()).toEqual([]);
  });
});
