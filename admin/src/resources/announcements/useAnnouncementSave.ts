import { useDataProvider, useNotify, useRedirect, useRefresh } from 'react-admin';
import type { AnnouncementRecord, GoldcardDataProvider } from '../../dataProvider';
import { toApiError } from '../../graphql/errors';

/** What react-admin's Form calls; the per-field problems it returns go beside the inputs. */
export type SubmitHandler = (
  values: Record<string, unknown>,
) => Promise<Record<string, string> | undefined>;

/**
 * Saves a new notice (no `record`) or a change to `record`. The API is the judge: its per-field
 * problems go beside the inputs, its message in a notification; a CONFLICT (someone changed the
 * notice meanwhile) reloads the notice so that the supervisor starts again from what is there.
 */
export function useAnnouncementSave(record?: AnnouncementRecord): SubmitHandler {
  const dataProvider = useDataProvider<GoldcardDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const refresh = useRefresh();
  return async (values) => {
    try {
      if (record) {
        await dataProvider.update('announcements', {
          id: record.id,
          data: values,
          previousData: record,
        });
      } else {
        await dataProvider.create('announcements', { data: values });
      }
      notify(record ? 'goldcard.announcements.saved' : 'goldcard.announcements.created', {
        type: 'success',
      });
      redirect('list', 'announcements');
      return undefined;
    } catch (failure) {
      const apiError = toApiError(failure);
      if (apiError.code === 'CONFLICT') {
        notify('goldcard.announcements.conflict', { type: 'error', autoHideDuration: 10_000 });
        refresh();
        return undefined;
      }
      notify(apiError.message, { type: 'error' });
      // The API names fields by their input path (`input.titleEn`); the form by the field.
      return Object.fromEntries(
        apiError.fields.map((f) => [f.field.replace(/^input\./, ''), f.message]),
      );
    }
  };
}
