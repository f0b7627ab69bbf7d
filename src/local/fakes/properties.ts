import { exposeAs } from './boundary';
import type { FakeContext } from './context';

type GasProperties = GoogleAppsScript.Properties.Properties;
/** The add-on keeps its settings in the document's store only. */
export type PropertyKind = 'document';

const SERVICE_METHOD: Record<PropertyKind, string> = {
  document: 'PropertiesService.getDocumentProperties',
};

/** One property store. Apps Script stores strings only, so values are converted on the way in. */
export class FakeProperties implements Pick<GasProperties, 'getProperties' | 'getProperty' | 'setProperty'> {
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

  getProperties(): Record<string, string> {
    this.call('getProperties');
    return Object.fromEntries(this.values);
  }
}

export class FakePropertiesService implements Pick<
  GoogleAppsScript.Properties.PropertiesService,
  'getDocumentProperties'
> {
  readonly stores: Record<PropertyKind, FakeProperties>;

  constructor(
    private readonly ctx: FakeContext,
    initial: Partial<Record<PropertyKind, Record<string, string>>> = {},
  ) {
    this.stores = {
      document: new FakeProperties(ctx),
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
}
