import { downloadText } from './download';

/**
 * A table's "Download CSV" action, on its own line above the table. `csv` is called on click, so
 * the file is written only when it is asked for.
 */
export function DownloadCsv({ fileName, csv }: { fileName: string; csv: () => string }) {
  return (
    <div className="table-actions">
      <button
        type="button"
        className="button button-small button-secondary"
        onClick={() => downloadText(fileName, csv(), 'text/csv')}
      >
        Download CSV
      </button>
    </div>
  );
}
