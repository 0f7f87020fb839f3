import { useState } from 'react';
import { Button, Stack, Typography } from '@mui/material';
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
import { ConflictNotice } from './ConflictNotice';
import {
  ApproveDialog,
  ConfirmDialog,
  ReassignDialog,
  RejectDialog,
  SupplementDialog,
} from './DecisionDialogs';
import { useAmendmentAction } from './useAmendmentAction';

type DialogName =
  'approve' | 'reject' | 'supplement' | 'reassign' | 'card-ready' | 'card-collected';

/**
 * Claim / Release / Approve / Reject / Request documents / Mark card ready / collected /
 * Reassign, as the case's status and assignment allow. Decisions carry the version read. Every
 * change of state is confirmed in a dialog that says what it does, except claiming and releasing,
 * which only change who works on the case and undo each other.
 */
export function DecisionBar({ record }: { record: AmendmentDetailFragment }) {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions>();
  const action = useAmendmentAction(record.id);
  const [dialog, setDialog] = useState<DialogName | undefined>();
  const can = availableActions(record, { id: identity?.id, role: permissions?.role });
  const number = record.applicationNumber ?? '';
  const { id, version } = record;

  const open = (name: DialogName) => {
    action.clearError();
    setDialog(name);
  };
  const decide = async (run: Parameters<typeof action.run>[0], done: string, unsent?: string) => {
    // Done, or stale (the case is reloaded and the page says why): the dialog has served.
    if ((await action.run(run, done, unsent)) !== 'failed') setDialog(undefined);
  };
  const missing = record.checklist.filter((c) => c.uploaded === 0).map((c) => c.type);
  const dialogError = dialog ? action.error : undefined;
  const common = {
    number,
    caseId: id,
    busy: action.pending,
    error: dialogError,
    onClose: () => setDialog(undefined),
  };

  return (
    <Stack spacing={1} data-testid="decision-bar">
      {action.conflict && (
        <ConflictNotice
          conflict={action.conflict}
          record={record}
          onDismiss={action.dismissConflict}
        />
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
            disabled={action.pending || can.feeUnpaid}
            aria-describedby={can.feeUnpaid ? 'mark-ready-disabled' : undefined}
            onClick={() => open('card-ready')}
          >
            {translate('goldcard.amendments.actions.mark_ready')}
          </Button>
        )}
        {can.markCollected && (
          <Button
            variant="contained"
            startIcon={<HowToRegIcon aria-hidden />}
            disabled={action.pending}
            onClick={() => open('card-collected')}
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
        <Typography
          variant="body2"
          color="warning.dark"
          id="mark-ready-disabled"
          data-testid="mark-ready-disabled"
        >
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
              note,
            )
          }
        />
      )}
      {dialog === 'reject' && (
        <RejectDialog
          {...common}
          onConfirm={(reason, reasonCode) =>
            void decide(
              (dp) =>
                dp.rejectAmendment({
                  id,
                  version,
                  reason: reason || null,
                  reasonCode: reasonCode || null,
                }),
              'goldcard.amendments.done.rejected',
              reason,
            )
          }
        />
      )}
      {dialog === 'supplement' && (
        <SupplementDialog
          {...common}
          initial={missing}
          onConfirm={(documents, message, reasonCode) =>
            void decide(
              (dp) =>
                dp.requestSupplement({
                  id,
                  version,
                  documents,
                  message: message || null,
                  reasonCode: reasonCode || null,
                }),
              'goldcard.amendments.done.supplement',
              message,
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
      {dialog === 'card-ready' && (
        <ConfirmDialog
          {...common}
          id="card-ready-dialog"
          title={translate('goldcard.review.confirm.card_ready_title', { number })}
          body={translate('goldcard.review.confirm.card_ready_body', {
            status: translate('goldcard.status.CARD_READY'),
          })}
          confirmLabel={translate('goldcard.amendments.actions.mark_ready')}
          onConfirm={() =>
            void decide((dp) => dp.markCardReady(id), 'goldcard.amendments.done.card_ready')
          }
        />
      )}
      {dialog === 'card-collected' && (
        <ConfirmDialog
          {...common}
          id="card-collected-dialog"
          title={translate('goldcard.review.confirm.card_collected_title', { number })}
          body={translate('goldcard.review.confirm.card_collected_body')}
          confirmLabel={translate('goldcard.amendments.actions.mark_collected')}
          onConfirm={() =>
            void decide((dp) => dp.markCardCollected(id), 'goldcard.amendments.done.card_collected')
          }
        />
      )}
    </Stack>
  );
}
