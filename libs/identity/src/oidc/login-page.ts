import type { DemoAccount } from './demo-accounts';

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The development provider's sign-in page: Russian first, English second, usable on a phone. */
export function renderLoginPage(page: { action: string; accounts: readonly DemoAccount[]; login?: string; error?: string }): string {
  const accounts = page.accounts.map((a) => `<li><code>${escape(a.login)}</code> — ${escape(a.name)}, ${escape(a.role)}</li>`).join('');
  return `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Вход · Sign in</title>
<style>
  body{font-family:system-ui,sans-serif;max-width:26rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
  label{display:block;margin:.75rem 0 .25rem;font-weight:600}
  input{width:100%;box-sizing:border-box;padding:.6rem;font-size:1rem;border:1px solid #767676;border-radius:.3rem}
  button{margin-top:1rem;width:100%;padding:.7rem;font-size:1rem;background:#0b5cad;color:#fff;border:0;border-radius:.3rem}
  .error{color:#a50e0e;background:#fdecea;padding:.5rem;border-radius:.3rem}
  small{color:#555}
</style></head>
<body><main>
<h1>Вход <small lang="en">· Sign in</small></h1>
<p><small>Учебный провайдер входа для разработки. Development identity provider.</small></p>
${page.error ? `<p class="error" role="alert">${escape(page.error)}</p>` : ''}
${
  page.action
    ? `<form method="post" action="${escape(page.action)}">
  <label for="login">Логин <small lang="en">Login</small></label>
  <input id="login" name="login" autocomplete="username" required value="${escape(page.login ?? '')}">
  <label for="password">Пароль <small lang="en">Password</small></label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <button type="submit">Войти · Sign in</button>
</form>`
    : ''
}
${accounts ? `<h2>Демо-аккаунты <small lang="en">Demo accounts</small></h2><p><small>Пароль у всех: <code>demo</code></small></p><ul>${accounts}</ul>` : ''}
</main></body></html>`;
}
