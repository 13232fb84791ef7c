import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type MouseEvent } from 'react';
import {
  NavigationType,
  Outlet,
  ScrollRestoration,
  useLocation,
  useMatches,
  useNavigation,
  useNavigationType,
} from 'react-router';
import { addressQuery, articleQueries } from '../../features/articles/api/article-queries.ts';
import { prefetch } from '../../shared/api/prefetch.ts';
import type { Article } from '../../shared/contract/article-schema.ts';
import { ArticleSkeleton, FeedSkeleton } from '../../features/articles/components/skeletons.tsx';
import { BreakingSlot } from '../../features/breaking/breaking-slot.tsx';
import { LanguageSwitch } from '../../features/editions/language-switch.tsx';
import { TOP_ID } from '../../features/navigation/scroll-to-top.ts';
import { FloatingToTop } from '../../features/navigation/to-top.tsx';
import { OfflineSlot } from '../../features/offline/offline-slot.tsx';
import { RubricNav } from '../../features/rubrics/rubric-nav.tsx';
import { SearchForm } from '../../features/search/search-form.tsx';
import { SendNews } from '../../features/send-news/send-news.tsx';
import { ThemeSlot } from '../../features/theme/theme-slot.tsx';
import { WithQueries } from '../../shared/api/with-queries.tsx';
import { EditionProvider, useEdition } from '../../shared/i18n/edition-context.tsx';
import { DEFAULT_LANG } from '../../shared/i18n/languages.ts';
import { editionPath, langOfPath } from '../../shared/lib/paths.ts';
import { AppLink } from '../../shared/lib/app-link.tsx';
import { alternatesFor } from './alternates.ts';
import { pendingKind } from './pending-kind.ts';
import { useDelayedTrue } from '../../shared/lib/use-delayed.ts';

const PENDING_SKELETON_DELAY_MS = 200;

function useCurrentArticle() {
  const queryClient = useQueryClient();
  const articleMatch = useMatches().find((match) => match.id === 'article');
  const id = articleMatch?.params.id;
  return id === undefined
    ? undefined
    : queryClient.getQueryData(articleQueries.detail(id).queryKey);
}

/**
 * The language switch, with the addresses of the story's translations fetched once it is shown,
 * so it can link to their canonical URLs: a click is then an ordinary navigation rather than a
 * redirect. The translation itself is fetched as the reader is about to follow the link.
 */
function EditionLinks({ pathname, article }: { pathname: string; article: Article | undefined }) {
  const queryClient = useQueryClient();
  const translations = article?.translations ?? {};
  return (
    <WithQueries queries={Object.values(translations).map((id) => addressQuery(queryClient, id))}>
      {(results) => (
        <LanguageSwitch
          hrefs={alternatesFor(
            pathname,
            article,
            results.flatMap((result) => (result.data ? [result.data] : [])),
          )}
          prefetch={(lang) => {
            const id = translations[lang];
            if (id !== undefined) prefetch(queryClient, articleQueries.detail(id));
          }}
        />
      )}
    </WithQueries>
  );
}

/**
 * On in-app navigation, focus the new page's heading so screen readers announce it. Redirects
 * (a slug fixed, a translation chosen) replace the entry and move nobody's focus.
 */
function useFocusOnNavigation(pathname: string) {
  const navigationType = useNavigationType();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (navigationType === NavigationType.Replace) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    heading?.focus({ preventScroll: true });
  }, [pathname, navigationType]);
}

/**
 * Without scripts the fragment link works natively; with them it would push a history entry that
 * makes "Назад" go nowhere visible and confuses scroll restoration, so focus moves directly.
 */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

function Shell() {
  const { lang, t } = useEdition();
  const location = useLocation();
  const navigation = useNavigation();
  const article = useCurrentArticle();
  const kind = pendingKind(navigation.location?.pathname);
  const showPending = useDelayedTrue(
    navigation.state === 'loading' && kind !== undefined,
    PENDING_SKELETON_DELAY_MS,
  );
  useFocusOnNavigation(location.pathname);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t.skipToContent}
      </a>
      <header id={TOP_ID} className="site-header" tabIndex={-1}>
        <div className="site-header__inner">
          <AppLink className="site-header__brand" to={editionPath(lang)}>
            {t.siteName}
          </AppLink>
          {/* In the order a wide screen shows them; on a phone the field opens under its control. */}
          <SearchForm />
          <EditionLinks pathname={location.pathname} article={article} />
        </div>
        <RubricNav />
      </header>
      <OfflineSlot />
      <main id="main" className="site-main" tabIndex={-1}>
        {showPending && kind === 'article' ? <ArticleSkeleton /> : null}
        {showPending && kind === 'feed' ? <FeedSkeleton /> : null}
        <div hidden={showPending}>
          <Outlet />
        </div>
      </main>
      <div className="site-send-news">
        <SendNews />
      </div>
      <footer className="site-footer">
        <p>{t.footerNote}</p>
        <ThemeSlot />
      </footer>
      <FloatingToTop />
      <BreakingSlot />
      <ScrollRestoration />
    </>
  );
}

/** The frame of every page, in the edition named by the URL (Russian where it names none). */
export function AppLayout() {
  const { pathname } = useLocation();
  return (
    <EditionProvider lang={langOfPath(pathname) ?? DEFAULT_LANG}>
      <Shell />
    </EditionProvider>
  );
}
