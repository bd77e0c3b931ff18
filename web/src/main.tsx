import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Lending } from './pages/Lending.tsx';
import { Markets } from './pages/Markets.tsx';
import { Overview } from './pages/Overview.tsx';
import { Protocol } from './pages/Protocol.tsx';
import { Restaking } from './pages/Restaking.tsx';
import { Systems } from './pages/Systems.tsx';
import { Watchlist } from './pages/Watchlist.tsx';
import { Yield } from './pages/Yield.tsx';
import './style.css';

const PAGES = [
  { path: '#/', label: 'Overview' },
  { path: '#/protocol/aave', label: 'Protocol' },
  { path: '#/markets', label: 'Markets' },
  { path: '#/systems', label: 'L2s & Bitcoin layers' },
  { path: '#/restaking', label: 'Restaking' },
  { path: '#/lending', label: 'Lending' },
  { path: '#/yield', label: 'Yield' },
  { path: '#/watchlist', label: 'Watchlist' },
];

/** The page a location hash names. */
function page(hash: string) {
  const [, name, arg] = hash.split('/');
  if (name === 'protocol') return <Protocol id={decodeURIComponent(arg || 'aave')} />;
  if (name === 'markets') return <Markets />;
  if (name === 'systems') return <Systems />;
  if (name === 'restaking') return <Restaking />;
  if (name === 'lending') return <Lending />;
  if (name === 'yield') return <Yield />;
  if (name === 'watchlist') return <Watchlist />;
  return <Overview />;
}

function App() {
  const [hash, setHash] = useState(location.hash || '#/');
  useEffect(() => {
    const on = () => {
      setHash(location.hash || '#/');
      document.getElementById('main')?.focus();
    };
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  const section = hash.split('/')[1] ?? '';
  return (
    <>
      <button type="button" class="skip" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header>
        <h1>Faultline</h1>
        <nav aria-label="Pages">
          <ul>
            {PAGES.map((p) => (
              <li key={p.path}>
                <a href={p.path} aria-current={p.path.split('/')[1] === section ? 'page' : undefined}>
                  {p.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {page(hash)}
      </main>
      <footer>
        Data: the store this server reads (DefiLlama, L2BEAT, bitcoinlayers.org and others; see the report's
        coverage). Days are UTC.
      </footer>
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
