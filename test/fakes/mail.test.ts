import { createFakeAppsScript, loadManifest, SCOPE } from '../../src/local/fakes';
import { BODY_TOO_LARGE, DAILY_QUOTA_EXCEEDED, TOO_MANY_RECIPIENTS } from '../../src/local/fakes/mail';

function withSendMail(options: Parameters<typeof createFakeAppsScript>[0] = {}) {
  let now = new Date('2026-11-02T05:00:00Z');
  const gas = createFakeAppsScript({
    manifest: { oauthScopes: [...(loadManifest().oauthScopes ?? []), SCOPE.sendMail] },
    session: { activeUserEmail: 'anna@example.se' },
    now: () => now,
    ...options,
  });
  return { gas, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const team = (n: number) => Array.from({ length: n }, (_, i) => `member${i + 1}@example.se`);

describe('MailApp', () => {
  it('refuses to send or tell the quota without script.send_mail in the manifest', () => {
    // The manifest before the schedule: the editor features' three scopes only.
    const gas = createFakeAppsScript({
      manifest: { oauthScopes: [SCOPE.currentOnly, SCOPE.containerUi, SCOPE.email] },
    });
    const missing = (method: string) =>
      `You do not have permission to call ${method}. Required permissions: https://www.googleapis.com/auth/script.send_mail`;
    expect(() => gas.MailApp.sendEmail('boss@example.se', 'KPI report', 'text')).toThrow(
      missing('MailApp.sendEmail'),
    );
    expect(() => gas.MailApp.getRemainingDailyQuota()).toThrow(missing('MailApp.getRemainingDailyQuota'));
    expect(gas.mail.outbox).toEqual([]);
  });

  it('sends in each of the four forms, with htmlBody, name and replyTo, from the effective user', () => {
    const { gas } = withSendMail();
    gas.MailApp.sendEmail('boss@example.se', 'Week 43', 'plain');
    gas.MailApp.sendEmail('boss@example.se, team@example.se', 'Week 43', 'plain', {
      htmlBody: '<p>html</p>',
      name: 'Social KPIs',
      replyTo: 'anna@example.se',
    });
    gas.MailApp.sendEmail('boss@example.se', 'anna@example.se', 'Week 43', 'plain');
    gas.MailApp.sendEmail({ to: 'boss@example.se', cc: 'cc@example.se', subject: 'Week 43', body: 'plain' });
    expect(
      gas.mail.outbox.map(({ to, cc, htmlBody, name, replyTo, from }) => ({
        to,
        cc,
        htmlBody,
        name,
        replyTo,
        from,
      })),
    ).toEqual([
      {
        to: ['boss@example.se'],
        cc: [],
        htmlBody: undefined,
        name: undefined,
        replyTo: undefined,
        from: 'anna@example.se',
      },
      {
        to: ['boss@example.se', 'team@example.se'],
        cc: [],
        htmlBody: '<p>html</p>',
        name: 'Social KPIs',
        replyTo: 'anna@example.se',
        from: 'anna@example.se',
      },
      {
        to: ['boss@example.se'],
        cc: [],
        htmlBody: undefined,
        name: undefined,
        replyTo: 'anna@example.se',
        from: 'anna@example.se',
      },
      {
        to: ['boss@example.se'],
        cc: ['cc@example.se'],
        htmlBody: undefined,
        name: undefined,
        replyTo: undefined,
        from: 'anna@example.se',
      },
    ]);
    expect(gas.MailApp.getRemainingDailyQuota()).toBe(100 - 6);
  });

  it('counts recipients against 100 a day for a consumer account, and starts again 24 hours after the first send', () => {
    const { gas, advance } = withSendMail();
    gas.MailApp.sendEmail({ to: team(50).join(','), subject: 'a', body: 'b' });
    advance(3_600_000);
    gas.MailApp.sendEmail({ to: team(40).join(','), bcc: team(10).join(','), subject: 'a', body: 'b' });
    expect(gas.MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => gas.MailApp.sendEmail('boss@example.se', 'a', 'b')).toThrow(DAILY_QUOTA_EXCEEDED);
    expect(gas.mail.outbox).toHaveLength(2);
    advance(23 * 3_600_000);
    expect(gas.MailApp.getRemainingDailyQuota()).toBe(100);
    gas.MailApp.sendEmail('boss@example.se', 'a', 'b');
  });

  it('allows 1,500 recipients a day and noReply for a Workspace account; refuses noReply for a Gmail user', () => {
    const workspace = withSendMail({ mail: { account: 'workspace', usedToday: 1_499 } }).gas;
    expect(workspace.MailApp.getRemainingDailyQuota()).toBe(1);
    workspace.MailApp.sendEmail({ to: 'boss@example.se', subject: 'a', body: 'b', noReply: true });
    expect(workspace.mail.outbox[0].noReply).toBe(true);
    const consumer = withSendMail().gas;
    expect(() =>
      consumer.MailApp.sendEmail({ to: 'boss@example.se', subject: 'a', body: 'b', noReply: true }),
    ).toThrow(/noReply is only possible for Google Workspace accounts/);
  });

  it('refuses more than 50 recipients in one message, a body over 200 KB, and an address that is not one', () => {
    const { gas } = withSendMail();
    expect(() => gas.MailApp.sendEmail(team(51).join(','), 'a', 'b')).toThrow(TOO_MANY_RECIPIENTS);
    expect(() => gas.MailApp.sendEmail('boss@example.se', 'a', 'x'.repeat(200 * 1024 + 1))).toThrow(
      BODY_TOO_LARGE,
    );
    gas.MailApp.sendEmail('boss@example.se', 'a', 'x'.repeat(200 * 1024));
    expect(() => gas.MailApp.sendEmail('boss@example.se, not an address', 'a', 'b')).toThrow(
      'Invalid email: not an address',
    );
    expect(() => gas.MailApp.sendEmail({ to: '', subject: 'a', body: 'b' })).toThrow(/no recipient/);
    expect(gas.mail.outbox).toHaveLength(1);
  });

  it('refuses an option sendEmail does not have, such as a misspelt htmlbody', () => {
    const { gas } = withSendMail();
    expect(() =>
      gas.MailApp.sendEmail('boss@example.se', 'a', 'b', {
        htmlbody: '<p/>',
      } as GoogleAppsScript.Mail.MailAdvancedParameters),
    ).toThrow(/"htmlbody" is not an option of sendEmail/);
  });
});
