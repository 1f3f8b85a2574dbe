export { createBackendClient, ticketQueryParams, type BackendClientOptions } from "./backend-client";
export { BackendError, isBackendError, type BackendErrorKind } from "../../workflow/backend-error";
export { DEFAULT_RETRY, type RetryPolicy } from "./retry";
