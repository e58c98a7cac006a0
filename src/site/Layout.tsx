import type { ReactNode } from 'react';
import { useStrings } from '../ui/LangContext';
import { OfflineNote } from '../ui/OfflineNote';
import { LangSwitch } from './LangSwitch';
import { routePath, type Route } from './routes';
import { ThemeToggle } from './ThemeToggle';

export function Layout({
  route,
  base,
  children,
}: {
  route: Route;
  base: string;
  children: ReactNode;
}) {
  const s = useStrings().site;
  const teach = routePath({ kind: 'teach', lang: route.lang }, base);
  const teachLabel = useStrings().embedKit.teachNav;
  return (
    <>
      <a className="skip-link" href="#main">
        {s.skipToContent}
      </a>
      <header className="site-header">
        <a className="site-header__name" href={routePath({ kind: 'home', lang: route.lang }, base)}>
          {s.name}
        </a>
        <div className="site-header__tools">
          <a href={teach} aria-current={route.kind === 'teach' ? 'page' : undefined}>
            {teachLabel}
          </a>
          <LangSwitch route={route} base={base} />
          <ThemeToggle />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{s.footer}</p>
        <p>
          <a href={teach}>{teachLabel}</a>
        </p>
        <OfflineNote />
      </footer>
    </>
  );
}
