// The workspace's store of full records (lib/record-store.ts), one per review and view mode, and a hook that redraws a component when records arrive.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EventDto } from '../../../../../server/contract/events';
import { RecordStore } from '../../lib/record-store';

/** One store per `key` (the review and view mode), kept for the page's life: switching back finds it full. */
export function useRecordStore(
  load: (ids: readonly string[]) => Promise<EventDto[]>,
  key: string,
): RecordStore {
  const stores = useRef(new Map<string, RecordStore>());
  let store = stores.current.get(key);
  if (!store) stores.current.set(key, (store = new RecordStore(load)));
  return store;
}

/** A number that changes each time a page of records arrives, to render again on. */
export function useRecordsVersion(store: RecordStore): number {
  const [version, setVersion] = useState(0);
  useEffect(() => store.subscribe(() => setVersion((v) => v + 1)), [store]);
  return version;
}
