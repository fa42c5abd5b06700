import { useQuery } from '@apollo/client/react';
import { hasErrorCode } from '@app/ui';
import { useCallback, useEffect, useState } from 'react';
import type { VoterAppealDetailsFragment as AppealDetails } from '../../gql/graphql';
import { APPEAL_QUERY } from '../../graphql/appeals';

const RETRY_MS = 500;
const WAIT_ATTEMPTS = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One appeal. Reads come from a read model that follows the event log a moment behind, so right after a
 * submission (`justSubmitted`) a NOT_FOUND is retried for a few seconds, and `settle` re-reads after a
 * command until the appeal shows its effect.
 */
export function useAppeal(id: string, justSubmitted: boolean) {
  const query = useQuery(APPEAL_QUERY, { variables: { id }, notifyOnNetworkStatusChange: false });
  const { error, refetch } = query;
  const [attempts, setAttempts] = useState(0);
  const notYetProjected = justSubmitted && hasErrorCode(error, 'NOT_FOUND') && attempts < WAIT_ATTEMPTS;

  useEffect(() => {
    if (!notYetProjected) return;
    const timer = setTimeout(() => {
      setAttempts((count) => count + 1);
      void refetch().catch(() => undefined);
    }, RETRY_MS);
    return () => clearTimeout(timer);
  }, [notYetProjected, attempts, refetch]);

  const settle = useCallback(
    async (done: (appeal: AppealDetails) => boolean) => {
      for (let attempt = 0; attempt < WAIT_ATTEMPTS; attempt++) {
        const { data } = await refetch().catch(() => ({ data: undefined }));
        if (data && done(data.appeal)) return;
        await sleep(RETRY_MS);
      }
    },
    [refetch],
  );

  return { ...query, waiting: notYetProjected, settle };
}
