import { zodResolver } from '@hookform/resolvers/zod';
import { type LoginBody, LoginBodySchema } from '@kakanai/contracts';
import { LanguageSwitch, ProblemMessage } from '@kakanai/ui';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { BrandMark } from '../../app/brand-mark.tsx';
import { PageTitle } from '../../app/page-title.tsx';
import { safeNextPath, useSession, useSignIn } from './session.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNextPath(searchParams.get('next'));
  const session = useSession();
  const signIn = useSignIn();
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<LoginBody>({
    resolver: zodResolver(LoginBodySchema),
    defaultValues: { username: '', password: '' },
  });

  // A counter PC is used with the keyboard: start typing the username straight away.
  useEffect(() => setFocus('username'), [setFocus]);

  if (session.data) return <Navigate to={next} replace />;

  const onSubmit = handleSubmit((body) =>
    signIn.mutate(body, {
      onSuccess: () => navigate(next, { replace: true }),
      onError: () => setFocus('password', { shouldSelect: true }),
    }),
  );

  return (
    <div className="login-screen">
      <PageTitle page={t('login.title')} />
      <header className="login-screen__bar">
        <BrandMark />
        <LanguageSwitch />
      </header>
      <main className="login-screen__main">
        <form className="login-card" onSubmit={onSubmit} noValidate aria-labelledby="login-title">
          <h1 id="login-title">{t('login.title')}</h1>
          <p className="muted login-card__lead">{t('login.lead')}</p>
          <ProblemMessage error={signIn.error} />
          <div className="field">
            <label htmlFor="login-username">{t('login.username')}</label>
            <input
              id="login-username"
              autoComplete="username"
              autoCapitalize="off"
              spellCheck={false}
              aria-invalid={errors.username ? true : undefined}
              aria-describedby={errors.username ? 'login-username-error' : undefined}
              {...register('username')}
            />
            {errors.username && (
              <p id="login-username-error" className="field-error">
                {t('login.usernameRequired')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('login.password')}</label>
            <input
              id="login-password"
              type="password"
              autoComplete="current-password"
              aria-invalid={errors.password ? true : undefined}
              aria-describedby={errors.password ? 'login-password-error' : undefined}
              {...register('password')}
            />
            {errors.password && (
              <p id="login-password-error" className="field-error">
                {t('login.passwordRequired')}
              </p>
            )}
          </div>
          <button type="submit" className="primary login-card__submit" disabled={signIn.isPending}>
            {signIn.isPending ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
