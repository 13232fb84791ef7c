import { render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { describe, expect, it } from 'vitest';
import { OnceRunning } from './once-running.tsx';

function Control() {
  return <button type="button">Тема</button>;
}

describe('OnceRunning', () => {
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

  it('renders a control that mounts later at once: the app is already running', async () => {
    render(
      <OnceRunning fallback={<p>Место</p>}>
        <Control />
      </OnceRunning>,
    );
    expect(await screen.findByRole('button', { name: 'Тема' })).toBeInTheDocument();
    render(
      <OnceRunning fallback={<p>Другое место</p>}>
        <Control />
      </OnceRunning>,
    );
    // The first render of the later one, before any effect of its own has run.
    expect(screen.getAllByRole('button', { name: 'Тема' })).toHaveLength(2);
    expect(screen.queryByText('Другое место')).not.toBeInTheDocument();
  });
});
