import { exposeAs } from './boundary';
import type { FakeContext } from './context';

type GasProperties = GoogleAppsScript.Properties.Properties;
/** The document's store (the report's settings) and the user's (which file each schedule trigger is for). */
export type PropertyKind = 'document' | 'user';

const SERVICE_METHOD: Record<PropertyKind, string> = {
  document: 'PropertiesService.getDocumentProperties',
  user: 'PropertiesService.getUserProperties',
};

/** One property store. Apps Script stores strings only, so values are converted on the way in. */
export class FakeProperties implements Pick<
  GasProperties,
  'deleteProperty' | 'getProperties' | 'getProperty' | 'setProperty'
> {
  readonly values = new Map<string, string>();

  constructor(private readonly ctx: FakeContext) {}

  private call(method: string): void {
    this.ctx.call(`Properties.${method}`);
  }

  private self(): GasProperties {
    return exposeAs<GasProperties>(this);
  }

  getProperty(key: string): string | null {
    this.call('getProperty');
    return this.values.get(key) ?? null;
  }

  setProperty(key: string, value: string): GasProperties {
    this.call('setProperty');
    this.values.set(key, String(value));
    return this.self();
  }

  deleteProperty(key: string): GasProperties {
    this.call('deleteProperty');
    this.values.delete(key);
    return this.self();
  }

  getProperties(): Record<string, string> {
    this.call('getProperties');
    return Object.fromEntries(this.values);
  }
}

export class FakePropertiesService implements Pick<
  GoogleAppsScript.Properties.PropertiesService,
  'getDocumentProperties' | 'getUserProperties'
> {
  readonly stores: Record<PropertyKind, FakeProperties>;

  constructor(
    private readonly ctx: FakeContext,
    initial: Partial<Record<PropertyKind, Record<string, string>>> = {},
  ) {
    this.stores = {
      document: new FakeProperties(ctx),
      user: new FakeProperties(ctx),
    };
    for (const kind of Object.keys(this.stores) as PropertyKind[]) {
      for (const [key, value] of Object.entries(initial[kind] ?? {}))
        this.stores[kind].values.set(key, value);
    }
  }

  private open(kind: PropertyKind): GasProperties {
    this.ctx.call(SERVICE_METHOD[kind]);
    return exposeAs<GasProperties>(this.stores[kind]);
  }

  /**
   * "a property store … that all users can access within the open document …; null when document
   * properties are not available": a time-driven trigger has no open document.
   */
  getDocumentProperties(): GasProperties {
    const store = this.open('document');
    return this.ctx.execution === 'time-trigger' ? (null as unknown as GasProperties) : store;
  }

  /** This user's store in this script, the same in every document and in a trigger. */
  getUserProperties(): GasProperties {
    return this.open('user');
  }
}
