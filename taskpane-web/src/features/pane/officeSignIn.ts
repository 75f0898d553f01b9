import type { Api, PublicConfig } from '../../api';
import { askInDialog } from '../../office/dialog';
import { keptSignIn } from '../../office/keptSignIn';
import { naaSupported, naaTokens } from '../../office/naa';
import {
  localCredentials,
  microsoftCredentials,
  readDialogAnswer,
  resumeKeptSignIn,
  type PaneCredentials,
} from './sessionTokens';
import { jsonText } from '../../ui/format';

/** The path of the app's own sign-in page in dialog mode. */
export const DIALOG_SIGN_IN_PATH = '/?dialog=signin';

/**
 * Signing in inside Office, behind an interface so that tests stub it: Office's own Microsoft account through Nested
 * App Authentication when the firm has Microsoft sign-in; otherwise, or where NAA is missing or fails, the app's own
 * sign-in page in an Office dialog that hands the tokens back.
 */
export interface OfficeSignIn {
  /** Without asking the user (NAA, or a local sign-in kept from an earlier open); null when the user has to sign in. */
  silent(config: PublicConfig, api: Api): Promise<PaneCredentials | null>;
  /** Asks the user; rejects with a sentence when signing in failed or was cancelled. */
  interactive(config: PublicConfig): Promise<PaneCredentials>;
  /**
   * The silent sign-in, started before the firm's settings arrive, where it cannot depend on them: Office here offers no
   * Microsoft sign-in, so only a kept local sign-in can be resumed. Undefined where the settings decide.
   */
  silentBeforeConfig?(api: Api): Promise<PaneCredentials | null> | undefined;
}

export const officeSignIn: OfficeSignIn = {
  async silent(config, api) {
    if (config.microsoft && naaSupported()) {
      try {
        const naa = await naaTokens(config.microsoft);
        if (await naa.token(false)) return microsoftCredentials(naa);
      } catch {
        // Office could not sign in silently: a kept local sign-in, or the sign-in button, which says what goes wrong.
      }
    }
    return config.localSignIn ? resumeKeptSignIn(keptSignIn, api.auth.refresh) : null;
  },

  silentBeforeConfig(api) {
    return naaSupported() ? undefined : resumeKeptSignIn(keptSignIn, api.auth.refresh);
  },

  async interactive(config) {
    let naaFailure: unknown = null;
    if (config.microsoft && naaSupported()) {
      try {
        const naa = await naaTokens(config.microsoft);
        if (await naa.token(true)) return microsoftCredentials(naa);
      } catch (error) {
        naaFailure = error;
      }
    }
    if (!config.localSignIn) {
      throw new Error(
        naaFailure
          ? `Microsoft sign-in did not work here (${naaFailure instanceof Error ? naaFailure.message : jsonText(naaFailure)}).`
          : 'This Office cannot sign in with Microsoft, and your firm has no Steward passwords. Ask your administrator.',
      );
    }
    const answer = readDialogAnswer(await askInDialog(`${window.location.origin}${DIALOG_SIGN_IN_PATH}`));
    if (answer.type === 'failed') throw new Error(answer.message);
    return localCredentials(answer.session, keptSignIn);
  },
};
