import { BackendError } from "../../workflow/backend-error";
import { SignInError } from "../auth/sign-in-error";
import type { SignInChange } from "../auth/sign-in-watch";

/** The backend's 401 problem names why the token was refused (backend/src/auth: `reason`); this one is final. */
const TENANT_NOT_ALLOWED = "tenant-not-allowed";

/** Providers wrapped by `withSignInWatch` can be told of a refusal that only the server could see. */
interface RefusalListener {
  reportSignInFailure(change: SignInChange): void;
}

/**
 * A token from a tenant the server does not accept is a sign-in matter the agent cannot fix by signing in again:
 * it becomes the "tenant refused" sign-in error, never the generic "session expired".
 */
export function tenantRefusalOf(error: unknown): SignInError | null {
  if (!(error instanceof BackendError) || error.status !== 401) return null;
  if (error.extensions.reason !== TENANT_NOT_ALLOWED) return null;
  return new SignInError("tenant-refused", TENANT_NOT_ALLOWED, { cause: error });
}

/** Tells the pane's sign-in watch, when the provider has one, so that the pane shows the refusal. */
export function reportRefusal(tokens: object, failure: SignInError): void {
  const listener = tokens as Partial<RefusalListener>;
  listener.reportSignInFailure?.call(tokens, { audience: "api", failure });
}
