import { enumName } from './boundary';
import type { FakeContext } from './context';

type GasMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

/**
 * The spreadsheet-wide list of entries, on sheets (by sheet id) or on the file itself (null);
 * metadata ids are unique across the file as in Sheets.
 */
export class MetadataStore {
  private readonly entries: FakeDeveloperMetadata[] = [];
  private nextId = 1;

  constructor(private readonly ctx: FakeContext) {}

  /** A sheet's entry hangs on its id, which survives renames; the file's on null. */
  add(sheetId: number | null, key: string, value: string | null, visibility: string): void {
    this.entries.push(
      new FakeDeveloperMetadata(this.ctx, this, this.nextId++, sheetId, key, value, visibility),
    );
  }

  at(sheetId: number | null): FakeDeveloperMetadata[] {
    return this.entries.filter((entry) => entry.sheetId === sheetId);
  }

  remove(entry: FakeDeveloperMetadata): void {
    const index = this.entries.indexOf(entry);
    if (index >= 0) this.entries.splice(index, 1);
  }

  /** Deleting a sheet deletes what hangs on it. */
  removeSheet(sheetId: number): void {
    for (const entry of this.at(sheetId)) this.entries.splice(this.entries.indexOf(entry), 1);
  }
}

/**
 * Untangles addDeveloperMetadata's overloads: (key), (key, visibility), (key, value),
 * (key, value, visibility). Enum members are objects, so a value string is never mistaken.
 */
export function metadataArguments(
  key: string,
  second?: string | Visibility,
  third?: Visibility,
): { key: string; value: string | null; visibility: string } {
  const secondIsVisibility = second !== undefined && typeof second !== 'string';
  const value = second === undefined || secondIsVisibility ? null : String(second);
  const visibility = secondIsVisibility ? second : third;
  return { key, value, visibility: visibility === undefined ? 'DOCUMENT' : enumName(visibility) };
}

export class FakeDeveloperMetadata implements Pick<
  GasMetadata,
  'getKey' | 'getValue' | 'setValue' | 'remove'
> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly store: MetadataStore,
    readonly id: number,
    /** The sheet it hangs on; null for the spreadsheet itself. */
    readonly sheetId: number | null,
    readonly key: string,
    public value: string | null,
    readonly visibility: string,
  ) {}

  setValue(value: string): GasMetadata {
    this.ctx.call('DeveloperMetadata.setValue');
    this.value = String(value);
    return this as unknown as GasMetadata;
  }

  remove(): void {
    this.ctx.call('DeveloperMetadata.remove');
    this.store.remove(this);
  }

  getKey(): string {
    this.ctx.call('DeveloperMetadata.getKey');
    return this.key;
  }

  getValue(): string | null {
    this.ctx.call('DeveloperMetadata.getValue');
    return this.value;
  }
}
