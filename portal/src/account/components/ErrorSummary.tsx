import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Box, Link, Typography } from '@mui/material';
import type { FieldErrors, FieldValues, Path } from 'react-hook-form';
import { useMessages } from '../../i18n/locale';
import { accountShared, type SharedTranslate } from '../shared.messages';

export interface SummaryItem {
  /** The id of the input to move to. */
  id: string;
  text: string;
}

export interface SummaryField<T extends FieldValues> {
  name: Path<T>;
  id: string;
  label: string;
}

/** The form's field problems in the fields' order, each naming its field. */
export function summaryItems<T extends FieldValues>(
  errors: FieldErrors<T>,
  fields: SummaryField<T>[],
  t: SharedTranslate,
): SummaryItem[] {
  return fields.flatMap((field) => {
    const message = errors[field.name]?.message;
    if (typeof message !== 'string' || !message) return [];
    // "Enter your email address" names its field already; the API's words may not.
    const named = message.toLowerCase().includes(field.label.toLowerCase());
    return [
      { id: field.id, text: named ? message : t('fieldProblem', { label: field.label, message }) },
    ];
  });
}

/**
 * What went wrong, at the top of the form (the GOV.UK pattern): the page's own explanation if
 * any, then every field problem as a link that moves to its field. It takes the focus after each
 * failed submission so that screen readers read it and keyboard users start from it.
 */
export function ErrorSummary({
  items,
  focusKey,
  title,
  children,
}: {
  items: SummaryItem[];
  /** Changes after each failed submission. */
  focusKey: number;
  title?: string;
  children?: ReactNode;
}) {
  const t = useMessages(accountShared);
  const box = useRef<HTMLDivElement>(null);
  const visible = items.length > 0 || Boolean(children);
  useEffect(() => {
    if (focusKey > 0) box.current?.focus();
  }, [focusKey]);
  if (!visible) return null;
  return (
    <Box
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      data-testid="error-summary"
      sx={{
        border: 4,
        borderColor: 'error.main',
        borderRadius: 1,
        bgcolor: 'background.paper',
        p: 2,
        mb: 3,
        overflowWrap: 'anywhere',
        '&:focus-visible': { outline: '3px solid #c25100', outlineOffset: 2 },
      }}
    >
      <Typography id="error-summary-title" component="h2" variant="h6" sx={{ mb: 1 }}>
        {title ?? t('errorSummaryTitle')}
      </Typography>
      {children && <Box sx={{ mb: items.length ? 1 : 0 }}>{children}</Box>}
      {items.length > 0 && (
        <Box component="ul" sx={{ pl: 2.5, my: 0 }}>
          {items.map((item) => (
            <li key={item.id}>
              <Link
                href={`#${item.id}`}
                color="error"
                sx={{ fontWeight: 600 }}
                onClick={(event) => {
                  event.preventDefault();
                  const field = document.getElementById(item.id);
                  field?.focus();
                  field?.scrollIntoView({ block: 'center' });
                }}
              >
                {item.text}
              </Link>
            </li>
          ))}
        </Box>
      )}
    </Box>
  );
}
