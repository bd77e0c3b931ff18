// src/model/protocolAliases.ts
var PROTOCOL_ALIASES = {
  etherfi: "ether.fi-stake",
  ether__dot__fi_stake_protocol: "ether.fi-stake",
  kelp_dao: "kelp",
  renzo_protocol: "renzo",
  "suilend-protocol": "suilend",
  "lombard-vault": "lombard-vaults",
  "morpho-blue": "morpho-v1"
};
var PARENT_OVERRIDES = {
  okx: { category: "CEX", members: [] },
  sushi: { extraMembers: ["sushiswap", "sushiswap-v3", "sushiswap-agg"] }
};
export {
  PARENT_OVERRIDES,
  PROTOCOL_ALIASES
};
