import { BitcoinValue } from './overview/BitcoinValue.tsx';
import { EthereumTvl } from './overview/EthereumTvl.tsx';
import { L2Share } from './overview/L2Share.tsx';

/** Where the value sits: Ethereum's TVL, its L2s' share, and the Bitcoin side, each as its document answers. */
export function Overview() {
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">Where the value sits</h2>
      <EthereumTvl />
      <L2Share />
      <BitcoinValue />
    </section>
  );
}
