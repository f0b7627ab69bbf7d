import { Button, ButtonSet, enumName, exposeAs } from './boundary';
import type { FakeContext } from './context';
import { unwrapHtmlOutput } from './html';

type GasUi = GoogleAppsScript.Base.Ui;
type GasMenu = GoogleAppsScript.Base.Menu;
type GasButton = GoogleAppsScript.Base.Button;
type GasButtonSet = GoogleAppsScript.Base.ButtonSet;
type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export type ButtonName = 'CLOSE' | 'OK' | 'CANCEL' | 'YES' | 'NO';

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; entries: MenuEntry[] };

export interface MenuRecord {
  caption: string;
  /** True for createAddonMenu(), whose items Sheets lists under Extensions > add-on name. */
  addon: boolean;
  entries: MenuEntry[];
}

export interface DialogRecord {
  kind: 'sidebar' | 'modal';
  title: string;
  html: string;
  width: number;
  height: number;
}

export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
  response: ButtonName;
}

export interface PromptRecord extends AlertRecord {
  text: string;
}

export class FakeMenu implements Pick<GasMenu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly entries: MenuEntry[] = [];

  constructor(
    private readonly ctx: FakeContext,
    private readonly ui: FakeUi,
    readonly caption: string,
    readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): GasMenu {
    this.ctx.call('Menu.addItem', 'free');
    this.entries.push({ kind: 'item', caption, functionName });
    return exposeAs<GasMenu>(this);
  }

  addSeparator(): GasMenu {
    this.ctx.call('Menu.addSeparator', 'free');
    this.entries.push({ kind: 'separator' });
    return exposeAs<GasMenu>(this);
  }

  addSubMenu(menu: GasMenu): GasMenu {
    this.ctx.call('Menu.addSubMenu', 'free');
    if (!(menu instanceof FakeMenu)) throw new TypeError('Expected a menu created by the fake Ui');
    this.entries.push({ kind: 'submenu', caption: menu.caption, entries: [...menu.entries] });
    return exposeAs<GasMenu>(this);
  }

  addToUi(): void {
    this.ctx.call('Menu.addToUi', 'free');
    this.ui.install({ caption: this.caption, addon: this.addon, entries: [...this.entries] });
  }
}

function firstButton(buttons: string): ButtonName {
  return buttons.startsWith('YES') ? 'YES' : 'OK';
}

/**
 * The Ui records what the add-on shows, and answers alerts and prompts from queues a test fills
 * (`answerAlert('NO')`). With nothing queued the first button of the set is pressed.
 */
export class FakeUi implements Pick<
  GasUi,
  | 'Button'
  | 'ButtonSet'
  | 'alert'
  | 'createAddonMenu'
  | 'createMenu'
  | 'prompt'
  | 'showModalDialog'
  | 'showSidebar'
> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly menus: MenuRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  private readonly alertAnswers: ButtonName[] = [];
  private readonly promptAnswers: Array<{ button: ButtonName; text: string }> = [];

  constructor(
    private readonly ctx: FakeContext,
    private readonly addonName: string,
  ) {}

  // --- scripting and inspection (not counted) ----------------------------------------------

  answerAlert(...buttons: ButtonName[]): void {
    this.alertAnswers.push(...buttons);
  }

  answerPrompt(text: string, button: ButtonName = 'OK'): void {
    this.promptAnswers.push({ button, text });
  }

  install(menu: MenuRecord): void {
    // onOpen may run again; the new menu replaces the old one with the same caption.
    const index = this.menus.findIndex((m) => m.caption === menu.caption && m.addon === menu.addon);
    if (index >= 0) this.menus[index] = menu;
    else this.menus.push(menu);
  }

  /** Every item of every installed menu, flattened, for checking that each handler exists. */
  menuItems(): Array<{ path: string[]; functionName: string }> {
    const items: Array<{ path: string[]; functionName: string }> = [];
    const walk = (entries: MenuEntry[], path: string[]): void => {
      for (const entry of entries) {
        if (entry.kind === 'item')
          items.push({ path: [...path, entry.caption], functionName: entry.functionName });
        if (entry.kind === 'submenu') walk(entry.entries, [...path, entry.caption]);
      }
    };
    for (const menu of this.menus) walk(menu.entries, [menu.caption]);
    return items;
  }

  lastSidebar(): DialogRecord | undefined {
    return [...this.dialogs].reverse().find((d) => d.kind === 'sidebar');
  }

  lastDialog(): DialogRecord | undefined {
    return [...this.dialogs].reverse().find((d) => d.kind !== 'sidebar');
  }

  // --- Apps Script surface -----------------------------------------------------------------

  createMenu(caption: string): GasMenu {
    this.ctx.call('Ui.createMenu', 'free');
    return exposeAs<GasMenu>(new FakeMenu(this.ctx, this, caption, false));
  }

  createAddonMenu(): GasMenu {
    this.ctx.call('Ui.createAddonMenu', 'free');
    return exposeAs<GasMenu>(new FakeMenu(this.ctx, this, this.addonName, true));
  }

  alert(titleOrPrompt: string, promptOrButtons?: string | GasButtonSet, buttons?: GasButtonSet): GasButton {
    this.ctx.call('Ui.alert', 'dialog');
    const { title, prompt, set } = dialogArguments(titleOrPrompt, promptOrButtons, buttons);
    const response = this.alertAnswers.shift() ?? firstButton(set);
    this.alerts.push({ title, prompt, buttons: set, response });
    return Button[response];
  }

  prompt(
    titleOrPrompt: string,
    promptOrButtons?: string | GasButtonSet,
    buttons?: GasButtonSet,
  ): GoogleAppsScript.Base.PromptResponse {
    this.ctx.call('Ui.prompt', 'dialog');
    const { title, prompt, set } = dialogArguments(titleOrPrompt, promptOrButtons, buttons);
    const answer = this.promptAnswers.shift() ?? { button: firstButton(set), text: '' };
    this.prompts.push({ title, prompt, buttons: set, response: answer.button, text: answer.text });
    return {
      getResponseText: () => answer.text,
      getSelectedButton: () => Button[answer.button],
    };
  }

  showSidebar(userInterface: GasHtmlOutput): void {
    this.ctx.call('Ui.showSidebar', 'dialog');
    this.record('sidebar', userInterface, undefined);
  }

  showModalDialog(userInterface: GasHtmlOutput, title: string): void {
    this.ctx.call('Ui.showModalDialog', 'dialog');
    this.record('modal', userInterface, title);
  }

  private record(kind: DialogRecord['kind'], output: GasHtmlOutput, title: string | undefined): void {
    const fake = unwrapHtmlOutput(output);
    this.dialogs.push({
      kind,
      // Dialogs take their title from the call; sidebars from the output's setTitle.
      title: title ?? fake.title,
      html: fake.content,
      width: fake.width,
      height: fake.height,
    });
  }
}

/** alert/prompt overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
function dialogArguments(
  first: string,
  second?: string | GasButtonSet,
  third?: GasButtonSet,
): { title: string; prompt: string; set: string } {
  if (typeof second === 'string')
    return { title: first, prompt: second, set: enumName(third ?? ButtonSet.OK) };
  return { title: '', prompt: first, set: enumName(second ?? ButtonSet.OK) };
}
