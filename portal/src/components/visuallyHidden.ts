/**
 * Out of sight but in the accessibility tree (and in the tab order, for a control): words for
 * screen readers only (which of several identical buttons this one is), or a native input whose
 * label is what people see. Sizes as strings: in `sx`, a bare 1 would mean 100%.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
