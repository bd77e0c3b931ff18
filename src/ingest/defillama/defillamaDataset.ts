/** The dataset live DefiLlama rows belong to, and the checkpoint source of its units. */
export const DEFILLAMA_DATASET = 'defillama/api';
export const DEFILLAMA_SOURCE = 'defillama';
