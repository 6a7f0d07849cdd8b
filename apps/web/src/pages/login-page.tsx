import { useState } from 'preact/hooks';
import { ApiRequestError } from '../api/graphql-client';
import { useSession } from '../api/session';
import { useI18n } from '../i18n/i18n';

export function LoginPage() {
  const { t } = useI18n();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.login(email, password);
    } catch (failure) {
      setError(failure instanceof ApiRequestError ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card narrow" onSubmit={submit} aria-labelledby="login-heading">
      <h1 id="login-heading">{t('login.heading')}</h1>
      <label>
        {t('login.email')}
        <input
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onInput={(event) => setEmail(event.currentTarget.value)}
        />
      </label>
      <label>
        {t('login.password')}
        <input
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onInput={(event) => setPassword(event.currentTarget.value)}
        />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('login.submit')}
      </button>
    </form>
  );
}
