import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'rolldown/utils';

/**
 * What the build cache knows of the code that made an output: a hash of every file of the
 * project that the stage's module imports, directly or through others (its module graph, as
 * Vite's own parser, rolldown's, reads the imports), of the installed dependencies
 * (package-lock.json) and of the settings the stage was run with. Change a line anywhere in
 * that graph, a dependency or a setting, and the stage's outputs are made afresh; change
 * anything else, and they are not.
 */

/** Imports of the project's own files are relative; anything else is a dependency. */
function isProjectImport(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../');
}

/** The modules one file imports: statically, re-exported or by a dynamic import of a string. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const { module, errors } = parseSync(file, source);
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]?.message ?? 'cannot be parsed'}`);
  return [
    ...module.staticImports.map(({ moduleRequest }) => moduleRequest.value),
    ...module.staticExports.flatMap(({ entries }) =>
      entries.flatMap(({ moduleRequest }) => (moduleRequest ? [moduleRequest.value] : [])),
    ),
    ...module.dynamicImports.flatMap(({ moduleRequest }) => {
      const literal = /^(['"`])(.*)\1$/.exec(source.slice(moduleRequest.start, moduleRequest.end));
      return literal?.[2] === undefined ? [] : [literal[2]];
    }),
  ];
}

/** The project's files `entries` import, directly or not, themselves included, sorted. */
export function moduleGraph(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = entries.map((entry) => path.resolve(entry));
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.[cm]?[jt]sx?$/.test(file)) continue;
    for (const specifier of importsOf(file)) {
      if (isProjectImport(specifier)) pending.push(path.resolve(path.dirname(file), specifier));
    }
  }
  return [...seen].sort();
}

/** A hash of the code behind `entries` (module URLs or paths) and of `settings`. */
export function codeFingerprint(
  entries: readonly (URL | string)[],
  settings: unknown = null,
  root = process.cwd(),
): string {
  const files = moduleGraph(
    entries.map((entry) => (entry instanceof URL ? fileURLToPath(entry) : entry)),
  );
  const hash = createHash('sha256');
  for (const file of [...files, path.join(root, 'package-lock.json')]) {
    hash.update(`${path.relative(root, file)}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  hash.update(JSON.stringify(settings));
  return hash.digest('base64url');
}
