/**
 * What reading each entry file gave, kept by the file's text for a long-running process (the dev server): after an
 * edit only the changed file is parsed and checked again, not the archive. (The parse cache saves the YAML parsing
 * alone; splitting frontmatter, the schema check, the id and the body scan were still ~1.2 s at 10,000 entries.)
 */
import type { ParsedEntry, ParsedTranslation } from './collect.ts';
import type { Diagnostic } from './diagnostics.ts';

/** One file's entries or translation, and the problems found in it. */
export interface FileReading {
  entries: ParsedEntry[];
  translations: ParsedTranslation[];
  diagnostics: Diagnostic[];
}

export interface FileMemo {
  /** What `file` gave when last read, if its stamp (size, inode, times) is still the same. */
  unchanged(file: string, stamp: string | undefined): FileReading | undefined;
  /** What `file` gave when it last held exactly `text` (a file saved again without a change), or undefined. */
  get(file: string, text: string): FileReading | undefined;
  /** Keeps what `file` gave, holding `text`, as stamped when this run began. */
  set(file: string, seen: { text: string; stamp: string | undefined }, reading: FileReading): void;
  /** Ends a run: files not read in it are gone, and fall out. */
  endRun(): void;
}

interface Kept {
  text: string;
  stamp: string | undefined;
  reading: FileReading;
}

/**
 * A memo for runs in one process. What it hands out is shared between runs (and the model shares its lists with
 * it), so it is frozen: code that changed a parsed entry would change every later run, and instead fails at once.
 */
export function fileMemo(): FileMemo {
  let kept = new Map<string, Kept>();
  let used = new Map<string, Kept>();
  const keep = (file: string, found: Kept | undefined) => {
    if (found) used.set(file, found);
    return found?.reading;
  };
  return {
    unchanged(file, stamp) {
      const found = used.get(file) ?? kept.get(file);
      return stamp !== undefined && found?.stamp === stamp ? keep(file, found) : undefined;
    },
    get(file, text) {
      const found = used.get(file) ?? kept.get(file);
      return found?.text === text ? found.reading : undefined;
    },
    set(file, { text, stamp }, reading) {
      used.set(file, { text, stamp, reading: deepFreeze(reading) });
    },
    endRun() {
      kept = used;
      used = new Map();
    },
  };
}

/** Freezes `value` and everything it holds. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}
