import { CliffEpisodes } from './yield/CliffEpisodes.tsx';
import { RestakingStack } from './yield/RestakingStack.tsx';
import { YieldMix } from './yield/YieldMix.tsx';

/**
 * Where the yield comes from: base vs reward APY per protocol or chain, what TVL did when rewards fell
 * (the measured incentive cliff), and a liquid restaking token's yield stack, each on its own day.
 */
export function Yield() {
  return (
    <section aria-labelledby="yield-title">
      <h2 id="yield-title">Where the yield comes from</h2>
      <p class="note">
        From DefiLlama Yields (the files of the data folder and anything ingested live). The yield data ends
        before the TVL data: each figure says the UTC day it is of. APYs are percent a year, as DefiLlama
        gives them.
      </p>
      <YieldMix />
      <CliffEpisodes />
      <RestakingStack />
    </section>
  );
}
