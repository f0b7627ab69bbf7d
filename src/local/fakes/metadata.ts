import { DeveloperMetadataVisibility, enumName, exposeAs } from './boundary';
import type { FakeContext } from './context';

type GasMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GasFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

/** Where a metadata entry hangs: the file, or one sheet (by id, which survives renames). */
export type MetadataLocation = { type: 'SPREADSHEET' } | { type: 'SHEET'; sheetId: number };

/** The spreadsheet-wide list; metadata ids are unique across the file as in Sheets. */
export class MetadataStore {
  readonly entries: FakeDeveloperMetadata[] = [];
  private nextId = 1;

  constructor(private readonly ctx: FakeContext) {}

  add(location: MetadataLocation, key: string, value: string | null, visibility: string): void {
    this.entries.push(
      new FakeDeveloperMetadata(this.ctx, this, this.nextId++, location, key, value, visibility),
    );
  }

  at(location: MetadataLocation): FakeDeveloperMetadata[] {
    return this.entries.filter((entry) => sameLocation(entry.location, location));
  }

  remove(entry: FakeDeveloperMetadata): void {
    const index = this.entries.indexOf(entry);
    if (index >= 0) this.entries.splice(index, 1);
  }

  /** Deleting a sheet deletes what hangs on it. */
  removeSheet(sheetId: number): void {
    for (const entry of [...this.entries]) {
      if (entry.location.type === 'SHEET' && entry.location.sheetId === sheetId) this.remove(entry);
    }
  }
}

function sameLocation(a: MetadataLocation, b: MetadataLocation): boolean {
  if (a.type === 'SPREADSHEET' || b.type === 'SPREADSHEET') return a.type === b.type;
  return a.sheetId === b.sheetId;
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
  'getKey' | 'getValue' | 'getVisibility' | 'remove'
> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly store: MetadataStore,
    readonly id: number,
    readonly location: MetadataLocation,
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

  getVisibility(): Visibility {
    this.ctx.call('DeveloperMetadata.getVisibility');
    return DeveloperMetadataVisibility[this.visibility as keyof typeof DeveloperMetadataVisibility];
  }

  remove(): void {
    this.ctx.call('DeveloperMetadata.remove');
    this.store.remove(this);
  }
}

export class FakeDeveloperMetadataFinder implements Pick<GasFinder, 'find' | 'withKey' | 'withValue'> {
  private readonly filters: Array<(entry: FakeDeveloperMetadata) => boolean> = [];

  /** `scope` is null for a spreadsheet-wide search, or the sheet whose entries to search. */
  constructor(
    private readonly ctx: FakeContext,
    private readonly store: MetadataStore,
    private readonly scope: MetadataLocation | null,
  ) {}

  private narrow(method: string, filter: (entry: FakeDeveloperMetadata) => boolean): GasFinder {
    this.ctx.call(`DeveloperMetadataFinder.${method}`);
    this.filters.push(filter);
    return exposeAs<GasFinder>(this);
  }

  withKey(key: string): GasFinder {
    return this.narrow('withKey', (entry) => entry.key === key);
  }

  withValue(value: string): GasFinder {
    return this.narrow('withValue', (entry) => entry.value === value);
  }

  find(): GasMetadata[] {
    this.ctx.call('DeveloperMetadataFinder.find');
    const candidates = this.scope ? this.store.at(this.scope) : this.store.entries;
    return candidates
      .filter((entry) => this.filters.every((filter) => filter(entry)))
      .map((entry) => exposeAs<GasMetadata>(entry));
  }
}
