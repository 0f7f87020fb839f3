import { useCallback } from 'react';
import { useQuery } from '@apollo/client';
import type { AmendmentItem } from '../generated/graphql';
import { AgencyItemLabelsQuery, AgencyMandatesQuery } from './agency.graphql';

/** The caller's mandates (given or held: the API decides by role) and the items' names. */
export function useMandates() {
  const mandates = useQuery(AgencyMandatesQuery);
  const labels = useQuery(AgencyItemLabelsQuery);
  const itemLabels = labels.data?.amendmentRequirements ?? [];
  const itemLabel = useCallback(
    (item: AmendmentItem) => itemLabels.find((l) => l.item === item)?.label ?? '',
    [itemLabels],
  );
  return {
    mandates: mandates.data?.mandates,
    loading: (mandates.loading && !mandates.data) || (labels.loading && !labels.data),
    error: mandates.error ?? labels.error,
    refetch: () => {
      void mandates.refetch();
      void labels.refetch();
    },
    itemLabels,
    itemLabel,
  };
}
