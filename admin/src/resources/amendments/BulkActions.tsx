import { createContext, useContext, useState, type ReactElement, type ReactNode } from 'react';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List as MuiList,
  ListItem,
  ListItemText,
} from '@mui/material';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import CreditCardIcon from '@mui/icons-material/CreditCard';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { useMutation } from '@tanstack/react-query';
import {
  Button,
  Confirm,
  useDataProvider,
  useListContext,
  useLogoutIfAccessDenied,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { GoldcardDataProvider } from '../../dataProvider';
import type { AmendmentRowFragment, BulkOutcomeFieldsFragment } from '../../generated/graphql';
import { toApiError } from '../../graphql/errors';
import type { BulkAction } from './savedFilters';

interface Spec {
  run: (dp: GoldcardDataProvider, ids: string[]) => Promise<BulkOutcomeFieldsFragment[]>;
  label: string;
  title: string;
  body: string;
  icon: ReactElement;
}

const SPECS: Record<BulkAction, Spec> = {
  claim: {
    run: (dp, ids) => dp.claimAmendments(ids),
    label: 'goldcard.amendments.actions.claim',
    title: 'goldcard.bulk.claim_title',
    body: 'goldcard.bulk.claim_body',
    icon: <AssignmentIndIcon aria-hidden />,
  },
  markReady: {
    run: (dp, ids) => dp.markCardsReady(ids),
    label: 'goldcard.amendments.actions.mark_ready',
    title: 'goldcard.bulk.ready_title',
    body: 'goldcard.bulk.ready_body',
    icon: <CreditCardIcon aria-hidden />,
  },
  markCollected: {
    run: (dp, ids) => dp.markCardsCollected(ids),
    label: 'goldcard.amendments.actions.mark_collected',
    title: 'goldcard.bulk.collected_title',
    body: 'goldcard.bulk.collected_body',
    icon: <HowToRegIcon aria-hidden />,
  },
};

/** What a bulk action did: successes counted, each failure with its case's number and why. */
export interface BulkResult {
  done: number;
  failures: { id: string; number: string; message: string }[];
}

const ResultContext = createContext<(result: BulkResult) => void>(() => undefined);

function BulkResultDialog({ result, onClose }: { result: BulkResult; onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onClose} aria-labelledby="bulk-result-title" fullWidth maxWidth="sm">
      <DialogTitle id="bulk-result-title">{translate('goldcard.bulk.result_title')}</DialogTitle>
      <DialogContent data-testid="bulk-result">
        <DialogContentText data-testid="bulk-done" data-done={result.done}>
          {result.done > 0
            ? translate('goldcard.bulk.succeeded', { smart_count: result.done })
            : translate('goldcard.bulk.none_done')}
        </DialogContentText>
        {result.failures.length > 0 && (
          <>
            <DialogContentText sx={{ mt: 2 }} id="bulk-failures-heading">
              {translate('goldcard.bulk.failed', { smart_count: result.failures.length })}
            </DialogContentText>
            <MuiList dense aria-labelledby="bulk-failures-heading">
              {result.failures.map((f) => (
                <ListItem key={f.id} disableGutters data-testid="bulk-failure" data-id={f.id}>
                  <ListItemText
                    primary={f.number}
                    secondary={f.message}
                    slotProps={{
                      primary: { sx: { fontWeight: 'bold', fontVariantNumeric: 'tabular-nums' } },
                    }}
                  />
                </ListItem>
              ))}
            </MuiList>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose} autoFocus>
          {translate('goldcard.bulk.close')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}

/** Keeps a bulk action's result open while the list reloads (its toolbar may go away). */
export function BulkResultProvider({ children }: { children: ReactNode }) {
  const [result, setResult] = useState<BulkResult | undefined>();
  return (
    <ResultContext.Provider value={setResult}>
      {children}
      {result && <BulkResultDialog result={result} onClose={() => setResult(undefined)} />}
    </ResultContext.Provider>
  );
}

/**
 * One bulk action on the selected cases (react-admin's bulk action buttons): confirmed with how
 * many and what happens, then a summary; the list and the queue counts reload.
 */
function BulkActionButton({ action }: { action: BulkAction }) {
  const spec = SPECS[action];
  const notify = useNotify();
  const refresh = useRefresh();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const dataProvider = useDataProvider<GoldcardDataProvider>();
  const { selectedIds, data = [], onUnselectItems } = useListContext<AmendmentRowFragment>();
  const showResult = useContext(ResultContext);
  const [open, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: (ids: string[]) => spec.run(dataProvider, ids),
    gcTime: 0,
  });
  const ids = selectedIds.map(String);

  const confirm = async () => {
    // The numbers as the officer saw them: a failed case's answer carries no case.
    const numbers = new Map(data.map((r) => [r.id, r.applicationNumber ?? r.id]));
    try {
      const outcomes = await mutation.mutateAsync(ids);
      setOpen(false);
      onUnselectItems();
      showResult({
        done: outcomes.filter((o) => o.ok).length,
        failures: outcomes
          .filter((o) => !o.ok)
          .map((o) => ({
            id: o.id,
            number: numbers.get(o.id) ?? o.id,
            // The API words every refusal in the reader's language.
            message: o.message ?? o.code ?? '',
          })),
      });
      refresh();
    } catch (failure) {
      const error = toApiError(failure);
      setOpen(false);
      if (await logoutIfAccessDenied(error)) return;
      notify(error.message, { type: 'error' });
    }
  };

  return (
    <>
      <Button label={spec.label} onClick={() => setOpen(true)} data-testid={`bulk-${action}`}>
        {spec.icon}
      </Button>
      <Confirm
        isOpen={open}
        loading={mutation.isPending}
        title={spec.title}
        titleTranslateOptions={{ smart_count: ids.length }}
        content={spec.body}
        confirm={spec.label}
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** The bulk actions the current tab offers (`bulkActionsFor`). */
export function CaseBulkActions({ actions }: { actions: BulkAction[] }) {
  return (
    <>
      {actions.map((action) => (
        <BulkActionButton key={action} action={action} />
      ))}
    </>
  );
}
