import { useState } from 'preact/hooks';
import { type Computations, postComputation } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Figure } from '../../components/Figure.tsx';
import { Provenance } from '../../components/Provenance.tsx';
import { inUnit } from '../../format.ts';
import { CheckSummary } from './CheckSummary.tsx';
import { CoalitionGraph } from './CoalitionGraph.tsx';

type Check = Computations['/api/v1/restaking/check']['result'];

/** A network file the user chooses, checked on the server (`POST /api/v1/restaking/check`) and shown as its document says. */
export function UploadCheck() {
  const [uploaded, setUploaded] = useState<Check | null>(null);
  const [error, setError] = useState<string | null>(null);
  const upload = async (file: File) => {
    setError(null);
    setUploaded(null);
    try {
      const network = JSON.parse(await file.text());
      setUploaded(await postComputation('/api/v1/restaking/check', { network }));
    } catch (err) {
      setError(`${file.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <section aria-labelledby="upload-title">
      <h3 id="upload-title">Check your own network</h3>
      <p class="note">
        A JSON network file in either README form (graph, or EigenLayer's). It is checked exactly (HiGHS) on
        this server.
      </p>
      <label class="upload">
        Network file{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) upload(file);
          }}
        />
      </label>
      {error ? <p role="alert">{error}</p> : null}
      {uploaded ? (
        <>
          <CheckSummary check={uploaded} id="upload" />
          <Provenance meta={uploaded} undated="Your input, not tied to one day" />
          <Figure
            title={`Network ${uploaded.name ?? 'uploaded'}`}
            note={`Validators and services as checked (${uploaded.unit ?? 'file unit'}); the attacking coalition in red.`}
            numbers={
              <DataTable
                caption="Services and their validators"
                rows={uploaded.graph.services}
                columns={[
                  { label: 'service', value: (s) => s.id },
                  { label: 'α', value: (s) => s.alpha, numeric: true },
                  {
                    label: 'profit',
                    value: (s) => s.profit,
                    show: (s) => inUnit(s.profit, uploaded.unit),
                    numeric: true,
                  },
                  { label: 'validators', value: (s) => s.validators.join(', ') },
                ]}
              />
            }
          >
            <CoalitionGraph check={uploaded} />
          </Figure>
        </>
      ) : null}
    </section>
  );
}
