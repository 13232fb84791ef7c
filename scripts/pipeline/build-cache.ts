import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { open, type Database, type Key } from 'lmdb';
import * as v from 'valibot';

/**
 * The build's one cache, for every stage. It lives outside the published folder, in an
 * embedded key-value store (LMDB), and remembers for each stage what its last run made: each
 * unit of its work (a story's source, a page) with what the unit was made from, and each file
 * it wrote with the hash of its bytes. A stage then does again only the units whose inputs
 * changed, and writes only the files whose bytes changed. The store is read a key at a time,
 * only what a stage asks for, and a build writes back only what changed: publishing one story
 * does not rewrite a record of 100,000. A stage's units hold only while its code is the same
 * (see code-fingerprint.ts): other code, and the stage starts from nothing, but it still
 * removes the files its last run wrote and this one does not.
 *
 * A token ties the cache to the published folder. It is removed when a build starts and written
 * again when the build has recorded what it did, so a build cut short (or a folder emptied or
 * swapped behind the cache's back) leaves a cache that is not trusted: the next build is cold.
 */

const TOKEN_FILE = '.build';

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

function isFsError(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && 'code' in error && codes.includes(String(error.code));
}

/**
 * Writes `bytes` to `file` below `root` unless `previousHash` says the file already holds them;
 * returns the bytes' hash. For a thread that writes a stage's files itself (see OutputFiles).
 */
export function writeIfChanged(
  root: string,
  file: string,
  bytes: Uint8Array | string,
  previousHash: string | undefined,
): string {
  const hash = hashBytes(bytes);
  if (previousHash !== hash) writeMakingFolders(path.join(root, file), bytes);
  return hash;
}

/**
 * Writes a file, making its folder only when it is missing: asking for a folder that exists
 * costs more than the write itself on this file system (docs/performance.md).
 */
function writeMakingFolders(target: string, bytes: Uint8Array | string): void {
  try {
    writeFileSync(target, bytes);
  } catch (error) {
    if (!isFsError(error, 'ENOENT')) throw error;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}

function removeEmptyFolders(root: string, folder: string): void {
  for (let dir = folder; dir.startsWith(`${root}${path.sep}`); dir = path.dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch (error) {
      if (isFsError(error, 'ENOTEMPTY', 'EEXIST', 'ENOENT')) return;
      throw error;
    }
  }
}

/** What a stage's last run left, read from the store as it is asked for. */
export interface Remembered<T> extends Iterable<[string, T]> {
  get(key: string): T | undefined;
  has(key: string): boolean;
  keys(): Iterable<string>;
  /** Whether `value` is the one read for `key`, as it was read (nothing to write back). */
  isAsRead(key: string, value: unknown): boolean;
}

/** A table of the store: one stage's units or files, each value checked as it is read. */
class StoredTable<T> implements Remembered<T> {
  /** The objects handed out, by their key: given back as they were, they need no writing. */
  private readonly handedOut = new WeakMap<object, string>();

  constructor(
    private readonly db: Database,
    private readonly prefix: readonly Key[],
    private readonly schema: v.GenericSchema<unknown, T>,
  ) {}

  private checked(key: string, value: unknown): T {
    const parsed = v.parse(this.schema, value);
    if (typeof parsed === 'object' && parsed !== null) this.handedOut.set(parsed, key);
    return parsed;
  }

  get(key: string): T | undefined {
    const value: unknown = this.db.get([...this.prefix, key]);
    return value === undefined ? undefined : this.checked(key, value);
  }

  has(key: string): boolean {
    return this.db.doesExist([...this.prefix, key]);
  }

  isAsRead(key: string, value: unknown): boolean {
    return typeof value === 'object' && value !== null && this.handedOut.get(value) === key;
  }

  private range() {
    return { start: [...this.prefix, ''], end: [...this.prefix, '\uffff'] };
  }

  *keys(): Iterable<string> {
    for (const key of this.db.getKeys(this.range())) {
      const name = Array.isArray(key) ? key.at(-1) : undefined;
      if (typeof name === 'string') yield name;
    }
  }

  *[Symbol.iterator](): Iterator<[string, T]> {
    for (const { key, value } of this.db.getRange(this.range())) {
      const name = Array.isArray(key) ? key.at(-1) : undefined;
      if (typeof name === 'string') yield [name, this.checked(name, value)];
    }
  }
}

/** Nothing remembered: a stage that never ran, or ran by other code. */
const NOTHING: Remembered<never> = {
  get: () => undefined,
  has: () => false,
  keys: () => [],
  isAsRead: () => false,
  [Symbol.iterator]: () => [][Symbol.iterator](),
};

/** The files a stage wrote, each with the hash of its bytes. */
export class OutputFiles {
  readonly next = new Map<string, string>();
  /** Files of the last run this one removed. */
  readonly removed: string[] = [];
  /** Files this run kept as the last one left them. */
  readonly kept = new Set<string>();

  constructor(
    private readonly root: string,
    readonly previous: Remembered<string>,
  ) {}

  /** Writes `bytes` to `file` (below the root) unless the last run left the same bytes there. */
  write(file: string, bytes: Uint8Array | string): string {
    const hash = writeIfChanged(this.root, file, bytes, this.previous.get(file));
    this.next.set(file, hash);
    return hash;
  }

  /** Records a file written elsewhere (by a thread). */
  record(file: string, hash: string): void {
    this.next.set(file, hash);
  }

  /** Keeps a file of the last run as it is; false if the last run did not write it. */
  keep(file: string): boolean {
    const hash = this.previous.get(file);
    if (hash === undefined) return false;
    this.next.set(file, hash);
    this.kept.add(file);
    return true;
  }

  /**
   * Removes a file this run wrote but cannot vouch for (two units wrote it), so that no record
   * claims bytes the file may not hold.
   */
  discard(file: string): void {
    this.next.delete(file);
    rmSync(path.join(this.root, file), { force: true });
  }

  /** Whether this run's files differ from the last run's: one written anew, one removed. */
  changed(): boolean {
    if (this.removed.length > 0) return true;
    for (const [file, hash] of this.next) {
      if (!this.kept.has(file) && this.previous.get(file) !== hash) return true;
    }
    return false;
  }

  /** A key of every file and its hash, in no particular order of writing. */
  key(): string {
    return hashBytes(
      [...this.next]
        .map(([file, hash]) => `${file}\0${hash}`)
        .sort()
        .join('\n'),
    );
  }

  /** Removes the files the last run wrote and this one did not, and the folders they leave. */
  removeStale(): void {
    for (const file of this.previous.keys()) {
      if (this.next.has(file)) continue;
      const target = path.join(this.root, file);
      try {
        unlinkSync(target);
      } catch (error) {
        if (!isFsError(error, 'ENOENT')) throw error;
      }
      this.removed.push(file);
      removeEmptyFolders(this.root, path.dirname(target));
    }
  }
}

const HeaderSchema = v.object({
  code: v.string(),
  inputs: v.optional(v.string()),
  outputs: v.optional(v.string()),
});
const HashSchema = v.string();

/** What a stage remembers of its last run, and what it learns in this one. */
export class StageRecord<Unit> {
  /** This run's units; whatever a run does not set is forgotten. */
  readonly units = new Map<string, Unit>();
  readonly outputs: OutputFiles;
  /** Whether the run has recorded all it did (see finish). */
  finished = false;
  /** The run kept everything of the last one (see keptAsBefore): nothing to write back. */
  unchanged = false;
  /** A key of everything the stage's run depends on, where a stage can tell it at once. */
  inputs: string | undefined;
  private outputsKey: string | undefined;

  constructor(
    readonly name: string,
    readonly code: string,
    /** Whether the stage's last run, by the same code, is known: else it starts from nothing. */
    readonly known: boolean,
    /** The last run's units, by key: none when it is not known. */
    readonly previous: Remembered<Unit>,
    previousFiles: Remembered<string>,
    /** The last run's key of its inputs, if it had one. */
    readonly previousInputs: string | undefined,
    /** The last run's key of its files. */
    private readonly previousFilesKey: string | undefined,
    root: string,
  ) {
    this.outputs = new OutputFiles(root, previousFiles);
  }

  /**
   * Whether the stage's inputs are those of its last run (by `inputs`, a key of them): then
   * everything of that run is kept as it is, and the stage has nothing to do.
   */
  keptAsBefore(inputs: string): boolean {
    this.inputs = inputs;
    this.unchanged = this.known && this.previousInputs === inputs;
    return this.unchanged;
  }

  /** Keeps everything of the last run, whose inputs are known to be the same. */
  keepAll(): void {
    this.unchanged = this.known;
    this.inputs = this.previousInputs;
  }

  /**
   * Marks the record as whole: every unit and file of this run is in it and the files of the
   * last run that this one did not make are removed. Only a finished record is kept.
   */
  finish(): void {
    if (!this.unchanged) this.outputs.removeStale();
    this.finished = true;
  }

  /**
   * A key of the files this run left, for the stages that read them: the same as the last
   * run's when none changed. Only once the record is finished.
   */
  filesKey(): string {
    if (!this.finished) throw new Error(`${this.name}: its files are not all known yet`);
    if (this.outputsKey === undefined) {
      const same = this.unchanged || (this.known && !this.outputs.changed());
      this.outputsKey = (same ? this.previousFilesKey : undefined) ?? this.outputs.key();
    }
    return this.outputsKey;
  }
}

/** Where the cache of the site built into `siteDir` lives. */
export function defaultCacheDir(siteDir: string): string {
  const key = createHash('sha1').update(path.resolve(siteDir)).digest('hex').slice(0, 16);
  return path.join('node_modules', '.cache', 'news-build', key);
}

export class BuildCache {
  private readonly records: StageRecord<unknown>[] = [];
  /** What this build records of itself, once it has gone through (see recordBuild). */
  private build: unknown;

  private constructor(
    private readonly db: Database,
    readonly siteDir: string,
    private readonly settings: string,
    /** Whether the published folder is the one the cache describes; else every stage is cold. */
    readonly trusted: boolean,
  ) {}

  /**
   * Opens the cache in `dir` for the site in `siteDir`, and marks the folder as being built.
   * `settings` are what the whole site depends on (its origin, its API base): other settings
   * than last time, and the cache is not trusted.
   */
  static async open(dir: string, siteDir: string, settings: string): Promise<BuildCache> {
    const db = open({ path: path.join(dir, 'cache.lmdb'), compression: false });
    const token = await readFile(path.join(siteDir, TOKEN_FILE), 'utf8').catch(() => undefined);
    const expected: unknown = db.get(['token']);
    const trusted = token !== undefined && expected === `${token}\n${settings}`;
    await rm(path.join(siteDir, TOKEN_FILE), { force: true });
    if (!trusted) await db.clearAsync();
    return new BuildCache(db, siteDir, settings, trusted);
  }

  /**
   * A stage's record: its last run's units if that run had the same `code` (see
   * codeFingerprint), and its files in any case. `unit` checks each remembered unit as it is
   * read; `root` is the folder its files are in (the site's by default).
   */
  stage<Unit>(
    name: string,
    code: string,
    unit: v.GenericSchema<unknown, Unit>,
    root = this.siteDir,
  ): StageRecord<Unit> {
    const stored: unknown = this.db.get([name, 'header']);
    const header = stored === undefined ? undefined : v.safeParse(HeaderSchema, stored);
    const known = header?.success === true && header.output.code === code;
    const record = new StageRecord<Unit>(
      name,
      code,
      known,
      known ? new StoredTable(this.db, [name, 'u'], unit) : NOTHING,
      new StoredTable(this.db, [name, 'o'], HashSchema),
      known ? header.output.inputs : undefined,
      known ? header.output.outputs : undefined,
      root,
    );
    this.records.push(record);
    return record;
  }

  /** What the last build that went through recorded of itself, unchecked. */
  lastBuild(): unknown {
    return this.db.get(['build']);
  }

  /**
   * Records what the next build needs to know of this one (what it was built from, its report):
   * kept only if this build goes through, forgotten otherwise.
   */
  recordBuild(value: unknown): void {
    this.build = value;
  }

  /**
   * Writes back, in one transaction, what every stage that finished changed, then (if no stage
   * was left half done) the token that makes the cache trusted again. A stage that stopped half
   * way has written files its record does not know of: the next build is cold.
   */
  async commit(): Promise<void> {
    const whole = this.records.every((record) => record.finished);
    await this.db.transaction(() => {
      for (const record of this.records) {
        if (record.finished && !record.unchanged) this.writeBack(record);
      }
      void this.db.remove(['token']);
      void this.db.remove(['build']);
    });
    if (whole) {
      const token = randomUUID();
      if (this.build !== undefined) await this.db.put(['build'], this.build);
      await this.db.put(['token'], `${token}\n${this.settings}`);
      mkdirSync(this.siteDir, { recursive: true });
      await writeFile(path.join(this.siteDir, TOKEN_FILE), token);
    }
    await this.db.close();
  }

  /** Closes the store without writing anything back (a build that stopped early). */
  async close(): Promise<void> {
    await this.db.close();
  }

  /** Runs inside the commit's transaction: each put and remove is applied as it is called. */
  private writeBack(record: StageRecord<unknown>): void {
    const { name } = record;
    void this.db.put([name, 'header'], {
      code: record.code,
      ...(record.inputs === undefined ? {} : { inputs: record.inputs }),
      outputs: record.filesKey(),
    });
    // Units: what changed, and nothing of the last run (or of other code) this one did not keep.
    for (const key of this.db.getKeys({ start: [name, 'u', ''], end: [name, 'u', '\uffff'] })) {
      const unit = Array.isArray(key) ? key.at(-1) : undefined;
      if (!record.known || typeof unit !== 'string' || !record.units.has(unit)) {
        void this.db.remove(key);
      }
    }
    for (const [key, unit] of record.units) {
      if (!record.previous.isAsRead(key, unit)) void this.db.put([name, 'u', key], unit);
    }
    // Files: their hashes as written, and those removed forgotten.
    for (const file of record.outputs.removed) void this.db.remove([name, 'o', file]);
    for (const [file, hash] of record.outputs.next) {
      const same = record.outputs.kept.has(file) || record.outputs.previous.get(file) === hash;
      if (!same) void this.db.put([name, 'o', file], hash);
    }
  }
}
