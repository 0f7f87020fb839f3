import DownloadIcon from '@mui/icons-material/Download';
import { useMutation } from '@tanstack/react-query';
import {
  Button,
  useDataProvider,
  useListContext,
  useLogoutIfAccessDenied,
  useNotify,
} from 'react-admin';
import type { GoldcardDataProvider } from '../../dataProvider';
import { amendmentFilter, amendmentSort } from '../../dataProvider.filters';
import { toApiError } from '../../graphql/errors';

/** Hands a text to the browser as a file download, under `filename`. */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; give it a moment before letting it go.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * "Export CSV": the list as filtered and sorted now, written by the API (`exportAmendments`,
 * which records who exported what) and saved under the API's file name. Says when the file
 * holds only the first rows.
 */
export function CaseExportButton() {
  const dataProvider = useDataProvider<GoldcardDataProvider>();
  const notify = useNotify();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const list = useListContext();
  const filterValues = list.filterValues as Record<string, unknown>;
  const mutation = useMutation({
    mutationFn: () =>
      dataProvider.exportAmendments({
        filter: amendmentFilter(filterValues),
        sort: amendmentSort(list.sort),
      }),
    gcTime: 0,
  });
  const run = async () => {
    try {
      const file = await mutation.mutateAsync();
      downloadText(file.csv, file.filename, 'text/csv;charset=utf-8');
      if (file.truncated) {
        notify('goldcard.caseExport.truncated', {
          type: 'warning',
          messageArgs: { filename: file.filename, rows: file.rows },
          autoHideDuration: null,
        });
      } else {
        notify('goldcard.caseExport.done', {
          type: 'success',
          messageArgs: { filename: file.filename, smart_count: file.rows },
        });
      }
    } catch (failure) {
      const error = toApiError(failure);
      if (await logoutIfAccessDenied(error)) return;
      notify(error.message, { type: 'error' });
    }
  };
  return (
    <Button
      label="goldcard.caseExport.button"
      onClick={() => void run()}
      disabled={mutation.isPending || list.total === 0}
      data-testid="case-export"
    >
      <DownloadIcon aria-hidden />
    </Button>
  );
}
