import type { AppError, ErrorCode } from '../../shared/ipc/result.js';

/** What each error means to the person using the app. */
const errorText: Record<ErrorCode, string> = {
  INVALID_REQUEST: 'That value is not one the app can accept.',
  FORBIDDEN_SENDER: 'The app refused a request that did not come from its own window.',
  UNKNOWN_CHANNEL: 'The app does not know how to do that yet.',
  DISK_FULL: 'Your disk is full, so nothing could be saved. Free some space and try again.',
  PERMISSION_DENIED:
    'Your computer would not let Ask Anyway save its files. Check the data folder’s permissions.',
  INTERNAL: 'Something went wrong inside the app. Your data is as it was before.',
};

/** The one place error codes become words. */
export function describeError(error: AppError): string {
  return errorText[error.code];
}
