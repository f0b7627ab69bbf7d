import type { FakeContext } from './context';

export interface SessionOptions {
  /** "" models a consumer account, where Apps Script hides other users' addresses. */
  activeUserEmail?: string;
  effectiveUserEmail?: string;
  activeUserLocale?: string;
  scriptTimeZone?: string;
}

export class FakeSession implements Pick<
  GoogleAppsScript.Base.Session,
  'getActiveUser' | 'getActiveUserLocale' | 'getEffectiveUser'
> {
  activeUserEmail: string;
  effectiveUserEmail: string;
  activeUserLocale: string;
  scriptTimeZone: string;

  constructor(
    private readonly ctx: FakeContext,
    options: SessionOptions = {},
  ) {
    this.activeUserEmail = options.activeUserEmail ?? 'user@example.com';
    this.effectiveUserEmail = options.effectiveUserEmail ?? this.activeUserEmail;
    this.activeUserLocale = options.activeUserLocale ?? 'en';
    this.scriptTimeZone = options.scriptTimeZone ?? 'Europe/Stockholm';
  }

  getActiveUser(): GoogleAppsScript.Base.User {
    this.ctx.call('Session.getActiveUser');
    return this.user('User.getEmail', () => this.activeUserEmail);
  }

  getEffectiveUser(): GoogleAppsScript.Base.User {
    this.ctx.call('Session.getEffectiveUser');
    return this.user('User.getEmail', () => this.effectiveUserEmail);
  }

  private user(method: string, email: () => string): GoogleAppsScript.Base.User {
    return {
      getEmail: () => {
        this.ctx.call(method);
        // "not available in any context that allows a script to run without that user's
        // authorization, like … a custom function in Google Sheets" (User.getEmail's reference).
        return this.ctx.authMode === 'CUSTOM_FUNCTION' ? '' : email();
      },
      getUserLoginId: () => email(),
    };
  }

  getActiveUserLocale(): string {
    this.ctx.call('Session.getActiveUserLocale', 'free');
    return this.activeUserLocale;
  }
}
