import { describe, expect, it } from 'vitest';
import { hitOf, parseExcerpt } from './search-engine.ts';

describe('parseExcerpt', () => {
  it('reads the marked words and keeps everything else as text', () => {
    expect(parseExcerpt('встреча с <mark>Кемеловой</mark> &amp; &lt;b&gt;МИД&lt;/b&gt;')).toEqual([
      { text: 'встреча с ', marked: false },
      { text: 'Кемеловой', marked: true },
      { text: ' & <b>МИД</b>', marked: false },
    ]);
  });

  it('leaves any other markup as text, never as markup', () => {
    expect(parseExcerpt('<img src=x onerror=alert(1)><mark>x</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: 'x', marked: true },
    ]);
  });
});

describe('hitOf', () => {
  const hit = {
    url: '/ru/news/1001/slug',
    title: 'Заголовок',
    publishedAt: '2017-07-12T00:00:00+06:00',
    rubric: 'politics',
    excerpt: '<mark>слово</mark>',
  };

  it('takes a result that links to a page of the site', () => {
    expect(hitOf(hit)).toMatchObject({ url: hit.url, rubric: 'politics' });
  });

  it('leaves out a result that would lead elsewhere or is not one', () => {
    expect(hitOf({ ...hit, url: 'javascript:alert(1)' })).toBeUndefined();
    expect(hitOf({ ...hit, url: '//evil.example/x' })).toBeUndefined();
    expect(hitOf({ ...hit, url: 'https://evil.example/x' })).toBeUndefined();
    expect(hitOf({ ...hit, publishedAt: 'yesterday' })).toBeUndefined();
    expect(hitOf(null)).toBeUndefined();
  });

  it('drops a rubric it does not know, keeping the result', () => {
    expect(hitOf({ ...hit, rubric: 'gossip' })?.rubric).toBeUndefined();
  });
});
