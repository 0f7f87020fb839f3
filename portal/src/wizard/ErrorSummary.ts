// Kept for IdentifyHolderForm.tsx, which another change is reworking at the same time: the one
// error summary is components/ErrorSummary.tsx; import it from there.
export { ErrorSummary, type SummaryProblem } from '../components/ErrorSummary';
