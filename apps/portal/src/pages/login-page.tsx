import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useAuth } from '../auth/auth-context';
import { useLocalize } from '../i18n/localize';
import { LanguageSwitch } from '../layout/language-switch';
import { useErrorMessage } from '../layout/notices';
import { useDocumentTitle } from '../layout/use-document-title';

const FALLBACK_BY_STATUS = { 401: 'login.failed', 423: 'login.locked', 429: 'login.rateLimited' } as const;

export function LoginPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const localize = useLocalize();
  const errorMessage = useErrorMessage();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  useDocumentTitle(t('login.title'));

  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (auth.signedIn && !submitting) return <Navigate to={from} replace />;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setSubmitting(true);
    try {
      await auth.login(username.trim(), password);
      navigate(from, { replace: true });
    } catch (err) {
      setError(err);
      setPassword('');
    } finally {
      setSubmitting(false);
    }
  }

  let message: string | null = null;
  if (missing) message = t('login.required');
  else if (error instanceof ApiError && !error.fromServer && error.status in FALLBACK_BY_STATUS) {
    message = t(FALLBACK_BY_STATUS[error.status as keyof typeof FALLBACK_BY_STATUS]);
  } else if (error instanceof ApiError && error.fromServer) message = localize(error.body.message);
  else if (error) message = errorMessage(error);
  else if (auth.expired) message = t('session.expired');

  const invalid = error instanceof ApiError && (error.status === 401 || error.status === 400);

  return (
    <div className="login-screen">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <main className="login-card">
        <p className="brand-org">{t('app.organization')}</p>
        <p className="login-app">{t('app.name')}</p>
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <form onSubmit={submit} noValidate aria-describedby="login-message">
          <div className="field">
            <label htmlFor="login-username">{t('login.username')}</label>
            <input
              id="login-username"
              name="username"
              autoComplete="username"
              autoFocus
              required
              value={username}
              aria-invalid={invalid || (missing && !username.trim()) || undefined}
              onChange={(e) => setUsername(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('login.password')}</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              aria-invalid={invalid || (missing && !password) || undefined}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <div id="login-message" className="form-message" aria-live="assertive" role="alert">
            {message}
          </div>
          <button type="submit" className="button button-primary button-block" disabled={submitting}>
            {submitting ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
