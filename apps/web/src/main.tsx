import { render } from 'preact';
import { SessionProvider } from './api/session';
import { App } from './app';
import { I18nProvider } from './i18n/i18n';
import './styles.css';

render(
  <I18nProvider>
    <SessionProvider>
      <App />
    </SessionProvider>
  </I18nProvider>,
  document.getElementById('app')!,
);
