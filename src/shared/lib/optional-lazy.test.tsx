import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { optionalLazy } from './optional-lazy.tsx';

function Greeting({ name }: { name: string }) {
  return <p>Салам, {name}</p>;
}

describe('optionalLazy', () => {
  it('renders the component once its code has loaded', async () => {
    const Lazy = optionalLazy(() => Promise.resolve(Greeting));
    render(
      <Suspense fallback={<p>…</p>}>
        <Lazy name="Айгүл" />
      </Suspense>,
    );
    expect(await screen.findByText('Салам, Айгүл')).toBeInTheDocument();
  });

  it('renders the fallback, not an error, when the code cannot be loaded', async () => {
    const Lazy = optionalLazy<{ name: string }>(
      () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
      ({ name }) => <p>Без скрипта: {name}</p>,
    );
    render(
      <Suspense fallback={<p>…</p>}>
        <Lazy name="Айгүл" />
      </Suspense>,
    );
    expect(await screen.findByText('Без скрипта: Айгүл')).toBeInTheDocument();
  });

  it('renders nothing by default when the code cannot be loaded', async () => {
    const Lazy = optionalLazy<{ name: string }>(() => Promise.reject(new Error('offline')));
    const { container } = render(
      <Suspense fallback={<p>Загрузка</p>}>
        <Lazy name="Айгүл" />
      </Suspense>,
    );
    await screen.findByText('Загрузка');
    await expect.poll(() => container.textContent).toBe('');
  });
});
