import { Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { StaffAccountFieldsFragment } from '../../generated/graphql';

type State = 'active' | 'disabled' | 'locked';

/** Disabled and locked can hold together (a lock stays until lifted, whatever the switch says). */
export function staffStates(record: Pick<StaffAccountFieldsFragment, 'disabled' | 'locked'>) {
  const states: State[] = [];
  if (record.disabled) states.push('disabled');
  if (record.locked) states.push('locked');
  return states.length > 0 ? states : (['active'] as State[]);
}

const COLORS = { active: 'success', disabled: 'error', locked: 'warning' } as const;

export function StaffState({ record }: { record: StaffAccountFieldsFragment }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {staffStates(record).map((state) => (
        <Chip
          key={state}
          size="small"
          variant="outlined"
          color={COLORS[state]}
          data-state={state}
          label={translate(`goldcard.staffAdmin.states.${state}`)}
        />
      ))}
    </Stack>
  );
}
