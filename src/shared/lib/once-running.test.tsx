import { render, screen, waitFor } from '@testing-library/react';
import { lazy } from 'react';
import { describe, expect, it } from 'vitest';
import { OnceRunning } from './once-running.tsx';
import { useHydrated } from './use-stored-choice.ts';

/** Reports what `useHydrated` said on each of its renders. */
function Probe({ record }: { record: (hydrated: boolean) => void }) {
  record(useHydrated());
  return null;
}

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

  it('starts a component that mounts later as running, from its first render', async () => {
    const first: boolean[] = [];
    render(<Probe record={(value) => first.push(value)} />);
    await waitFor(() => {
      expect(first.at(-1)).toBe(true);
    });
    const later: boolean[] = [];
    render(<Probe record={(value) => later.push(value)} />);
    expect(later).toEqual([true]);
  });
});
