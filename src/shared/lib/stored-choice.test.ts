import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { storedChoice } from './stored-choice.ts';

const Schema = v.picklist(['small', 'large']);

function choiceWith(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined) {
  const apply = vi.fn<(value: 'small' | 'large') => void>();
  const choice = storedChoice({
    key: 'test.size',
    schema: Schema,
    fallback: 'small',
    apply,
    storage: () => storage,
  });
  return { choice, apply };
}

describe('storedChoice', () => {
  it('reads a valid stored value', () => {
    window.localStorage.setItem('test.size', 'large');
    expect(choiceWith(window.localStorage).choice.read()).toBe('large');
  });

  it('falls back when storage holds something else, nothing, or throws', () => {
    window.localStorage.setItem('test.size', '{"size":"large"}');
    expect(choiceWith(window.localStorage).choice.read()).toBe('small');
    window.localStorage.removeItem('test.size');
    expect(choiceWith(window.localStorage).choice.read()).toBe('small');
    const throwing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(choiceWith(throwing).choice.read()).toBe('small');
    expect(choiceWith(undefined).choice.read()).toBe('small');
  });

  it('stores a choice, applies it and tells subscribers', () => {
    const { choice, apply } = choiceWith(window.localStorage);
    const listener = vi.fn();
    const unsubscribe = choice.subscribe(listener);
    choice.write('large');
    expect(window.localStorage.getItem('test.size')).toBe('large');
    expect(choice.read()).toBe('large');
    expect(apply).toHaveBeenCalledWith('large');
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    choice.write('small');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps a choice for the visit when storage refuses it', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const { choice } = choiceWith(refusing);
    choice.write('large');
    expect(choice.read()).toBe('large');
  });

  it('follows a choice made in another tab', () => {
    const { choice, apply } = choiceWith(window.localStorage);
    const listener = vi.fn();
    choice.subscribe(listener);
    choice.write('small');
    window.localStorage.setItem('test.size', 'large');
    window.dispatchEvent(new StorageEvent('storage', { key: 'test.size' }));
    expect(choice.read()).toBe('large');
    expect(apply).toHaveBeenLastCalledWith('large');
    expect(listener).toHaveBeenCalledTimes(2);
    window.dispatchEvent(new StorageEvent('storage', { key: 'other.key' }));
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
