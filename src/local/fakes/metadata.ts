import { enumName } from './boundary';
import type { FakeContext } from './context';

type GasMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

/** The spreadsheet-wide list of sheets' entries; metadata ids are unique across the file as in Sheets. */
export class MetadataStore {
  private readonly entries: FakeDeveloperMetadata[] = [];
  private nextId = 1;

  constructor(private readonly ctx: FakeContext) {}

  /** A sheet's entry hangs on its id, which survives renames. */
  add(sheetId: number, key: string, value: string | null, visibility: string): void {
    this.entries.push(new FakeDeveloperMetadata(this.ctx, this.nextId++, sheetId, key, value, visibility));
  }

  at(sheetId: number): FakeDeveloperMetadata[] {
    return this.entries.filter((entry) => entry.sheetId === sheetId);
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

export class FakeDeveloperMetadata implements Pick<GasMetadata, 'getKey' | 'getValue'> {
  constructor(
    private readonly ctx: FakeContext,
    readonly id: number,
    readonly sheetId: number,
    readonly key: string,
    readonly value: string | null,
    readonly visibility: string,
  ) {}

  getKey(): string {
    this.ctx.call('DeveloperMetadata.getKey');
    return this.key;
  }

  getValue(): string | null {
    this.ctx.call('DeveloperMetadata.getValue');
    return this.value;
  }
}
