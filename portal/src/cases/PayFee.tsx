import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client';
import { Controller, useForm } from 'react-hook-form';
import {
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Typography,
} from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import type { CasesStartFeePaymentMutation, PaymentMethod } from '../generated/graphql';
import { formatMoney } from '../i18n/dates';
import { useMessages } from '../i18n/locale';
import { CasesStartFeePaymentMutation as StartFeePayment } from './cases.graphql';
import { feeMessages } from './fee.messages';
import { labelMessages } from './labels.messages';

const METHODS: readonly PaymentMethod[] = ['CREDIT_CARD', 'ATM', 'CONVENIENCE_STORE'];
type Checkout = CasesStartFeePaymentMutation['startFeePayment'];

/**
 * The signed order as a real form posted by the browser to the gateway (the API's contract:
 * `PaymentStart`). It submits itself once rendered; its button is there should that not happen.
 */
function GatewayForm({ checkout }: { checkout: Checkout }) {
  const t = useMessages(feeMessages);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.submit(), []);
  return (
    <form ref={form} method={checkout.formMethod} action={checkout.formAction}>
      {checkout.formFields.map((field) => (
        <input key={field.name} type="hidden" name={field.name} value={field.value} />
      ))}
      <Typography role="status" sx={{ mb: 1 }}>
        {t('paying')}
      </Typography>
      <Button type="submit" variant="contained">
        {t('payButton', { amount: formatMoney(checkout.payment.amount) })}
      </Button>
    </form>
  );
}

/** Choose card, ATM or convenience store, then go to the payment gateway's page. */
export function PayFee({ amendmentId, amount }: { amendmentId: string; amount: number }) {
  const t = useMessages(feeMessages);
  const l = useMessages(labelMessages);
  const [start, { error, loading }] = useMutation(StartFeePayment);
  const [checkout, setCheckout] = useState<Checkout>();
  const { control, handleSubmit } = useForm<{ method: PaymentMethod }>({
    defaultValues: { method: 'CREDIT_CARD' },
  });

  if (checkout) return <GatewayForm checkout={checkout} />;

  const onSubmit = handleSubmit(async ({ method }) => {
    try {
      const { data } = await start({ variables: { amendmentId, method } });
      if (data) setCheckout(data.startFeePayment);
    } catch {
      // Shown by ErrorAlert from the mutation's state.
    }
  });

  return (
    <Box component="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <Typography sx={{ mb: 1 }}>{t('payIntro')}</Typography>
      <ErrorAlert error={error} />
      <Controller
        control={control}
        name="method"
        render={({ field }) => (
          <FormControl component="fieldset" sx={{ mb: 2 }}>
            <FormLabel component="legend" sx={{ fontWeight: 600, color: 'text.primary' }}>
              {t('method')}
            </FormLabel>
            <RadioGroup {...field} onChange={(e) => field.onChange(e.target.value)}>
              {METHODS.map((method) => (
                <FormControlLabel
                  key={method}
                  value={method}
                  control={<Radio />}
                  sx={{ alignItems: 'flex-start', mt: 0.5 }}
                  label={
                    <Box sx={{ pt: 1 }}>
                      <Typography>{l(method)}</Typography>
                      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                        {l(`${method}_hint`)}
                      </Typography>
                    </Box>
                  }
                />
              ))}
            </RadioGroup>
          </FormControl>
        )}
      />
      <Box>
        <Button type="submit" variant="contained" size="large" disabled={loading}>
          {t('payButton', { amount: formatMoney(amount) })}
        </Button>
      </Box>
    </Box>
  );
}
