/*
 * What @types/google-apps-script 2.0.13 lacks of Google's granular-consent API, typed from the
 * reference pages:
 * https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
 * https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizedScopes()
 */
declare namespace GoogleAppsScript {
  namespace Script {
    interface ScriptApp {
      getAuthorizationInfo(authMode: AuthMode, oAuthScopes: string[]): AuthorizationInfo;
    }
    interface AuthorizationInfo {
      getAuthorizedScopes(): string[];
    }
  }
}
