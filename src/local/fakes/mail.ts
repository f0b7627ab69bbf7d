/*
 * MailApp as its reference page and the quotas page describe it, keeping what was sent in an
 * outbox for tests and the workbench.
 *   - https://developers.google.com/apps-script/reference/mail/mail-app: sendEmail's four forms,
 *     its options (attachments, bcc, body, cc, htmlBody, inlineImages, name, noReply, replyTo,
 *     subject, to), noReply "only possible for Google Workspace accounts, not Gmail users";
 *     getRemainingDailyQuota; both need the script.send_mail scope.
 *   - https://developers.google.com/apps-script/guides/services/quotas: email recipients per day
 *     100 (consumer) / 1,500 (Workspace), reset 24 hours after the first request; 50 recipients
 *     per message; a body of at most 200 KB (consumer) / 400 KB (Workspace). "If you exceed a
 *     quota or limitation, your script throws an exception".
 * An option the reference does not list is refused, so a misspelt `htmlbody` (which would at best
 * send plain text) fails a test here.
 */
import { exposeAs } from './boundary';
import { AppsScriptException, type FakeContext } from './context';

export type AccountKind = 'consumer' | 'workspace';

export const DAILY_RECIPIENTS: Record<AccountKind, number> = { consumer: 100, workspace: 1500 };
export const RECIPIENTS_PER_MESSAGE = 50;
export const BODY_BYTES: Record<AccountKind, number> = { consumer: 200 * 1024, workspace: 400 * 1024 };
export const DAILY_QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
export const TOO_MANY_RECIPIENTS = 'Limit Exceeded: Email Recipients Per Message.';
export const BODY_TOO_LARGE = 'Limit Exceeded: Email Body Size.';
const DAY_MS = 86_400_000;

const OPTIONS = [
  'attachments',
  'bcc',
  'body',
  'cc',
  'htmlBody',
  'inlineImages',
  'name',
  'noReply',
  'replyTo',
  'subject',
  'to',
] as const;

export interface SentMail {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  sentAt: string;
}

export interface MailOptions {
  account?: AccountKind;
  /** Recipients already used today by other scripts of this user: the quota is per user. */
  usedToday?: number;
}

/** An address a mail server accepts: local part, @, a dotted domain; no spaces or angle brackets. */
const ADDRESS = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

export class FakeMailApp implements Pick<
  GoogleAppsScript.Mail.MailApp,
  'getRemainingDailyQuota' | 'sendEmail'
> {
  readonly outbox: SentMail[] = [];
  readonly account: AccountKind;
  private windowStart: number | undefined;
  private usedInWindow: number;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sender: () => string,
    private readonly now: () => Date,
    options: MailOptions = {},
  ) {
    this.account = options.account ?? 'consumer';
    this.usedInWindow = options.usedToday ?? 0;
    if (this.usedInWindow > 0) this.windowStart = now().getTime();
  }

  getRemainingDailyQuota(): number {
    this.ctx.call('MailApp.getRemainingDailyQuota', 'dialog');
    return DAILY_RECIPIENTS[this.account] - this.used();
  }

  sendEmail(message: GoogleAppsScript.Mail.MailAdvancedParameters): void;
  sendEmail(recipient: string, subject: string, body: string): void;
  sendEmail(
    recipient: string,
    subject: string,
    body: string,
    options: GoogleAppsScript.Mail.MailAdvancedParameters,
  ): void;
  sendEmail(to: string, replyTo: string, subject: string, body: string): void;
  sendEmail(...args: unknown[]): void {
    this.ctx.call('MailApp.sendEmail', 'dialog');
    const message = this.message(args);
    for (const key of Object.keys(message)) {
      if (!(OPTIONS as readonly string[]).includes(key))
        throw new AppsScriptException(
          `MailApp.sendEmail: "${key}" is not an option of sendEmail (${OPTIONS.join(', ')}).`,
        );
    }
    const text = (name: keyof typeof message, required: boolean): string | undefined => {
      const value = message[name];
      if (value === undefined && !required) return undefined;
      if (typeof value !== 'string')
        throw new AppsScriptException(`MailApp.sendEmail: ${name} must be text, not ${String(value)}.`);
      return value;
    };
    const to = this.addresses(text('to', false));
    const cc = this.addresses(text('cc', false));
    const bcc = this.addresses(text('bcc', false));
    const replyTo = text('replyTo', false);
    if (replyTo !== undefined) this.addresses(replyTo);
    const recipients = to.length + cc.length + bcc.length;
    if (recipients === 0) throw new AppsScriptException('Failed to send email: no recipient');
    const subject = text('subject', true) as string;
    const body = text('body', false) ?? '';
    const htmlBody = text('htmlBody', false);
    if (message.noReply !== undefined && typeof message.noReply !== 'boolean')
      throw new AppsScriptException('MailApp.sendEmail: noReply must be true or false.');
    if (message.noReply && this.account === 'consumer')
      throw new AppsScriptException(
        'MailApp.sendEmail: noReply is only possible for Google Workspace accounts, not Gmail users.',
      );
    if (recipients > RECIPIENTS_PER_MESSAGE) throw new AppsScriptException(TOO_MANY_RECIPIENTS);
    const size = Buffer.byteLength(body, 'utf8') + Buffer.byteLength(htmlBody ?? '', 'utf8');
    if (size > BODY_BYTES[this.account]) throw new AppsScriptException(BODY_TOO_LARGE);
    if (this.used() + recipients > DAILY_RECIPIENTS[this.account])
      throw new AppsScriptException(DAILY_QUOTA_EXCEEDED);
    if (this.windowStart === undefined) this.windowStart = this.now().getTime();
    this.usedInWindow += recipients;
    this.outbox.push({
      from: this.sender(),
      to,
      cc,
      bcc,
      subject,
      body,
      ...(htmlBody !== undefined && { htmlBody }),
      ...(message.name !== undefined && { name: text('name', true) }),
      ...(replyTo !== undefined && { replyTo }),
      ...(message.noReply !== undefined && { noReply: message.noReply }),
      sentAt: this.now().toISOString(),
    });
  }

  /** The four forms of sendEmail, as one message object. */
  private message(args: unknown[]): GoogleAppsScript.Mail.MailAdvancedParameters {
    const [first, second, third, fourth] = args;
    if (args.length === 1 && first !== null && typeof first === 'object')
      return first as GoogleAppsScript.Mail.MailAdvancedParameters;
    if (args.length === 3)
      return { to: first, subject: second, body: third } as GoogleAppsScript.Mail.MailAdvancedParameters;
    if (args.length === 4 && typeof fourth === 'string')
      return {
        to: first,
        replyTo: second,
        subject: third,
        body: fourth,
      } as GoogleAppsScript.Mail.MailAdvancedParameters;
    if (args.length === 4 && fourth !== null && typeof fourth === 'object') {
      if ('to' in fourth || 'subject' in fourth || 'body' in fourth)
        throw new AppsScriptException(
          'MailApp.sendEmail: give to, subject and body as arguments, not options.',
        );
      return {
        ...(fourth as object),
        to: first,
        subject: second,
        body: third,
      } as GoogleAppsScript.Mail.MailAdvancedParameters;
    }
    throw new AppsScriptException(
      `The parameters (${args.map((arg) => typeof arg).join(',')}) don't match the method signature for MailApp.sendEmail.`,
    );
  }

  /** A comma-separated list of addresses; Apps Script refuses the message for one bad address. */
  private addresses(list: string | undefined): string[] {
    if (list === undefined || list.trim() === '') return [];
    return list.split(',').map((part) => {
      const address = part.trim();
      if (!ADDRESS.test(address)) throw new AppsScriptException(`Invalid email: ${address}`);
      return address;
    });
  }

  /** Recipients counted against today's quota, which resets 24 hours after the first request. */
  private used(): number {
    if (this.windowStart !== undefined && this.now().getTime() - this.windowStart >= DAY_MS) {
      this.windowStart = undefined;
      this.usedInWindow = 0;
    }
    return this.usedInWindow;
  }
}

export function exposeMailApp(mail: FakeMailApp): GoogleAppsScript.Mail.MailApp {
  return exposeAs<GoogleAppsScript.Mail.MailApp>(mail);
}
