import { format } from '../../app/format.js';
import type { Backup } from '../../../shared/domain/vault.js';
import type { BackupRef } from '../../../shared/ipc/result.js';

const statusText: Record<Backup['status'], string> = {
  'opens-now': 'Opens with your current passphrase',
  'older-secrets': 'Opens with the passphrase you had then',
  intact: 'Intact',
  damaged: 'Damaged',
};

const sizeText = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Backups with their date, size and (when checked) whether they open; each can be restored. */
export function BackupList({
  backups,
  onRestore,
  busy,
}: {
  readonly backups: readonly (BackupRef & { readonly status?: Backup['status'] })[];
  readonly onRestore: (id: string) => void;
  readonly busy: boolean;
}) {
  if (backups.length === 0)
    return (
      <p className="hint">
        There are no backups yet. One is kept each time the journal is rewritten.
      </p>
    );
  return (
    <table className="backups">
      <caption className="visually-hidden">Backups, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Made</th>
          <th scope="col">Size</th>
          <th scope="col">Check</th>
          <th scope="col">
            <span className="visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.id}>
            <td>{format.moment(new Date(backup.createdAt))}</td>
            <td>{sizeText(backup.sizeBytes)}</td>
            <td>{backup.status ? statusText[backup.status] : 'Not checked'}</td>
            <td>
              <button
                type="button"
                className="secondary"
                disabled={busy || backup.status === 'damaged'}
                onClick={() => onRestore(backup.id)}
              >
                Restore
                <span className="visually-hidden">
                  {' '}
                  the backup from {format.moment(new Date(backup.createdAt))}
                </span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
