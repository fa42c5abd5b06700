import type { AppealActionKind } from '../gql/graphql';

/**
 * Which of a page's forms to show: each form names the action it sends and shows when `Appeal.allowedActions` lists it.
 * The server decides that list by the decider's rules, so the apps keep no copy of them (docs/appeals.md).
 */
export function allowedForms<Form extends string>(
  forms: Readonly<Record<Form, AppealActionKind>>,
  allowedActions: readonly AppealActionKind[],
): Readonly<Record<Form, boolean>> {
  const allowed = new Set(allowedActions);
  const entries = Object.entries<AppealActionKind>(forms).map(([form, action]) => [form, allowed.has(action)]);
  return Object.fromEntries(entries) as Record<Form, boolean>;
}
