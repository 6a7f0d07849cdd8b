import { useEffect } from 'preact/hooks';
import { useSession } from './api/session';
import { useI18n } from './i18n/i18n';
import type { MessageKey } from './i18n/messages';
import { ApprovalsPage } from './pages/approvals-page';
import { CoverageMapPage } from './pages/coverage-map-page';
import { ImportPage } from './pages/import-page';
import { LoginPage } from './pages/login-page';
import { ReportFormPage } from './pages/report-form-page';
import { ReferralFormPage } from './pages/referral-form-page';
import { ReferralsPage } from './pages/referrals-page';
import { ReportsPage } from './pages/reports-page';
import { SectorPage } from './pages/sector-page';
import { useRoute } from './ui/router';

/** A User Timing mark set once, when the first screen (login or a page) has rendered. */
export const FIRST_SCREEN_MARK = 'coordination:first-screen';

interface NavItem {
  path: string;
  label: MessageKey;
  visible: boolean;
}

export function App() {
  const session = useSession();
  const { t, language, setLanguage } = useI18n();
  const route = useRoute();

  const reporter = session.has('PARTNER_REPORTER', 'PARTNER_ADMIN', 'PLATFORM_ADMIN');
  const coordinator = session.has('SECTOR_COORDINATOR', 'PLATFORM_ADMIN');
  // Referrals are handled by partners' case workers only: nobody else sees people.
  const caseWorker = session.has('PARTNER_REPORTER', 'PARTNER_ADMIN');
  const nav: NavItem[] = [
    { path: 'map', label: 'nav.map', visible: !!session.me },
    { path: 'sector', label: 'nav.sector', visible: !!session.me },
    { path: 'reports', label: 'nav.reports', visible: reporter },
    { path: 'import', label: 'nav.import', visible: reporter },
    { path: 'approvals', label: 'nav.approvals', visible: coordinator },
    { path: 'referrals', label: 'nav.referrals', visible: caseWorker },
  ];
  // Partners land on their reports, everyone else on the map.
  const home = reporter && !coordinator ? 'reports' : 'map';
  const [page = home, ...rest] = route;

  // The first screen is on the page and answers input: the benchmark of the first load reads this mark.
  useEffect(() => {
    performance.mark(FIRST_SCREEN_MARK);
  }, []);

  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header class="app-header">
        <span class="app-title">{t('app.title')}</span>
        {session.me && (
          <nav aria-label="main">
            {nav
              .filter((item) => item.visible)
              .map((item) => (
                <a href={`#/${item.path}`} aria-current={page === item.path ? 'page' : undefined}>
                  {t(item.label)}
                </a>
              ))}
          </nav>
        )}
        <span class="app-tools">
          <label>
            <span class="visually-hidden">{t('app.language')}</span>
            <select
              name="language"
              value={language}
              onChange={(event) => setLanguage((event.currentTarget as HTMLSelectElement).value as 'es' | 'en')}
            >
              <option value="es">Español</option>
              <option value="en">English</option>
            </select>
          </label>
          {session.me && (
            <>
              <span class="who">
                {session.me.displayName} · {session.me.organisation?.name}
              </span>
              <button type="button" onClick={() => void session.logout()}>
                {t('app.logout')}
              </button>
            </>
          )}
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        {!session.me ? (
          <LoginPage />
        ) : page === 'reports' && rest[0] === 'new' ? (
          <ReportFormPage />
        ) : page === 'reports' && rest[0] ? (
          <ReportFormPage reportId={rest[0]} />
        ) : page === 'import' ? (
          <ImportPage />
        ) : page === 'approvals' ? (
          <ApprovalsPage />
        ) : page === 'referrals' && rest[0] === 'new' ? (
          <ReferralFormPage />
        ) : page === 'referrals' ? (
          <ReferralsPage />
        ) : page === 'sector' ? (
          <SectorPage />
        ) : page === 'map' ? (
          <CoverageMapPage />
        ) : (
          <ReportsPage />
        )}
      </main>
      <footer class="app-footer">{t('app.attribution')}</footer>
    </>
  );
}
