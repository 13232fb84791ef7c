import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREFERENCES_SCRIPT } from './preferences-script.ts';

/** Runs the script as a page does: an inline script element in the head. */
function runScript() {
  const script = document.createElement('script');
  script.textContent = PREFERENCES_SCRIPT;
  document.head.append(script);
  script.remove();
}

const root = document.documentElement;

describe('the preferences script', () => {
  afterEach(() => {
    root.removeAttribute('data-theme');
    root.removeAttribute('data-text-size');
  });

  it('puts the remembered theme and text size on <html>', () => {
    window.localStorage.setItem('reader.theme', 'dark');
    window.localStorage.setItem('reader.text-size', '130');
    runScript();
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(root.getAttribute('data-text-size')).toBe('130');
  });

  it('ignores values it does not know, and "system"', () => {
    window.localStorage.setItem('reader.theme', 'system');
    window.localStorage.setItem('reader.text-size', '"><script>');
    runScript();
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(root.hasAttribute('data-text-size')).toBe(false);
  });

  it('leaves the page to the system, without an error, when storage throws', () => {
    window.localStorage.setItem('reader.theme', 'dark');
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    runScript();
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  it('remembers an edition chosen with the language switch before the app has started', () => {
    runScript();
    document.body.innerHTML =
      '<nav class="language-switch"><a href="/ru/" aria-current="page" lang="ru">Русский</a>' +
      '<a href="/ky/" lang="ky" hreflang="ky"><span>Кыргызча</span></a></nav>' +
      '<a href="/ky/rubric/politics" hreflang="ky">Саясат</a>';
    const click = (element: Element | null) => {
      // A plain link would navigate: the page stays, as the browser's would only after the click.
      element?.addEventListener(
        'click',
        (event) => {
          event.preventDefault();
        },
        { once: true },
      );
      element?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    };
    click(document.querySelector('a[href="/ru/"]'));
    expect(window.localStorage.getItem('reader.edition')).toBeNull();
    click(document.querySelector('a[href="/ky/rubric/politics"]'));
    expect(window.localStorage.getItem('reader.edition')).toBeNull();
    click(document.querySelector('a[href="/ky/"] span'));
    expect(window.localStorage.getItem('reader.edition')).toBe('ky');
    document.body.replaceChildren();
  });
});
