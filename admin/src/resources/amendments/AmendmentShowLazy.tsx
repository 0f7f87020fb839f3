import { lazy, Suspense } from 'react';
import { Loading } from 'react-admin';

// The case page (split view, document viewer, decisions) is its own chunk: the list and the
// dashboard load without it.
const AmendmentShow = lazy(() =>
  import('./AmendmentShow').then((module) => ({ default: module.AmendmentShow })),
);

export function AmendmentShowLazy() {
  return (
    <Suspense fallback={<Loading />}>
      <AmendmentShow />
    </Suspense>
  );
}
