import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { typeset } from './typeset.tsx';

describe('typeset', () => {
  it('puts each group to keep on one line in a span that does not wrap, the text unchanged', () => {
    const text = 'Встречи на полях 44-й сессии 12 июля 2017 г.';
    const { container } = render(<p>{typeset(text)}</p>);
    const paragraph = container.querySelector('p');
    expect(paragraph).toHaveTextContent(text, { normalizeWhitespace: false });
    expect(
      Array.from(container.querySelectorAll('span.nowrap'), (span) => span.textContent),
    ).toEqual(['44-й', '12 июля', '2017 г.']);
  });

  it('gives text without such groups back as it is', () => {
    expect(typeset('Без чисел и инициалов')).toBe('Без чисел и инициалов');
  });
});
