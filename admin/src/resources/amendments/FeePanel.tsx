import {
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { AmendmentDetailFragment, AmendmentStatus } from '../../generated/graphql';
import { formatMoney } from '../../format';
import { ScrollFrame } from '../../layout/ScrollFrame';
import { feeNotPayable } from './availableActions';

/** The fee fixed at submit: total, status, lines with the rule applied and any exemption. */
export function FeePanel({
  fee,
  caseStatus,
}: {
  fee: AmendmentDetailFragment['fee'];
  caseStatus: AmendmentStatus;
}) {
  const translate = useTranslate();
  const notPayable = feeNotPayable(fee, caseStatus);
  const [locale] = useLocaleState();
  const yesNo = (value: boolean) =>
    translate(value ? 'goldcard.boolean.yes' : 'goldcard.boolean.no');
  return (
    <Stack spacing={1} data-testid="fee">
      <Stack
        sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}
        direction="row"
        spacing={2}
        useFlexGap
      >
        <Typography variant="h5" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatMoney(fee.amount, fee.currency, locale)}
        </Typography>
        {notPayable ? (
          <Chip
            size="small"
            label={translate('goldcard.review.fee_not_payable', {
              status: translate(`goldcard.status.${caseStatus}`),
            })}
            data-fee-status="NOT_PAYABLE"
          />
        ) : (
          <Chip
            size="small"
            color={fee.status === 'UNPAID' ? 'warning' : 'success'}
            label={translate(`goldcard.feeStatus.${fee.status}`)}
            data-fee-status={fee.status}
          />
        )}
      </Stack>
      <Typography variant="body2">
        {translate('goldcard.amendments.fee.card_printed')}: {yesNo(fee.cardPrinted)} ·{' '}
        {translate('goldcard.amendments.fee.receipt')}: {yesNo(fee.receiptIssued)}
      </Typography>
      <ScrollFrame label={translate('goldcard.amendments.sections.fee')}>
        {/* Fits its column: item names and rules wrap (a scrolling table would need focus). */}
        <Table
          size="small"
          sx={{ '& th': { whiteSpace: 'nowrap' }, '& td': { overflowWrap: 'break-word' } }}
        >
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {translate('goldcard.amendments.fee.item')}
              </TableCell>
              <TableCell component="th" scope="col" align="right">
                {translate('goldcard.amendments.fee.amount')}
              </TableCell>
              <TableCell component="th" scope="col">
                {translate('goldcard.amendments.fee.rule')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {fee.lines.map((line) => (
              <TableRow key={`${line.item}-${line.rule}`}>
                <TableCell>{translate(`goldcard.item.${line.item}`)}</TableCell>
                <TableCell
                  align="right"
                  sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
                >
                  {formatMoney(line.amount, fee.currency, locale)}
                </TableCell>
                <TableCell>
                  {translate(`goldcard.feeRule.${line.rule}`, {
                    _: translate('goldcard.review.fee_rule_other'),
                  })}
                  {line.exemptionReason && (
                    <Typography variant="caption" sx={{ display: 'block' }} color="text.secondary">
                      {translate('goldcard.amendments.fee.exemption')}: {line.exemptionReason}
                    </Typography>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollFrame>
    </Stack>
  );
}
