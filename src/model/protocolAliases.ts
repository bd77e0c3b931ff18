/**
 * Keys one source uses for a protocol that DefiLlama's name-derived slug does not match, mapped to
 * that slug. Data, not code: add a row when a source spells a protocol its own way.
 */
export const PROTOCOL_ALIASES: Readonly<Record<string, string>> = {
  etherfi: 'ether.fi-stake',
  ether__dot__fi_stake_protocol: 'ether.fi-stake',
  kelp_dao: 'kelp',
  renzo_protocol: 'renzo',
  'suilend-protocol': 'suilend',
  'lombard-vault': 'lombard-vaults',
  'morpho-blue': 'morpho-v1',
};

/**
 * Facts about parent slugs that the slug-prefix rule gets wrong: DefiLlama's `okx` is the OKX exchange
 * (a CEX, not its `okx-*` DeFi products); `sushi`'s children include SushiSwap, whose slug does not
 * start with `sushi-`. From DefiLlama's parentProtocols list.
 */
export const PARENT_OVERRIDES: Readonly<
  Record<string, { category?: string; members?: readonly string[]; extraMembers?: readonly string[] }>
> = {
  okx: { category: 'CEX', members: [] },
  sushi: { extraMembers: ['sushiswap', 'sushiswap-v3', 'sushiswap-agg'] },
};
