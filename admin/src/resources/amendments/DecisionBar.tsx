import { useState } from 'react';
import { Alert, Button, Stack, Typography } from '@mui/material';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import CreditCardIcon from '@mui/icons-material/CreditCard';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import type { Permissions } from '../../authProvider';
import type { AmendmentDetailFragment } from '../../generated/graphql';
import { availableActions, HANDLED } from './availableActions';
import { ApproveDialog, ReassignDialog, RejectDialog, SupplementDialog } from './DecisionDialogs';
import { useAmendmentAction } from './useAmendmentAction';

type DialogName = 'approve' | 'reject' | 'supplement' | 'reassign';

/**
 * Claim / Release / Approve / Reject / Request documents / Mark card ready / collected /
 * Reassign, as the case's status and assignment allow. Decisions carry the version read.
 */
export function DecisionBar({ record }: { record: AmendmentDetailFragment }) {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions>();
  const action = useAmendmentAction();
  const [dialog, setDialog] = useState<DialogName | undefined>();
  const can = availableActions(record, { id: identity?.id, role: permissions?.role });
  const number = record.applicationNumber ?? '';
  const { id, version } = record;

  const open = (name: DialogName) => {
    action.clearError();
    setDialog(name);
  };
  const decide = async (run: Parameters<typeof action.run>[0], done: string) => {
    // Done, or stale (the page then offers a reload): either way the dialog has served.
    if ((await action.run(run, done)) !== 'failed') setDialog(undefined);
  };
  const missing = record.checklist.filter((c) => c.uploaded === 0).map((c) => c.type);
  const dialogError = dialog ? action.error : undefined;
  const common = {
    number,
    busy: action.pending,
    error: dialogError,
    onClose: () => setDialog(undefined),
  };

  return (
    <Stack spacing={1} data-testid="decision-bar">
      {action.conflict && (
        <Alert
          severity="warning"
          role="alert"
          action={
            <Button color="inherit" size="small" onClick={action.reload}>
              {translate('goldcard.error.reload')}
            </Button>
          }
        >
          {translate('goldcard.error.conflict')}
        </Alert>
      )}
      <Stack
        sx={{ flexWrap: 'wrap' }}
        direction="row"
        spacing={1}
        useFlexGap

        role="group"
        aria-label={translate('goldcard.amendments.actions.label')}
      >
        {can.claim && (
          <Button
            variant="contained"
            startIcon={<AssignmentIndIcon aria-hidden />}
            disabled={action.pending}
            onClick={() =>
              void action.run((dp) => dp.claimAmendment(id), 'goldcard.amendments.done.claimed')
            }
          >
            {translate('goldcard.amendments.actions.claim')}
          </Button>
        )}
        {can.decide && (
          <>
            <Button
              variant="contained"
              color="success"
              startIcon={<CheckCircleIcon aria-hidden />}
              onClick={() => open('approve')}
            >
              {translate('goldcard.amendments.actions.approve')}
            </Button>
            <Button
              variant="outlined"
              color="error"
              startIcon={<CancelIcon aria-hidden />}
              onClick={() => open('reject')}
            >
              {translate('goldcard.amendments.actions.reject')}
            </Button>
            <Button
              variant="outlined"
              color="warning"
              startIcon={<NoteAddIcon aria-hidden />}
              onClick={() => open('supplement')}
            >
              {translate('goldcard.amendments.actions.request_documents')}
            </Button>
          </>
        )}
        {can.markReady && (
          <Button
            variant="contained"
            startIcon={<CreditCardIcon aria-hidden />}
            disabled={action.pending}
            onClick={() =>
              void action.run((dp) => dp.markCardReady(id), 'goldcard.amendments.done.card_ready')
            }
          >
            {translate('goldcard.amendments.actions.mark_ready')}
          </Button>
        )}
        {can.markCollected && (
          <Button
            variant="contained"
            startIcon={<HowToRegIcon aria-hidden />}
            disabled={action.pending}
            onClick={() =>
              void action.run(
                (dp) => dp.markCardCollected(id),
                'goldcard.amendments.done.card_collected',
              )
            }
          >
            {translate('goldcard.amendments.actions.mark_collected')}
          </Button>
        )}
        {can.release && (
          <Button
            startIcon={<AssignmentReturnIcon aria-hidden />}
            disabled={action.pending}
            onClick={() =>
              void action.run((dp) => dp.releaseAmendment(id), 'goldcard.amendments.done.released')
            }
          >
            {translate('goldcard.amendments.actions.release')}
          </Button>
        )}
        {can.reassign && (
          <Button startIcon={<SwapHorizIcon aria-hidden />} onClick={() => open('reassign')}>
            {translate('goldcard.amendments.actions.reassign')}
          </Button>
        )}
      </Stack>
      {can.markReady && can.feeUnpaid && (
        <Typography variant="body2" color="warning.dark">
          {translate('goldcard.amendments.actions.fee_unpaid')}
        </Typography>
      )}
      {can.claim && (
        <Typography variant="body2" color="text.secondary">
          {translate('goldcard.amendments.actions.not_yours')}
        </Typography>
      )}
      {record.assignedOfficer && !can.mine && HANDLED.includes(record.status) && (
        <Typography variant="body2" color="text.secondary">
          {translate('goldcard.amendments.actions.others', {
            name: record.assignedOfficer.displayName,
          })}
        </Typography>
      )}
      {dialog === 'approve' && (
        <ApproveDialog
          {...common}
          onConfirm={(note) =>
            void decide(
              (dp) => dp.approveAmendment({ id, version, note: note || null }),
              'goldcard.amendments.done.approved',
            )
          }
        />
      )}
      {dialog === 'reject' && (
        <RejectDialog
          {...common}
          onConfirm={(reason) =>
            void decide(
              (dp) => dp.rejectAmendment({ id, version, reason }),
              'goldcard.amendments.done.rejected',
            )
          }
        />
      )}
      {dialog === 'supplement' && (
        <SupplementDialog
          {...common}
          initial={missing}
          onConfirm={(documents, message) =>
            void decide(
              (dp) => dp.requestSupplement({ id, version, documents, message }),
              'goldcard.amendments.done.supplement',
            )
          }
        />
      )}
      {dialog === 'reassign' && (
        <ReassignDialog
          {...common}
          currentOfficerId={record.assignedOfficer?.id}
          onConfirm={(officerId) =>
            void decide(
              (dp) => dp.reassignAmendment({ id, officerId }),
              'goldcard.amendments.done.reassigned',
            )
          }
        />
      )}
    </Stack>
  );
}
