/**
 * The walk-through's full records, fetched one at a time: the sequence comes from the slim
 * timeline feed (no free text), and the stage shows the record on screen as the API returns it
 * (GET …/events/:eventId). The records either side of it are asked for ahead, so a step shows
 * its record at once. A request is made once however often it is asked for while on its way;
 * the `limit` records used last are kept, enough for stepping back and forth, without holding
 * a 50,000-event review's text in memory as the walk-through goes on. A failed request is
 * forgotten, so asking again retries it.
 */
export class RecordCache<T> {
  private readonly records = new Map<string, T>();
  private readonly pending = new Map<string, Promise<T>>();

  constructor(
    private readonly fetchRecord: (id: string) => Promise<T>,
    private readonly limit = 24,
  ) {}

  /** The record if it has arrived (and marks it used). */
  get(id: string): T | undefined {
    const record = this.records.get(id);
    if (record !== undefined) {
      this.records.delete(id);
      this.records.set(id, record);
    }
    return record;
  }

  load(id: string): Promise<T> {
    const record = this.get(id);
    if (record !== undefined) return Promise.resolve(record);
    let request = this.pending.get(id);
    if (!request) {
      request = this.fetchRecord(id).then(
        (value) => {
          this.pending.delete(id);
          this.records.set(id, value);
          while (this.records.size > this.limit) {
            this.records.delete(this.records.keys().next().value as string);
          }
          return value;
        },
        (error: unknown) => {
          this.pending.delete(id);
          throw error;
        },
      );
      this.pending.set(id, request);
    }
    return request;
  }
}
