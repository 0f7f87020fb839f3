import HistoryIcon from '@mui/icons-material/History';
import { Button } from '@mui/material';
import { LinkBase, useCanAccess, useTranslate } from 'react-admin';

/** The audit log's address filtered to one case (events on it, its documents and payments). */
export function caseAuditPath(amendmentId: string): string {
  return `/auditEvents?filter=${encodeURIComponent(JSON.stringify({ amendmentId }))}`;
}

/**
 * "This case's audit events": a link to the audit log filtered to the case. The audit log is for
 * supervisors (the API's `auditEvents`), so nobody else sees the link.
 */
export function CaseAuditLink({ amendmentId }: { amendmentId: string }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'auditEvents', action: 'list' });
  if (!canAccess) return null;
  return (
    <Button
      component={LinkBase}
      to={caseAuditPath(amendmentId)}
      size="small"
      startIcon={<HistoryIcon aria-hidden />}
      data-testid="case-audit-link"
    >
      {translate('goldcard.auditLog.case_events')}
    </Button>
  );
}
