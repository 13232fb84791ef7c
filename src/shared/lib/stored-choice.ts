import * as v from 'valibot';

type ChoiceStorage = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): ChoiceStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    // Reading `localStorage` itself throws where storage is switched off.
    return undefined;
  }
}

export interface StoredChoice<T extends string> {
  readonly key: string;
  /** What a reader who chose nothing (or whose storage holds nonsense) gets. */
  readonly fallback: T;
  read: () => T;
  write: (value: T) => void;
  subscribe: (onChange: () => void) => () => void;
}

interface StoredChoiceOptions<T extends string> {
  key: string;
  schema: v.GenericSchema<unknown, T>;
  fallback: T;
  /** Puts a value into effect: on the reader's choice here and on one made in another tab. */
  apply?: (value: T) => void;
  storage?: () => ChoiceStorage | undefined;
}

/**
 * A reader's remembered choice in localStorage, which may hold anything or throw (private
 * modes): what it holds is parsed, and a choice that cannot be stored still holds for the visit.
 */
export function storedChoice<T extends string>({
  key,
  schema,
  fallback,
  apply,
  storage = browserStorage,
}: StoredChoiceOptions<T>): StoredChoice<T> {
  const listeners = new Set<() => void>();
  let chosen: T | undefined;

  const stored = (): T | undefined => {
    try {
      const result = v.safeParse(schema, storage()?.getItem(key));
      return result.success ? result.output : undefined;
    } catch {
      return undefined;
    }
  };
  const read = () => chosen ?? stored() ?? fallback;
  const notify = () => {
    apply?.(read());
    for (const listener of listeners) listener();
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key && event.key !== null) return;
    // Another tab chose: storage is the truth again.
    chosen = undefined;
    notify();
  };

  return {
    key,
    fallback,
    read,
    write: (value) => {
      chosen = value;
      try {
        storage()?.setItem(key, value);
      } catch {
        // Not remembering is acceptable; ignoring the choice is not.
      }
      notify();
    },
    subscribe: (onChange) => {
      if (listeners.size === 0) window.addEventListener('storage', onStorage);
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
  };
}
