import { render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OnceRunning } from './once-running.tsx';

function Control() {
  return <button type="button">Тема</button>;
}

describe('OnceRunning', () => {
  it('renders the fallback on the server, where the control could do nothing', () => {
    const html = renderToString(
      <OnceRunning fallback={<p>Место</p>}>
        <Control />
      </OnceRunning>,
    );
    expect(html).toContain('Место');
    expect(html).not.toContain('button');
  });

  it('renders the children once the app runs, the fallback while their code loads', async () => {
    let arrive: () => void = () => undefined;
    const Lazy = lazy(
      () =>
        new Promise<{ default: typeof Control }>((resolve) => {
          arrive = () => {
            resolve({ default: Control });
          };
        }),
    );
    render(
      <OnceRunning fallback={<p>Место</p>}>
        <Lazy />
      </OnceRunning>,
    );
    expect(await screen.findByText('Место')).toBeInTheDocument();
    arrive();
    expect(await screen.findByRole('button', { name: 'Тема' })).toBeInTheDocument();
    expect(screen.queryByText('Место')).not.toBeInTheDocument();
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
