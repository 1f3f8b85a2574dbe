import type { Language } from "../../core/contracts";
import type { SignInErrorKind } from "./sign-in-error";

/** What the agent reads when sign-in fails: what happened, and what to do about it. */
export interface SignInText {
  title: string;
  body: string;
  /** The label of the button that tries again. */
  action: string;
}

const es: Record<SignInErrorKind, SignInText> = {
  "consent-required": {
    title: "Falta el consentimiento",
    body:
      "Tu organización aún no ha dado permiso a TicketMasterPro para leer el buzón de soporte. " +
      "Pide a un administrador de Microsoft 365 que conceda el consentimiento y vuelve a intentarlo.",
    action: "Reintentar",
  },
  "signed-out": {
    title: "No has iniciado sesión",
    body: "Inicia sesión con tu cuenta de trabajo para crear tickets desde Outlook.",
    action: "Iniciar sesión",
  },
  "tenant-refused": {
    title: "Tu organización no está autorizada",
    body:
      "Este servicio de TicketMasterPro no admite cuentas de tu organización. " +
      "Comprueba que usas la cuenta de trabajo correcta o contacta con tu administrador.",
    action: "Reintentar",
  },
  "interaction-required": {
    title: "Hay que confirmar el inicio de sesión",
    body: "Microsoft necesita que confirmes tu identidad. Pulsa el botón y sigue los pasos de la ventana.",
    action: "Continuar",
  },
  unavailable: {
    title: "No se puede iniciar sesión ahora",
    body:
      "El inicio de sesión no está disponible en este momento (sin conexión o servicio no configurado). " +
      "Comprueba tu conexión y vuelve a intentarlo en unos minutos.",
    action: "Reintentar",
  },
  "token-expired": {
    title: "La sesión ha caducado",
    body: "Vuelve a iniciar sesión para seguir trabajando; no se ha perdido nada de lo que estabas haciendo.",
    action: "Iniciar sesión",
  },
};

const en: Record<SignInErrorKind, SignInText> = {
  "consent-required": {
    title: "Consent is missing",
    body:
      "Your organisation has not yet allowed TicketMasterPro to read the support mailbox. " +
      "Ask a Microsoft 365 administrator to grant consent, then try again.",
    action: "Try again",
  },
  "signed-out": {
    title: "You are not signed in",
    body: "Sign in with your work account to create tickets from Outlook.",
    action: "Sign in",
  },
  "tenant-refused": {
    title: "Your organisation is not allowed",
    body:
      "This TicketMasterPro service does not accept accounts from your organisation. " +
      "Check that you are using the right work account or contact your administrator.",
    action: "Try again",
  },
  "interaction-required": {
    title: "Sign-in needs your confirmation",
    body: "Microsoft needs you to confirm who you are. Press the button and follow the steps in the window.",
    action: "Continue",
  },
  unavailable: {
    title: "Sign-in is not possible right now",
    body:
      "Sign-in is unavailable at the moment (offline, or the service is not configured). " +
      "Check your connection and try again in a few minutes.",
    action: "Try again",
  },
  "token-expired": {
    title: "Your session has expired",
    body: "Sign in again to carry on; nothing you were doing has been lost.",
    action: "Sign in",
  },
};

export const SIGN_IN_STRINGS: Record<Language, Record<SignInErrorKind, SignInText>> = { es, en };

export function signInText(kind: SignInErrorKind, language: Language): SignInText {
  return SIGN_IN_STRINGS[language][kind];
}
