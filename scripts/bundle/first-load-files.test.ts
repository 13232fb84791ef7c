// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { filesOfChunk, firstLoadFiles, firstVisitFiles } from './first-load-files.ts';

describe('firstLoadFiles', () => {
  it('follows static imports from the entry, each chunk once, and no dynamic ones', () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js', '_query.js'] },
      '_react.js': { file: 'assets/react.js' },
      '_query.js': { file: 'assets/query.js', imports: ['_react.js'] },
      'src/lazy.tsx': { file: 'assets/lazy.js', imports: ['_react.js'] },
    };
    expect(firstLoadFiles(manifest)).toEqual([
      'assets/index.js',
      'assets/react.js',
      'assets/query.js',
    ]);
  });

  it('fails on a manifest without the entry', () => {
    expect(() => firstLoadFiles({})).toThrow(/no chunk "index.html"/);
  });
});

describe('firstVisitFiles', () => {
  it('adds one edition’s strings and what the entry loads once it runs, not the other edition nor a route’s own code', () => {
    const manifest = {
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        imports: ['_react.js'],
        dynamicImports: [
          'src/ru.ts',
          'src/ky.ts',
          '_extras.js',
          'src/sw.ts',
          'src/features/search/routes/search-route.tsx',
        ],
      },
      '_react.js': { file: 'assets/react.js' },
      'src/ru.ts': { file: 'assets/ru.js' },
      'src/ky.ts': { file: 'assets/ky.js' },
      '_extras.js': { file: 'assets/extras.js', imports: ['index.html'] },
      'src/sw.ts': { file: 'assets/sw.js', imports: ['_extras.js'] },
      'src/features/search/routes/search-route.tsx': {
        file: 'assets/search-route.js',
        imports: ['index.html'],
      },
    };
    expect(firstVisitFiles(manifest, 'src/ky.ts', ['src/ru.ts', 'src/ky.ts'])).toEqual([
      'assets/index.js',
      'assets/react.js',
      'assets/ky.js',
      'assets/extras.js',
      'assets/sw.js',
    ]);
  });
});

describe('filesOfChunk', () => {
  it('finds the named chunk among the files, and nothing when it is not there', () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_extras.js'] },
      '_extras.js': { file: 'assets/extras-1.js', name: 'extras' },
      'src/lazy.tsx': { file: 'assets/lazy.js', name: 'lazy' },
    };
    expect(filesOfChunk(manifest, firstLoadFiles(manifest), 'extras')).toEqual([
      'assets/extras-1.js',
    ]);
    expect(filesOfChunk(manifest, ['assets/index.js'], 'extras')).toEqual([]);
  });
});
