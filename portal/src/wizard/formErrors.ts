// Kept for IdentifyHolderForm.tsx, which another change is reworking at the same time: the helper
// is components/fieldProblems.ts; import it from there.
export { summaryOf } from '../components/fieldProblems';
