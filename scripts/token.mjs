#!/usr/bin/env node
// npm run token -- voter1: prints an access token for a demo account from the running development server.
const login = process.argv[2];
const base = (process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
if (!login) {
  console.error('Usage: npm run token -- <login>   (voter1, voter2, deputy1, assistant1, deputy2, moderator1, analyst1, admin1)');
  process.exit(2);
}
try {
  const response = await fetch(`${base}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login }),
  });
  const body = await response.json();
  if (!response.ok) {
    console.error(body.message ?? `${base}/dev/token answered ${response.status}`);
    process.exit(1);
  }
  console.log(body.access_token);
} catch (error) {
  console.error(`Cannot reach ${base}/dev/token (${error.cause?.code ?? error.message}): is "npm start" running?`);
  process.exit(1);
}
