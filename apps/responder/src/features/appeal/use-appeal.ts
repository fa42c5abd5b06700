import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ResponderAppealDetailsFragment as AppealDetails } from '../../gql/graphql';
import { APPEAL_QUERY } from '../../graphql/appeals';

const RETRY_MS = 500;
const WAIT_ATTEMPTS = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One appeal. The read model follows the event log a moment behind, so `settle` re-reads after a command
 * until the appeal shows its effect (bounded: then the page shows what it has).
 */
export function useAppeal(id: string) {
  const query = useQuery(APPEAL_QUERY, { variables: { id }, notifyOnNetworkStatusChange: false });
  const { refetch } = query;
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
  return { ...query, settle };
}
