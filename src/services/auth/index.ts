export { createTokenProvider, type TokenProviderOptions } from "./create-token-provider";
export type { SignInTokenProvider } from "./token-provider";
export { SignInError, isSignInError, type SignInErrorKind } from "./sign-in-error";
export { signInText, SIGN_IN_STRINGS, type SignInText } from "./sign-in-strings";
export type { AuthHost, AuthDialog, AuthDialogHandlers } from "./auth-host";
export type { AuthLog, AuthLogLevel } from "./auth-log";
export { canWatchSignIn, withSignInWatch, type SignInChange, type SignInWatch } from "./sign-in-watch";
