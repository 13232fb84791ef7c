import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { readJsonLines, writeJsonLines } from './json-lines.ts';

/**
 * The build's one cache, for every stage. It lives outside the published folder and remembers,
 * for each stage, what the stage's last run made: each unit of its work (a story's source, a
 * page) with the hash of the inputs it was made from, and each file it wrote with the hash of
 * its bytes. A stage then does again only the units whose inputs changed, and writes only the
 * files whose bytes changed. A stage's record holds only while its code is the same (see
 * code-fingerprint.ts): other code, and the stage starts from nothing.
 *
 * A token ties the cache to the published folder. It is removed when a build starts and written
 * again when the build has recorded what it did, so a build cut short (or a folder emptied or
 * swapped behind the cache's back) leaves a cache that is not trusted: the next build is cold.
 */

const RECORD_VERSION = 1;
const TOKEN_FILE = '.build';

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha1').update(bytes).digest('base64url');
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
  if (previousHash !== hash) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return hash;
}

/** The files a stage wrote, each with the hash of its bytes. */
export class OutputFiles {
  readonly next = new Map<string, string>();

  constructor(
    private readonly root: string,
    readonly previous: ReadonlyMap<string, string>,
  ) {}

  /** Writes `bytes` to `file` (below the root) unless the last run left the same bytes there. */
  write(file: string, bytes: Uint8Array | string): string {
    const hash = writeIfChanged(this.root, file, bytes, this.previous.get(file));
    this.next.set(file, hash);
    return hash;
  }

  /** Records a file written elsewhere (by a thread), or kept as it was. */
  record(file: string, hash: string): void {
    this.next.set(file, hash);
  }

  /**
   * Removes a file this run wrote but cannot vouch for (two units wrote it), so that no record
   * claims bytes the file may not hold.
   */
  discard(file: string): void {
    this.next.delete(file);
    rmSync(path.join(this.root, file), { force: true });
  }

  /** Whether a file was written or kept by this run. */
  has(file: string): boolean {
    return this.next.has(file);
  }

  /**
   * Removes the files the last run wrote and this one did not, and the folders they leave
   * empty; returns how many files it removed.
   */
  removeStale(): number {
    let removed = 0;
    for (const file of this.previous.keys()) {
      if (this.next.has(file)) continue;
      const target = path.join(this.root, file);
      try {
        unlinkSync(target);
        removed++;
      } catch (error) {
        if (!isFsError(error, 'ENOENT')) throw error;
      }
      removeEmptyFolders(this.root, path.dirname(target));
    }
    return removed;
  }
}

function isFsError(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && 'code' in error && codes.includes(String(error.code));
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

/** What a stage remembers of its last run, and what it learns in this one. */
export class StageRecord<Unit> {
  /** This run's units; whatever a run does not set is forgotten. */
  readonly units = new Map<string, Unit>();
  readonly outputs: OutputFiles;
  /** Whether the run has recorded all it did (see finish). */
  finished = false;
  /**
   * A key of everything the stage's run depends on, where a stage can tell it at once: the
   * same key as the last run, and the stage keeps all it made (see keepAll).
   */
  inputs: string | undefined;

  constructor(
    readonly name: string,
    readonly code: string,
    /** Whether the stage's last run, by the same code, is known: else it starts from nothing. */
    readonly known: boolean,
    /** The last run's units, by key: empty when it is not known. */
    readonly previous: ReadonlyMap<string, Unit>,
    previousOutputs: ReadonlyMap<string, string>,
    /** The last run's key of its inputs, if it had one. */
    readonly previousInputs: string | undefined,
    root: string,
  ) {
    this.outputs = new OutputFiles(root, previousOutputs);
  }

  /**
   * Whether the stage's inputs are those of its last run (by `inputs`, a key of them), in which
   * case every unit and file of that run is kept as it is.
   */
  keptAsBefore(inputs: string): boolean {
    this.inputs = inputs;
    if (!this.known || this.previousInputs !== inputs) return false;
    this.keepAll();
    return true;
  }

  /** Keeps every unit and file of the last run as they are: none of their inputs changed. */
  keepAll(): void {
    for (const [key, unit] of this.previous) this.units.set(key, unit);
    for (const [file, hash] of this.outputs.previous) this.outputs.record(file, hash);
  }

  /**
   * Marks the record as whole: every unit and file of this run is in it and the files of the
   * last run that this one did not make are removed. Only a finished record is kept.
   */
  finish(): void {
    this.outputs.removeStale();
    this.finished = true;
  }
}

const HeaderSchema = v.object({
  version: v.literal(RECORD_VERSION),
  code: v.string(),
  inputs: v.optional(v.string()),
});
const OutputLineSchema = v.tuple([v.literal('o'), v.string(), v.string()]);

/** Where the cache of the site built into `siteDir` lives. */
export function defaultCacheDir(siteDir: string): string {
  const key = createHash('sha1').update(path.resolve(siteDir)).digest('hex').slice(0, 16);
  return path.join('node_modules', '.cache', 'news-build', key);
}

export class BuildCache {
  private readonly records: StageRecord<unknown>[] = [];
  /** A record could not be read: this build does not leave the cache trusted. */
  private damaged = false;

  private constructor(
    readonly dir: string,
    readonly siteDir: string,
    private readonly settings: string,
    /** Whether the published folder is the one the cache describes; else every stage is cold. */
    readonly trusted: boolean,
  ) {}

  /**
   * Opens the cache of `siteDir`, and marks the folder as being built. `settings` are what the
   * whole site depends on (its origin, its API base): other settings than last time, and the
   * cache is not trusted.
   */
  static async open(dir: string, siteDir: string, settings: string): Promise<BuildCache> {
    const [token, expected] = await Promise.all([
      readFile(path.join(siteDir, TOKEN_FILE), 'utf8').catch(() => undefined),
      readFile(path.join(dir, 'token'), 'utf8').catch(() => undefined),
    ]);
    const trusted = token !== undefined && expected === `${token}\n${settings}`;
    await rm(path.join(siteDir, TOKEN_FILE), { force: true });
    return new BuildCache(dir, siteDir, settings, trusted);
  }

  /**
   * A stage's record: its last run's units and files if that run had the same `code` (see
   * codeFingerprint), else none. `unit` checks each remembered unit as it is read back.
   */
  async stage<Unit>(
    name: string,
    code: string,
    unit: v.GenericSchema<unknown, Unit>,
    root = this.siteDir,
  ): Promise<StageRecord<Unit>> {
    const units = new Map<string, Unit>();
    const outputs = new Map<string, string>();
    const header = this.trusted ? await this.read(name, code, unit, units, outputs) : undefined;
    const record = new StageRecord<Unit>(
      name,
      code,
      header !== undefined,
      units,
      outputs,
      header?.inputs,
      root,
    );
    this.records.push(record);
    return record;
  }

  /**
   * Reads a stage's record: its files always (they are what the folder holds, whoever made
   * them, and what this run must remove if it does not make them again), its units only if
   * the same code made them. Returns the header when the units can be trusted.
   */
  private async read<Unit>(
    name: string,
    code: string,
    unit: v.GenericSchema<unknown, Unit>,
    units: Map<string, Unit>,
    outputs: Map<string, string>,
  ): Promise<v.InferOutput<typeof HeaderSchema> | undefined> {
    const UnitLineSchema = v.tuple([v.literal('u'), v.string(), unit]);
    let header: v.InferOutput<typeof HeaderSchema> | undefined;
    let sameCode = false;
    // A stage that never ran here (new in this version) has no record, and no files.
    if (!existsSync(this.fileOf(name))) return undefined;
    try {
      for await (const line of readJsonLines(this.fileOf(name))) {
        if (!header) {
          header = v.parse(HeaderSchema, line);
          sameCode = header.code === code;
          continue;
        }
        const output = v.safeParse(OutputLineSchema, line);
        if (output.success) {
          outputs.set(output.output[1], output.output[2]);
        } else if (sameCode) {
          const [, key, value] = v.parse(UnitLineSchema, line);
          units.set(key, value);
        }
      }
    } catch {
      // A record that cannot be read is no record: the stage starts from nothing, and what it
      // wrote before is not known. The folder cannot be trusted either (see open).
      units.clear();
      outputs.clear();
      this.damaged = true;
      return undefined;
    }
    if (!sameCode) units.clear();
    return sameCode ? header : undefined;
  }

  private fileOf(stage: string): string {
    return path.join(this.dir, `${stage.replace(/[^a-z0-9-]+/g, '-')}.jsonl`);
  }

  /**
   * Writes the record of every stage that finished, then, if no stage was left half done, the
   * token that makes the cache trusted again. A stage that stopped half way has written files
   * its record does not know of: the next build is cold.
   */
  async commit(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const record of this.records) {
      if (!record.finished) continue;
      await writeJsonLines(
        this.fileOf(record.name),
        (function* () {
          yield {
            version: RECORD_VERSION,
            code: record.code,
            ...(record.inputs === undefined ? {} : { inputs: record.inputs }),
          };
          for (const [key, unit] of record.units) yield ['u', key, unit];
          for (const [file, hash] of record.outputs.next) yield ['o', file, hash];
        })(),
      );
    }
    if (this.damaged || this.records.some((record) => !record.finished)) return;
    const token = randomUUID();
    await writeFile(path.join(this.dir, 'token'), `${token}\n${this.settings}`);
    await mkdir(this.siteDir, { recursive: true });
    await writeFile(path.join(this.siteDir, TOKEN_FILE), token);
  }
}
