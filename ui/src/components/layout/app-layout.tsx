import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { paths } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { AccountNav } from './account-nav';
import { CatalogueNavItems } from './catalogue-nav';
import { ReportsNavItems } from './reports-nav';
import { SearchNavItems } from './search-nav';
import styles from './app-layout.module.css';

const NAV_ITEMS = [
  { to: paths.home, label: messages.nav.home },
  { to: paths.suppliers, label: messages.nav.suppliers },
  { to: paths.anchors, label: messages.nav.anchors },
  { to: paths.ruedas, label: messages.nav.ruedas },
] as const;

export const MAIN_CONTENT_ID = 'contenido';

/** Header with the main navigation, the page in `<main>`, and a footer; the skip link jumps past the header. */
export function AppLayout() {
  const mainRef = useFocusMainOnNavigation();
  // A page's code is fetched on first visit (lazy routes): say so, since on a weak connection it takes a while.
  const loadingPage = useNavigation().state === 'loading';

  return (
    <div className={styles.shell}>
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {messages.layout.skipToContent}
      </a>
      <header className={styles.header}>
        <div className={`container ${styles.headerInner}`}>
          <Link to={paths.home} className={styles.brand} aria-label={messages.layout.homeLinkLabel}>
            {messages.app.name}
          </Link>
          <nav aria-label={messages.layout.mainNavLabel}>
            <ul className={styles.navList}>
              {NAV_ITEMS.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end className={styles.navLink}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
              {/* Proveedores, requerimientos e importación: links by role */}
              <CatalogueNavItems linkClassName={styles.navLink} />
              {/* Búsqueda y emparejamiento: links by role */}
              <SearchNavItems linkClassName={styles.navLink} />
              {/* Informes: organizers and administrators */}
              <ReportsNavItems linkClassName={styles.navLink} />
            </ul>
          </nav>
          <AccountNav />
        </div>
      </header>
      <p role="status" className={loadingPage ? styles.pageLoading : 'visually-hidden'}>
        {loadingPage ? messages.accounts.header.pageLoading : null}
      </p>
      <main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} className={`container ${styles.main}`}>
        <Outlet />
      </main>
      <footer className={styles.footer}>
        <div className="container">
          <p>{messages.layout.footer}</p>
        </div>
      </footer>
    </div>
  );
}

/**
 * A client-side navigation does not reload the page, so screen readers would stay on the link just used;
 * moving focus to `<main>` announces the new page as a full load would.
 */
function useFocusMainOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);

  return mainRef;
}
