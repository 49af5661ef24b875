import { useCallback, useEffect, useState } from 'react';
import { KusciaErrorProvider } from 'kuscia-error-kit';
import { secretpad } from 'kuscia-error-kit/secretpad';
import { setRequestLanguage } from './api';
import { uiText, UiTextContext, type ConsoleLocale } from './i18n';
import { SignedOutDialog } from './components/SignedOutDialog';
import { Domains } from './sections/Domains';
import { DomainRoutes } from './sections/DomainRoutes';
import { DomainDataSection } from './sections/DomainData';
import { Jobs } from './sections/Jobs';
import { FailureSwitches } from './sections/FailureSwitches';

type Theme = 'system' | 'light' | 'dark';

function readStored<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const value = localStorage.getItem(key);
    return allowed.find((candidate) => candidate === value) ?? fallback;
  } catch {
    return fallback;
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode: the choice lasts until reload.
  }
}

const LOCALES = ['en-US', 'zh-CN'] as const;
// Module scope: one array for the provider's whole life. The local server can answer as SecretPad's backend.
const CATALOGS = [secretpad];
const THEMES = ['system', 'light', 'dark'] as const;

export function App() {
  const [locale, setLocale] = useState<ConsoleLocale>(() =>
    readStored(
      'kuscia-console.locale',
      LOCALES,
      navigator.language.startsWith('zh') ? 'zh-CN' : 'en-US',
    ),
  );
  const [theme, setTheme] = useState<Theme>(() =>
    readStored('kuscia-console.theme', THEMES, 'system'),
  );
  const [signedOut, setSignedOut] = useState(false);
  const t = uiText[locale];
  // During render, not in an effect: the sections' calls may start in their own effects, which run first.
  setRequestLanguage(locale);
  const onSignIn = useCallback(() => {
    setSignedOut(true);
  }, []);

  useEffect(() => {
    const html = document.documentElement;
    html.lang = locale;
    if (theme === 'system') delete html.dataset.theme;
    else html.dataset.theme = theme;
    store('kuscia-console.locale', locale);
    store('kuscia-console.theme', theme);
  }, [locale, theme]);

  const sections = [
    { id: 'domains', title: t.domains },
    { id: 'domain-routes', title: t.domainRoutes },
    { id: 'domain-data', title: t.domainData },
    { id: 'jobs', title: t.jobs },
  ];

  return (
    <KusciaErrorProvider locale={locale} catalogs={CATALOGS} onSignIn={onSignIn}>
      <UiTextContext.Provider value={t}>
        <header className="topbar">
          <div className="topbar__brand">
            <h1>{t.appTitle}</h1>
            <p>{t.appTagline}</p>
          </div>
          <div className="topbar__tools">
            <label className="inline-field">
              <span>{t.language}</span>
              <select
                value={locale}
                onChange={(event) => {
                  setLocale(event.target.value === 'zh-CN' ? 'zh-CN' : 'en-US');
                }}
              >
                <option value="en-US" lang="en-US">
                  English
                </option>
                <option value="zh-CN" lang="zh-CN">
                  简体中文
                </option>
              </select>
            </label>
            <label className="inline-field">
              <span>{t.theme}</span>
              <select
                value={theme}
                onChange={(event) => {
                  setTheme(readStoredValue(event.target.value));
                }}
              >
                <option value="system">{t.themeSystem}</option>
                <option value="light">{t.themeLight}</option>
                <option value="dark">{t.themeDark}</option>
              </select>
            </label>
          </div>
        </header>
        <div className="layout">
          <nav className="sidenav" aria-label={t.sectionsNav}>
            <ul>
              {sections.map((section) => (
                <li key={section.id}>
                  <a href={`#${section.id}`}>{section.title}</a>
                </li>
              ))}
              <li>
                <a href="#failure-switches">{t.switches}</a>
              </li>
            </ul>
          </nav>
          <main className="content">
            <Domains />
            <DomainRoutes />
            <DomainDataSection />
            <Jobs />
          </main>
          <aside className="sidebar" aria-labelledby="failure-switches-title">
            <FailureSwitches />
          </aside>
        </div>
        <footer className="footer">
          <p>{t.footer}</p>
        </footer>
        <SignedOutDialog
          open={signedOut}
          onClose={() => {
            setSignedOut(false);
          }}
        />
      </UiTextContext.Provider>
    </KusciaErrorProvider>
  );
}

function readStoredValue(value: string): Theme {
  return THEMES.find((candidate) => candidate === value) ?? 'system';
}
