import { useId, useState } from 'react';
import { Button, Menu, MenuItem } from '@mui/material';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import { useTranslate } from 'react-admin';
import type { StaffAccountFieldsFragment } from '../../generated/graphql';
import { StaffActionDialog, type StaffAction } from './StaffActionDialog';

/** What can be asked of this account as it is now; the API still has the last word. */
export function actionsFor(record: StaffAccountFieldsFragment): StaffAction[] {
  return [
    record.disabled ? 'enable' : 'disable',
    ...(record.locked ? (['unlock'] as const) : []),
    'role',
  ];
}

const LABELS: Record<StaffAction, string> = {
  disable: 'goldcard.staffAdmin.disable',
  enable: 'goldcard.staffAdmin.enable',
  unlock: 'goldcard.staffAdmin.unlock',
  role: 'goldcard.staffAdmin.change_role',
};

/** One button per row opening the actions; each action asks for confirmation in a dialog. */
export function StaffRowActions({ record }: { record: StaffAccountFieldsFragment }) {
  const translate = useTranslate();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [action, setAction] = useState<StaffAction | undefined>();
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        endIcon={<ArrowDropDownIcon aria-hidden />}
        aria-label={translate('goldcard.staffAdmin.actions_for', { name: record.displayName })}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(e) => {
          e.stopPropagation();
          setAnchor(e.currentTarget);
        }}
      >
        {translate('goldcard.staffAdmin.actions')}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {actionsFor(record).map((a) => (
          <MenuItem
            key={a}
            onClick={() => {
              setAnchor(null);
              setAction(a);
            }}
          >
            {translate(LABELS[a])}
          </MenuItem>
        ))}
      </Menu>
      {action && (
        <StaffActionDialog record={record} action={action} onClose={() => setAction(undefined)} />
      )}
    </>
  );
}
