import { queryOptions } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestQueryClient, renderWithProviders } from '../../test/render.tsx';
import { WithQueries } from './with-queries.tsx';

const answers: Record<string, Promise<string>> = {};

/** A query answered from `answers`; one with no answer fails. */
function word(id: string) {
  return queryOptions({
    queryKey: ['words', id] as const,
    queryFn: () => answers[id] ?? Promise.reject(new Error(`no answer for ${id}`)),
  });
}

function answer(id: string, text: string) {
  answers[id] = Promise.resolve(text);
}

function Words({ ids }: { ids: string[] }) {
  return (
    <WithQueries queries={ids.map(word)}>
      {(results) => (
        <ul aria-label="Слова">
          {results.map((result, index) => (
            <li key={ids[index]}>{result.isPending ? '…' : (result.data ?? 'ошибка')}</li>
          ))}
        </ul>
      )}
    </WithQueries>
  );
}

const shown = () =>
  within(screen.getByRole('list', { name: 'Слова' }))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);

describe('WithQueries', () => {
  it('renders every query’s result in order, fetching those not in the cache', async () => {
    answer('b', 'второе');
    const client = createTestQueryClient();
    client.setQueryData(word('a').queryKey, 'первое');
    renderWithProviders({ ui: <Words ids={['a', 'b', 'missing']} /> }, { queryClient: client });
    expect(await screen.findByText('второе')).toBeInTheDocument();
    expect(await screen.findByText('ошибка')).toBeInTheDocument();
    expect(shown()).toEqual(['первое', 'второе', 'ошибка']);
  });

  it('renders the cache as it is on the first render, so hydration has nothing to add', () => {
    const client = createTestQueryClient();
    client.setQueryData(word('a').queryKey, 'первое');
    client.setQueryData(word('b').queryKey, 'второе');
    renderWithProviders({ ui: <Words ids={['a', 'b']} /> }, { queryClient: client });
    expect(shown()).toEqual(['первое', 'второе']);
  });

  it('renders its children with no results for no queries', () => {
    renderWithProviders({ ui: <Words ids={[]} /> });
    expect(shown()).toEqual([]);
  });

  it('keeps each query observed while shown, following a list that changes', async () => {
    const client = createTestQueryClient();
    for (const [id, text] of Object.entries({ a: 'первое', b: 'второе', c: 'третье' })) {
      client.setQueryData(word(id).queryKey, text);
    }
    const observers = () =>
      ['a', 'b', 'c'].map((id) => client.getQueryCache().find(word(id))?.getObserversCount());
    const { router } = renderWithProviders(
      {
        routes: [
          { path: '/two', element: <Words ids={['a', 'b']} /> },
          { path: '/one', element: <Words ids={['c']} /> },
        ],
      },
      { queryClient: client, initialEntries: ['/two'] },
    );
    expect(await screen.findByText('второе')).toBeInTheDocument();
    expect(observers()).toEqual([1, 1, 0]);
    await router.navigate('/one');
    expect(await screen.findByText('третье')).toBeInTheDocument();
    expect(shown()).toEqual(['третье']);
    // The words left behind stop observing as their effects are cleaned up, just after the render.
    await waitFor(() => {
      expect(observers()).toEqual([0, 0, 1]);
    });
  });
});
