import { useState, type FormEvent, type ReactNode } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  MenuItem,
  TextField,
} from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { DocumentType, StaffAccountFieldsFragment } from '../../generated/graphql';
import { DOCUMENT_TYPES } from '../../enums';
import type { ApiError } from '../../graphql/errors';
import { officersByLoad } from './availableActions';
import { ReasonSelect } from './ReasonSelect';
import { useDraft } from './useDraft';

interface DialogFrameProps {
  id: string;
  title: string;
  confirmLabel: string;
  confirmColor?: 'primary' | 'error' | 'success' | 'warning';
  busy: boolean;
  error?: ApiError;
  onClose: () => void;
  onConfirm: () => void;
  children: ReactNode;
  /** The text typed earlier was brought back (see useDraft). */
  restored?: boolean;
}

/** A decision's dialog: a form whose submit confirms, the API's error on top. */
function DialogFrame(props: DialogFrameProps) {
  const translate = useTranslate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onConfirm();
  };
  return (
    <Dialog
      open
      onClose={props.onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby={`${props.id}-title`}
    >
      <form onSubmit={submit} noValidate data-testid={props.id}>
        <DialogTitle id={`${props.id}-title`}>{props.title}</DialogTitle>
        <DialogContent>
          {props.error && (
            <Alert severity="error" sx={{ mb: 2 }} role="alert">
              {props.error.message}
            </Alert>
          )}
          {props.restored && (
            <Alert severity="info" sx={{ mb: 2 }} data-testid="draft-restored">
              {translate('goldcard.review.draft_restored')}
            </Alert>
          )}
          {props.children}
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>{translate('goldcard.amendments.dialogs.cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            color={props.confirmColor ?? 'primary'}
            disabled={props.busy}
          >
            {props.confirmLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

const fieldMessage = (error: ApiError | undefined, ...names: string[]) =>
  error?.fields.find((f) => names.includes(f.field))?.message;

interface CommonProps {
  number: string;
  caseId: string;
  busy: boolean;
  error?: ApiError;
  onClose: () => void;
}

export function ApproveDialog(props: CommonProps & { onConfirm: (note: string) => void }) {
  const translate = useTranslate();
  const { value: note, setValue: setNote, restored } = useDraft(props.caseId, 'approve-note');
  return (
    <DialogFrame
      id="approve-dialog"
      restored={restored}
      title={translate('goldcard.amendments.dialogs.approve_title', { number: props.number })}
      confirmLabel={translate('goldcard.amendments.actions.approve')}
      confirmColor="success"
      busy={props.busy}
      error={props.error}
      onClose={props.onClose}
      onConfirm={() => props.onConfirm(note.trim())}
    >
      <p>{translate('goldcard.amendments.dialogs.approve_body')}</p>
      <TextField
        id="approve-note"
        label={translate('goldcard.amendments.dialogs.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        multiline
        minRows={2}
        fullWidth
        error={Boolean(fieldMessage(props.error, 'note', 'text'))}
        helperText={fieldMessage(props.error, 'note', 'text')}
      />
    </DialogFrame>
  );
}

export function RejectDialog(
  props: CommonProps & { onConfirm: (reason: string, reasonCode: string) => void },
) {
  const translate = useTranslate();
  const draft = useDraft(props.caseId, 'reject-reason');
  const code = useDraft(props.caseId, 'reject-code');
  const [reason, setReason] = [draft.value, draft.setValue];
  const [touched, setTouched] = useState(false);
  // With a standard reason the officer's own words are optional (the API's rule too).
  const missing = touched && reason.trim() === '' && code.value === '';
  const message = fieldMessage(props.error, 'reason', 'text');
  return (
    <DialogFrame
      id="reject-dialog"
      restored={draft.restored || code.restored}
      title={translate('goldcard.amendments.dialogs.reject_title', { number: props.number })}
      confirmLabel={translate('goldcard.amendments.actions.reject')}
      confirmColor="error"
      busy={props.busy}
      error={props.error}
      onClose={props.onClose}
      onConfirm={() => {
        setTouched(true);
        if (reason.trim() !== '' || code.value !== '') props.onConfirm(reason.trim(), code.value);
      }}
    >
      <ReasonSelect
        id="reject-reason-code"
        kind="REJECTION"
        value={code.value}
        onChange={code.setValue}
        error={fieldMessage(props.error, 'reasonCode')}
      />
      <TextField
        id="reject-reason"
        label={translate('goldcard.amendments.dialogs.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        multiline
        minRows={3}
        fullWidth
        required={code.value === ''}
        autoFocus
        error={missing || Boolean(message)}
        helperText={
          missing
            ? translate('ra.validation.required')
            : (message ??
              (code.value ? translate('goldcard.reasons.own_words_optional') : undefined))
        }
      />
    </DialogFrame>
  );
}

export function SupplementDialog(
  props: CommonProps & {
    initial: DocumentType[];
    onConfirm: (documents: DocumentType[], message: string, reasonCode: string) => void;
  },
) {
  const translate = useTranslate();
  const [documents, setDocuments] = useState<DocumentType[]>(props.initial);
  const draft = useDraft(props.caseId, 'supplement-message');
  const code = useDraft(props.caseId, 'supplement-code');
  const [message, setMessage] = [draft.value, draft.setValue];
  const [touched, setTouched] = useState(false);
  const noDocuments = touched && documents.length === 0;
  const noMessage = touched && message.trim() === '' && code.value === '';
  const toggle = (type: DocumentType) =>
    setDocuments((list) =>
      list.includes(type) ? list.filter((t) => t !== type) : [...list, type],
    );
  const messageError = fieldMessage(props.error, 'message', 'text');
  return (
    <DialogFrame
      id="supplement-dialog"
      restored={draft.restored || code.restored}
      title={translate('goldcard.amendments.dialogs.supplement_title', { number: props.number })}
      confirmLabel={translate('goldcard.amendments.actions.request_documents')}
      confirmColor="warning"
      busy={props.busy}
      error={props.error}
      onClose={props.onClose}
      onConfirm={() => {
        setTouched(true);
        if (documents.length > 0 && (message.trim() !== '' || code.value !== ''))
          props.onConfirm(documents, message.trim(), code.value);
      }}
    >
      <FormControl component="fieldset" error={noDocuments} required sx={{ mb: 2 }}>
        <FormLabel component="legend">
          {translate('goldcard.amendments.dialogs.documents')}
        </FormLabel>
        <FormGroup sx={{ display: 'grid', gridTemplateColumns: { sm: '1fr 1fr' } }}>
          {DOCUMENT_TYPES.map((type) => (
            <FormControlLabel
              key={type}
              control={
                <Checkbox
                  checked={documents.includes(type)}
                  onChange={() => toggle(type)}
                  name={type}
                />
              }
              label={translate(`goldcard.documentType.${type}`)}
            />
          ))}
        </FormGroup>
        {noDocuments && (
          <FormHelperText>
            {translate('goldcard.amendments.dialogs.documents_required')}
          </FormHelperText>
        )}
      </FormControl>
      <ReasonSelect
        id="supplement-reason-code"
        kind="SUPPLEMENT"
        value={code.value}
        onChange={code.setValue}
        error={fieldMessage(props.error, 'reasonCode')}
      />
      <TextField
        id="supplement-message"
        label={translate('goldcard.amendments.dialogs.message')}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        multiline
        minRows={3}
        fullWidth
        required={code.value === ''}
        error={noMessage || Boolean(messageError)}
        helperText={
          noMessage
            ? translate('ra.validation.required')
            : (messageError ??
              (code.value ? translate('goldcard.reasons.own_words_optional') : undefined))
        }
      />
    </DialogFrame>
  );
}

export function ReassignDialog(
  props: CommonProps & { currentOfficerId?: string; onConfirm: (officerId: string) => void },
) {
  const translate = useTranslate();
  const [officerId, setOfficerId] = useState('');
  const { data = [], isPending } = useGetList<StaffAccountFieldsFragment>('staffAccounts', {
    pagination: { page: 1, perPage: 100 },
  });
  const officers = officersByLoad(data, props.currentOfficerId);
  return (
    <DialogFrame
      id="reassign-dialog"
      title={translate('goldcard.amendments.dialogs.reassign_title', { number: props.number })}
      confirmLabel={translate('goldcard.amendments.actions.reassign')}
      busy={props.busy || isPending || officerId === ''}
      error={props.error}
      onClose={props.onClose}
      onConfirm={() => officerId && props.onConfirm(officerId)}
    >
      <TextField
        id="reassign-officer"
        select
        label={translate('goldcard.amendments.dialogs.officer')}
        value={officerId}
        onChange={(e) => setOfficerId(e.target.value)}
        fullWidth
        required
        sx={{ mt: 1 }}
      >
        {officers.map((officer) => (
          <MenuItem
            key={officer.id}
            value={officer.id}
            data-open-cases={officer.openCases}
            sx={{ gap: 2, justifyContent: 'space-between' }}
          >
            <span>
              {officer.displayName} ({translate(`goldcard.role.${officer.role}`)})
            </span>
            <Box
              component="span"
              sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}
            >
              {translate('goldcard.reassign.open_cases', { smart_count: officer.openCases })}
            </Box>
          </MenuItem>
        ))}
      </TextField>
    </DialogFrame>
  );
}

/** A state change without anything to type: says what it will do, then does it. */
export function ConfirmDialog(
  props: Omit<CommonProps, 'caseId'> & {
    id: string;
    title: string;
    body: string;
    confirmLabel: string;
    onConfirm: () => void;
  },
) {
  return (
    <DialogFrame
      id={props.id}
      title={props.title}
      confirmLabel={props.confirmLabel}
      busy={props.busy}
      error={props.error}
      onClose={props.onClose}
      onConfirm={props.onConfirm}
    >
      <DialogContentText>{props.body}</DialogContentText>
    </DialogFrame>
  );
}
