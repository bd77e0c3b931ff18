/** A protocol id: DefiLlama's slug convention (lower case, spaces to `-`), e.g. `zerolend-lending`. */
export type ProtocolSlug = string & { readonly __brand: 'ProtocolSlug' };

/** A protocol as one source lists it. */
export type Protocol = {
  slug: ProtocolSlug;
  name: string;
  /** DefiLlama category (Lending, Restaking, Liquid Staking, ...), when the source gives one. */
  category: string | null;
  /** The parent protocol that groups versions or products (`zerolend` for `ZeroLend Lending`). */
  parent: ProtocolSlug | null;
};

/**
 * DefiLlama's slug of a protocol name: lower case, spaces to `-`, other punctuation kept as DefiLlama keeps it.
 * @example slugify('ZeroLend Lending') === 'zerolend-lending'; slugify('Aave V3') === 'aave-v3'
 */
export function slugify(name: string): ProtocolSlug {
  return name
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^a-z0-9.\-²]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '') as ProtocolSlug;
}
