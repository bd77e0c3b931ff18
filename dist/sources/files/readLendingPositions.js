// src/sources/files/readLendingPositions.ts
import { readFileSync } from "node:fs";
import { z } from "zod";
import { ValidationError } from "../../core/errors.js";
import { EMODE_CATEGORIES } from "../../model/aaveEmode.js";
import { formatPath } from "../zodIssue.js";
import { AAVE_V3_ETHEREUM } from "./aaveV3Borrowers.js";
import { checkFile } from "./checkFile.js";
import { readJsonFile, validateJson } from "./readJsonFile.js";
var asset = z.string().min(1, "expected an asset symbol");
var amount = z.number().finite().nonnegative("must not be negative");
var price = z.number().finite().positive("a price must be above 0");
var fraction = z.number().finite().gt(0, "must be above 0").lte(1, "must not be above 1");
var Collateral = z.strictObject({
  asset,
  amount,
  price,
  liquidationThreshold: fraction,
  ltv: z.number().finite().min(0, "must not be negative").optional(),
  liquidationBonus: z.number().finite().min(1, "a bonus is a multiplier of at least 1 (1.05 = 5%)"),
  liquidationProtocolFee: z.number().finite().min(0).max(1).default(0),
  emodeCategory: z.number().int().nonnegative().default(0),
  debtCeilingUsd: amount.default(0)
}).superRefine((c, ctx) => {
  if (c.ltv !== void 0 && c.liquidationThreshold < c.ltv)
    ctx.addIssue({
      code: "custom",
      message: `liquidation threshold ${c.liquidationThreshold} is below the LTV ${c.ltv}`,
      path: ["liquidationThreshold"]
    });
});
var Debt = z.strictObject({ asset, amount, price, borrowableInIsolation: z.boolean().default(true) });
var Account = z.strictObject({
  id: z.string().min(1).optional(),
  emodeCategory: z.number().int().nonnegative().default(0),
  collateral: z.array(Collateral).default([]),
  debt: z.array(Debt).default([])
});
var Category = z.strictObject({
  label: z.string().default(""),
  ltv: fraction,
  liquidationThreshold: fraction,
  liquidationBonus: z.number().min(1)
});
var BookFile = z.union([
  z.array(z.unknown()),
  z.strictObject({
    emodeCategories: z.record(z.string().regex(/^\d+$/, "an e-mode category id is an integer"), Category).default({}),
    assumptions: z.array(z.string()).default([]),
    accounts: z.array(z.unknown())
  })
]);
var DEFAULT_CATEGORIES = EMODE_CATEGORIES[AAVE_V3_ETHEREUM] ?? {};
function toAccount(raw, index, categories, source, place) {
  const id = typeof raw === "object" && raw && "id" in raw && typeof raw.id === "string" ? raw.id : `#${index + 1}`;
  const fail = (message, path) => {
    const field = [...path].reverse().find((p) => typeof p === "string");
    throw new ValidationError(`account "${id}": ${message}`, {
      source,
      place: place(path),
      ...field === void 0 ? {} : { field: String(field) }
    });
  };
  const parsed = Account.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const missing = issue?.code === "invalid_type" && /received undefined/.test(issue.message);
    return fail(missing ? `missing ${String(path.at(-1))}` : issue?.message ?? "invalid", path);
  }
  const a = parsed.data;
  if (a.emodeCategory !== 0 && !categories[a.emodeCategory])
    fail(
      `unknown e-mode category ${a.emodeCategory} (known: ${Object.keys(categories).join(", ") || "none"})`,
      ["emodeCategory"]
    );
  const isolated = a.collateral.findIndex((c) => c.debtCeilingUsd > 0);
  if (isolated >= 0 && a.collateral.length > 1)
    fail(
      "an isolated collateral (debtCeilingUsd > 0) cannot be used with other collateral (Aave v3 isolation mode)",
      ["collateral", isolated, "debtCeilingUsd"]
    );
  return {
    id,
    emodeCategory: a.emodeCategory,
    collateral: a.collateral.map((c) => ({ ...c, ltv: c.ltv ?? c.liquidationThreshold })),
    debt: a.debt
  };
}
var CSV_COLUMNS = [
  "account",
  "side",
  "asset",
  "amount",
  "price",
  "liquidationThreshold",
  "ltv",
  "liquidationBonus",
  "liquidationProtocolFee",
  "emodeCategory",
  "accountEmodeCategory"
];
function csvAccounts(text, source) {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? "").split(",").map((h) => h.trim());
  const missing = CSV_COLUMNS.slice(0, 5).filter((c) => !header.includes(c));
  if (missing.length)
    throw new ValidationError(`missing column(s) ${missing.join(", ")}`, { source, place: "line 1" });
  const byId = /* @__PURE__ */ new Map();
  const holdingLines = /* @__PURE__ */ new Map();
  lines.slice(1).forEach((line, i) => {
    if (!line.trim()) return;
    const cells = line.split(",").map((c) => c.trim());
    const cell = (name) => {
      const k = header.indexOf(name);
      return k < 0 ? "" : cells[k] ?? "";
    };
    const num = (name) => {
      const v = cell(name);
      return v === "" ? void 0 : Number(v);
    };
    const id = cell("account");
    let acct = byId.get(id);
    if (!acct) {
      acct = { id, collateral: [], debt: [] };
      byId.set(id, acct);
      holdingLines.set(acct, [[], []]);
    }
    const emode = num("accountEmodeCategory");
    if (emode !== void 0) acct.emodeCategory = emode;
    const side = cell("side");
    const base = { asset: cell("asset"), amount: num("amount"), price: num("price") };
    const slot = holdingLines.get(acct);
    if (side === "collateral") {
      const extra = Object.fromEntries(
        [
          "liquidationThreshold",
          "ltv",
          "liquidationBonus",
          "liquidationProtocolFee",
          "emodeCategory"
        ].map((k) => [k, num(k)]).filter(([, v]) => v !== void 0)
      );
      acct.collateral.push({ ...base, ...extra });
      slot[0]?.push(i + 2);
    } else if (side === "debt") {
      acct.debt.push(base);
      slot[1]?.push(i + 2);
    } else
      throw new ValidationError(`account "${id}": side must be "collateral" or "debt", got "${side}"`, {
        source,
        place: `line ${i + 2}`,
        field: "side"
      });
  });
  return { raw: [...byId.values()], lines: holdingLines };
}
function readLendingPositions(file) {
  checkFile(file);
  if (file.toLowerCase().endsWith(".csv")) {
    const { raw, lines } = csvAccounts(readFileSync(file, "utf8"), file);
    if (raw.length === 0)
      throw new ValidationError("no positions: the file has no account rows", { source: file });
    const accounts = raw.map(
      (r, i) => toAccount(r, i, DEFAULT_CATEGORIES, file, (path) => {
        const [side, j] = path;
        const line = lines.get(r)?.[side === "collateral" ? 0 : 1]?.[Number(j)];
        return line === void 0 ? `account ${i + 1}` : `line ${line}`;
      })
    );
    return { accounts, emodeCategories: DEFAULT_CATEGORIES, assumptions: [] };
  }
  return parseLendingPositions(readJsonFile(file, z.unknown()), file);
}
function parseLendingPositions(json, source) {
  const data = validateJson(json, BookFile, source);
  const list = Array.isArray(data) ? data : data.accounts;
  const categories = { ...DEFAULT_CATEGORIES };
  if (!Array.isArray(data))
    for (const [id, c] of Object.entries(data.emodeCategories)) categories[Number(id)] = c;
  if (list.length === 0) throw new ValidationError("no positions: the list of accounts is empty", { source });
  const prefix = Array.isArray(data) ? "" : "accounts";
  const accounts = list.map(
    (raw, i) => toAccount(raw, i, categories, source, (path) => formatPath([...prefix ? [prefix] : [], i, ...path]))
  );
  const ids = /* @__PURE__ */ new Set();
  accounts.forEach((a, i) => {
    if (ids.has(a.id))
      throw new ValidationError(`account "${a.id}" appears twice`, {
        source,
        place: `[${i}]`,
        field: "id"
      });
    ids.add(a.id);
  });
  return { accounts, emodeCategories: categories, assumptions: Array.isArray(data) ? [] : data.assumptions };
}
function readLendingPosition(file) {
  return parseLendingPosition(readJsonFile(file, z.unknown()), file);
}
function parseLendingPosition(json, source) {
  const raw = validateJson(json, z.record(z.string(), z.unknown()), source);
  return {
    accounts: [
      toAccount(
        { id: "position", ...raw },
        0,
        DEFAULT_CATEGORIES,
        source,
        (path) => formatPath(path) || "(root)"
      )
    ],
    emodeCategories: DEFAULT_CATEGORIES,
    assumptions: []
  };
}
export {
  parseLendingPosition,
  parseLendingPositions,
  readLendingPosition,
  readLendingPositions
};
