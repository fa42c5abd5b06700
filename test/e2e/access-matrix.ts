/**
 * Who may call each GraphQL operation: the table of docs/access.md, as data. Every query and mutation in
 * the schema must have a row (the matrix test checks), and every cell is exercised over HTTP.
 * Object-level rules (whose appeal, which region) are tested with the operations they guard.
 */
export const ACTORS = ['ANONYMOUS', 'VOTER', 'DEPUTY', 'ASSISTANT', 'MODERATOR', 'ANALYST', 'ADMIN'] as const;
export type Actor = (typeof ACTORS)[number];

/** ALLOW: answers with data; otherwise the error code the caller gets. */
export type Outcome = 'ALLOW' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

export type MatrixRow = Readonly<{
  operation: string;
  kind: 'query' | 'mutation';
  /** A document calling it with valid arguments; `$actor` variables are not needed yet. */
  document: string;
  outcomes: Readonly<Record<Actor, Outcome>>;
  /** What the role may reach, for docs/access.md. */
  scope: string;
}>;

const everyone: Record<Actor, Outcome> = {
  ANONYMOUS: 'ALLOW',
  VOTER: 'ALLOW',
  DEPUTY: 'ALLOW',
  ASSISTANT: 'ALLOW',
  MODERATOR: 'ALLOW',
  ANALYST: 'ALLOW',
  ADMIN: 'ALLOW',
};
const signedIn: Record<Actor, Outcome> = { ...everyone, ANONYMOUS: 'UNAUTHENTICATED' };
const only = (...allowed: Actor[]): Record<Actor, Outcome> => gate('ALLOW', ...allowed);
/** Roles past the gate get `passed`; e.g. NOT_FOUND for an appeal nobody may see (here: one that does not exist). */
const gate = (passed: Outcome, ...allowed: Actor[]): Record<Actor, Outcome> =>
  Object.fromEntries(
    ACTORS.map((actor) => [actor, actor === 'ANONYMOUS' ? 'UNAUTHENTICATED' : allowed.includes(actor) ? passed : 'FORBIDDEN']),
  ) as Record<Actor, Outcome>;

/** An appeal id that exists nowhere: roles allowed to act get NOT_FOUND, as for one they may not see. */
const NO_APPEAL = '00000000-0000-4000-8000-000000000000';
const appealMutation = (operation: string, args: string, ...allowed: Actor[]): MatrixRow => ({
  operation,
  kind: 'mutation',
  document: `mutation { ${operation}(input: { appealId: "${NO_APPEAL}"${args ? `, ${args}` : ''} }) { status } }`,
  outcomes: gate('NOT_FOUND', ...allowed),
  scope:
    allowed.includes('MODERATOR') && allowed.length === 1
      ? 'appeals of their regions'
      : allowed.includes('VOTER')
        ? 'their own appeals'
        : 'appeals assigned to the deputy',
});

export const ACCESS_MATRIX: readonly MatrixRow[] = [
  { operation: 'health', kind: 'query', document: '{ health { status } }', outcomes: everyone, scope: 'platform status, no personal data' },
  {
    operation: 'appealSubmissionRules',
    kind: 'query',
    document: '{ appealSubmissionRules { maxPhotos } }',
    outcomes: everyone,
    scope: 'the consent, photo and length rules of a new appeal',
  },
  { operation: 'me', kind: 'query', document: '{ me { id role } }', outcomes: signedIn, scope: 'the caller only' },
  { operation: 'regions', kind: 'query', document: '{ regions { code } }', outcomes: everyone, scope: 'public reference data' },
  {
    operation: 'territories',
    kind: 'query',
    document: '{ territories(regionCode: "66") { id } }',
    outcomes: everyone,
    scope: 'public reference data',
  },
  { operation: 'categories', kind: 'query', document: '{ categories { id } }', outcomes: everyone, scope: 'public reference data' },
  {
    operation: 'nationalProjects',
    kind: 'query',
    document: '{ nationalProjects { id } }',
    outcomes: everyone,
    scope: 'public reference data',
  },
  {
    operation: 'deputies',
    kind: 'query',
    document: '{ deputies(regionCode: "66") { id } }',
    outcomes: everyone,
    scope: 'public record of deputies',
  },
  {
    operation: 'deputy',
    kind: 'query',
    document: '{ deputy(id: "0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0001") { fullName } }',
    outcomes: everyone,
    scope: 'public record of a deputy',
  },
  {
    operation: 'defineTerritory',
    kind: 'mutation',
    document:
      'mutation { defineTerritory(input: { id: "66-sysert", regionCode: "66", nameRu: "Сысертский городской округ", nameEn: "Sysert", kind: "MUNICIPALITY", populationApprox: 60000 }) }',
    outcomes: only('ADMIN'),
    scope: 'any region',
  },
  {
    operation: 'defineCategory',
    kind: 'mutation',
    document:
      'mutation { defineCategory(input: { id: "housing.elevators", parentId: "housing", nameRu: "Лифты", nameEn: "Elevators", firstResponseTargetHours: 24 }) }',
    outcomes: only('ADMIN'),
    scope: 'the taxonomy',
  },
  {
    operation: 'registerDeputy',
    kind: 'mutation',
    document:
      'mutation { registerDeputy(input: { fullName: "Иванов Иван Иванович", level: MUNICIPAL, regionCode: "66", territoryIds: ["66-serov"] }) }',
    outcomes: only('ADMIN'),
    scope: 'any region',
  },
  {
    operation: 'verifyDeputy',
    kind: 'mutation',
    document: 'mutation { verifyDeputy(input: { deputyId: "0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0002" }) }',
    outcomes: only('ADMIN'),
    scope: 'any deputy',
  },
  {
    operation: 'setRoutingRule',
    kind: 'mutation',
    document:
      'mutation { setRoutingRule(input: { regionCode: "66", territoryId: "66-serov", categoryId: "roads", deputyId: "0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0002", reason: "проверка" }) { ruleId } }',
    outcomes: only('ADMIN'),
    scope: 'any region; the reason is kept',
  },
  { operation: 'myAppeals', kind: 'query', document: '{ myAppeals { totalCount } }', outcomes: only('VOTER'), scope: 'their own appeals' },
  {
    operation: 'deputyInbox',
    kind: 'query',
    document: '{ deputyInbox(overdueOnly: false) { totalCount } }',
    outcomes: only('DEPUTY', 'ASSISTANT'),
    scope: 'appeals assigned to the deputy',
  },
  {
    operation: 'appeal',
    kind: 'query',
    document: `{ appeal(id: "${NO_APPEAL}") { id } }`,
    outcomes: gate('NOT_FOUND', 'VOTER', 'DEPUTY', 'ASSISTANT', 'MODERATOR', 'ANALYST', 'ADMIN'),
    scope: 'author; handling deputy and assistant; moderators of the region; never analysts or admins',
  },
  {
    operation: 'submitAppeal',
    kind: 'mutation',
    document:
      'mutation { submitAppeal(input: { regionCode: "66", territoryId: "66-ekaterinburg", categoryId: "roads", subject: "Яма", text: "Яма у дома", consent: true }) { status } }',
    outcomes: only('VOTER'),
    scope: 'as themselves',
  },
  appealMutation('acknowledgeAppeal', '', 'DEPUTY', 'ASSISTANT'),
  appealMutation('requestClarification', 'text: "Уточните адрес"', 'DEPUTY', 'ASSISTANT'),
  appealMutation('provideClarification', 'text: "Дом 5"', 'VOTER'),
  appealMutation('forwardAppeal', 'toAuthority: "Администрация города", reason: "по компетенции"', 'DEPUTY', 'ASSISTANT'),
  appealMutation('extendDeadline', 'days: 10, reason: "запрос в администрацию"', 'DEPUTY', 'ASSISTANT'),
  appealMutation('answerAppeal', 'text: "Ответ"', 'DEPUTY', 'ASSISTANT'),
  appealMutation('reopenAppeal', 'reason: "не решено"', 'VOTER'),
  appealMutation('withdrawAppeal', '', 'VOTER'),
  appealMutation('submitFeedback', 'promptness: 5, quality: 5, attentiveness: 5, solved: YES', 'VOTER'),
  appealMutation('assignAppeal', 'deputyId: "0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0002"', 'MODERATOR'),
  appealMutation('recategorizeAppeal', 'categoryId: "roads"', 'MODERATOR'),
  {
    ...appealMutation('rejectAppeal', 'reason: SPAM', 'MODERATOR', 'DEPUTY', 'ASSISTANT'),
    scope: 'moderators: their regions; deputies: appeals assigned to them',
  },
  {
    operation: 'myPersonalData',
    kind: 'query',
    document: '{ myPersonalData { erased accessLog { readerRole } } }',
    outcomes: only('VOTER'),
    scope: "the voter's own data and who read it",
  },
  {
    operation: 'updateMyPersonalData',
    kind: 'mutation',
    document: 'mutation { updateMyPersonalData(input: { name: "Анна", contact: "anna@example.ru" }) { erased } }',
    outcomes: only('VOTER'),
    scope: "the voter's own data",
  },
  {
    operation: 'eraseMyPersonalData',
    kind: 'mutation',
    document: 'mutation { eraseMyPersonalData(input: { confirm: true }) { erased } }',
    outcomes: only('VOTER'),
    scope: "the voter's own data",
  },
  {
    operation: 'deputyRatings',
    kind: 'query',
    document: '{ deputyRatings(regionCode: "66") { asOf ranked { rank } } }',
    outcomes: only('MODERATOR', 'ANALYST'),
    scope: 'regions of their scope (FORBIDDEN outside it)',
  },
  {
    operation: 'deputyRating',
    kind: 'query',
    document: '{ deputyRating(deputyId: "0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0001") { rating { score } trend { month } } }',
    outcomes: only('DEPUTY', 'ASSISTANT', 'MODERATOR', 'ANALYST'),
    scope: 'deputies: their own; moderators and analysts: deputies of their regions',
  },
  {
    operation: 'regionalAnalytics',
    kind: 'query',
    document: '{ regionalAnalytics(regionCode: "66", from: "2026-01-01", to: "2026-01-31", groupBy: CATEGORY) { total { suppressed } } }',
    outcomes: only('MODERATOR', 'ANALYST'),
    scope: 'aggregates of their regions, cells under 5 distinct voters suppressed',
  },
  {
    operation: 'regionsOverview',
    kind: 'query',
    document: '{ regionsOverview(from: "2026-01-01", to: "2026-01-31") { regions { key suppressed } } }',
    outcomes: only('MODERATOR', 'ANALYST'),
    scope: 'the regions of their scope, suppressed as above',
  },
  {
    operation: 'inboxCounters',
    kind: 'query',
    document: '{ inboxCounters { assigned overdue } }',
    outcomes: only('DEPUTY', 'ASSISTANT'),
    scope: "the deputy's own appeals",
  },
  {
    operation: 'moderationQueue',
    kind: 'query',
    document: '{ moderationQueue(unassignedOnly: true) { totalCount items { id } } }',
    outcomes: only('MODERATOR'),
    scope: 'appeals of their regions',
  },
  {
    operation: 'receivedFeedback',
    kind: 'query',
    document: '{ receivedFeedback { totalCount items { appealId quality solved } } }',
    outcomes: only('DEPUTY', 'ASSISTANT'),
    scope: "feedback on the deputy's own answers",
  },
];

const MARK: Record<Outcome, string> = { ALLOW: '✓', UNAUTHENTICATED: 'sign in', FORBIDDEN: '✗', NOT_FOUND: '✓ᵒ' };

/** The matrix as the Markdown table rows of docs/access.md. */
export function matrixAsMarkdown(): string {
  const header = `| Operation | Kind | ${ACTORS.map((a) => a.toLowerCase()).join(' | ')} | Reach |`;
  const rule = `| --- | --- | ${ACTORS.map(() => ':-:').join(' | ')} | --- |`;
  const rows = ACCESS_MATRIX.map(
    (row) => `| \`${row.operation}\` | ${row.kind} | ${ACTORS.map((a) => MARK[row.outcomes[a]]).join(' | ')} | ${row.scope} |`,
  );
  return [header, rule, ...rows].join('\n');
}
