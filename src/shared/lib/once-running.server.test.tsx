import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OnceRunning } from './once-running.tsx';

// A file of its own: once a component has mounted in the browser, this module knows the app runs
// (see use-stored-choice.ts), and the prerender never mounts one.

function Control() {
  return <button type="button">Тема</button>;
}

describe('OnceRunning on the server', () => {
  it('renders the fallback, where the control could do nothing', () => {
    const html = renderToString(
      <OnceRunning fallback={<p>Место</p>}>
        <Control />
      </OnceRunning>,
    );
    expect(html).toContain('Место');
    expect(html).not.toContain('button');
  });

  it('leaves nothing in their place by default', () => {
    expect(
      renderToString(
        <OnceRunning>
          <Control />
        </OnceRunning>,
      ),
    ).toBe('');
  });
});
