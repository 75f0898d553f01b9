// What other features use of sign-in: the page and its frame (the pane's sign-in dialog) and MFA setup (the user menu).
export { AuthLayout } from './AuthLayout';
export { MfaSetup } from './MfaSetup';
export type { MicrosoftSignIn } from './microsoft';
export { SignInPage } from './SignInPage';
