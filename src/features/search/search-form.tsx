import { useId, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { NavigationType, useLocation, useNavigate, useNavigationType } from 'react-router';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { addressOf, searchPath } from '../../shared/lib/paths.ts';
import { useHydrated } from '../../shared/lib/use-stored-choice.ts';
import {
  MAX_QUERY_LENGTH,
  normalizeQuery,
  parseSearchParams,
  searchParamsString,
} from './search-params.ts';

/** How long typing must pause before the search page searches what was typed. */
export const TYPING_PAUSE_MS = 150;

/**
 * The search field in every page's header: a form that GETs `/{lang}/search?q=…`, so it works
 * without scripts and its address can be shared. On a phone it is behind a "Поиск" control,
 * which is a link to the search page until the app runs. On the search page the field is
 * always open and searches as the reader types.
 */
export function SearchForm() {
  const { lang, t } = useEdition();
  const location = useLocation();
  const navigate = useNavigate();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const toggleRef = useRef<HTMLAnchorElement>(null);
  const hydrated = useHydrated();
  const typing = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onSearchPage = addressOf(location.pathname)?.shape === 'search';
  const params = parseSearchParams(new URLSearchParams(onSearchPage ? location.search : ''));
  const navigationType = useNavigationType();
  const [text, setText] = useState(params.q);
  const [shownKey, setShownKey] = useState(location.key);
  const [open, setOpen] = useState(false);
  // The query this field last sent to the address, until the address changes.
  const [sent, setSent] = useState<string | null>(null);
  if (shownKey !== location.key) {
    setShownKey(location.key);
    setSent(null);
    // A field opened on one page is closed on the next.
    setOpen(false);
    // The address changed (back, a link, another page): the field shows its query. Not when
    // the change is this field's own search arriving: the reader may have typed on meanwhile,
    // and those letters must not be lost.
    const own = sent !== null && params.q === sent && navigationType !== NavigationType.Pop;
    if (!own && normalizeQuery(text) !== params.q) setText(params.q);
  }

  const go = (query: string, replace: boolean) => {
    clearTimeout(typing.current);
    const q = normalizeQuery(query);
    setSent(q);
    void navigate(searchPath(lang, searchParamsString({ ...params, q })), { replace });
  };
  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    go(text, onSearchPage && normalizeQuery(text) === params.q);
  };
  const onType = (value: string) => {
    setText(value);
    clearTimeout(typing.current);
    if (!onSearchPage) return;
    // Each pause replaces the address: "Назад" leads back past the search, not letter by letter.
    // Compared with the search on its way, if there is one: the address does not show it yet.
    typing.current = setTimeout(() => {
      if (normalizeQuery(value) !== (sent ?? params.q)) go(value, true);
    }, TYPING_PAUSE_MS);
  };
  const toggle = (event: SyntheticEvent) => {
    event.preventDefault();
    // On the search page the field is always open: the control only takes the reader to it.
    if (!open || onSearchPage) requestAnimationFrame(() => input.current?.focus());
    if (!onSearchPage) setOpen(!open);
  };
  // A button's keys: Enter clicks the link already; Space acts when it is let go, as a
  // button's does, and must not scroll the page meanwhile.
  const onToggleKeyDown = (event: KeyboardEvent) => {
    if (event.key === ' ') event.preventDefault();
  };
  const onToggleKeyUp = (event: KeyboardEvent) => {
    if (event.key === ' ') toggle(event);
  };
  // Escape in the field or on its button hides what the toggle opened, the text kept.
  const onFormKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.nativeEvent.isComposing || !open || onSearchPage) return;
    event.preventDefault();
    setOpen(false);
    toggleRef.current?.focus();
  };

  const expanded = open || onSearchPage;
  return (
    <>
      <a
        ref={toggleRef}
        className="search-toggle"
        href={searchPath(lang)}
        // Until the app runs, a plain link to the search page; then a button that shows the field.
        {...(hydrated
          ? { role: 'button', 'aria-controls': `${id}-form`, 'aria-expanded': expanded }
          : {})}
        onClick={toggle}
        onKeyDown={onToggleKeyDown}
        onKeyUp={onToggleKeyUp}
      >
        {t.search.open}
      </a>
      <form
        id={`${id}-form`}
        className={expanded ? 'site-search site-search--open' : 'site-search'}
        role="search"
        aria-label={t.search.landmark}
        action={searchPath(lang)}
        method="get"
        onSubmit={onSubmit}
      >
        <label className="visually-hidden" htmlFor={`${id}-q`}>
          {t.search.label}
        </label>
        <input
          ref={input}
          id={`${id}-q`}
          className="site-search__field"
          type="search"
          name="q"
          value={text}
          onChange={(event) => {
            onType(event.target.value);
          }}
          onKeyDown={onFormKey}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={MAX_QUERY_LENGTH}
        />
        <button className="site-search__submit" type="submit" onKeyDown={onFormKey}>
          {t.search.submit}
        </button>
      </form>
    </>
  );
}
