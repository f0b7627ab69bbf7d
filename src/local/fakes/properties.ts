import { exposeAs } from './boundary';
import type { FakeContext } from './context';

type GasProperties = GoogleAppsScript.Properties.Properties;
export type PropertyKind = 'document' | 'user' | 'script';

const SERVICE_METHOD: Record<PropertyKind, string> = {
  document: 'PropertiesService.getDocumentProperties',
  user: 'PropertiesService.getUserProperties',
  script: 'PropertiesService.getScriptProperties',
};

/** One property store. Apps Script stores strings only, so values are converted on the way in. */
export class FakeProperties implements Pick<
  GasProperties,
  'deleteProperty' | 'getKeys' | 'getProperties' | 'getProperty' | 'setProperties' | 'setProperty'
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

  setProperties(properties: Record<string, string>, deleteAllOthers = false): GasProperties {
    this.call('setProperties');
    if (deleteAllOthers) this.values.clear();
    for (const [key, value] of Object.entries(properties)) this.values.set(key, String(value));
    return this.self();
  }

  getKeys(): string[] {
    this.call('getKeys');
    return [...this.values.keys()];
  }
}

export class FakePropertiesService implements Pick<
  GoogleAppsScript.Properties.PropertiesService,
  'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
> {
  readonly stores: Record<PropertyKind, FakeProperties>;

  constructor(
    private readonly ctx: FakeContext,
    initial: Partial<Record<PropertyKind, Record<string, string>>> = {},
  ) {
    this.stores = {
      document: new FakeProperties(ctx),
      user: new FakeProperties(ctx),
      script: new FakeProperties(ctx),
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

  getDocumentProperties(): GasProperties {
    return this.open('document');
  }

  getUserProperties(): GasProperties {
    return this.open('user');
  }

  getScriptProperties(): GasProperties {
    return this.open('script');
  }
}
