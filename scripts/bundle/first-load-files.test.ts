// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { filesOfChunk, firstLoadFiles } from './first-load-files.ts';

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
