/**
 * The migration records, frozen. Each is written out literally — table names, columns, types,
 * indexes — and never edited once released; nothing here reads the registry or the layout the
 * store derives from it. A later change to the schema is a new record appended to the list.
 */
import type { Kysely } from "kysely"
import type { ColumnType } from "./dialect.js"

type Column = { readonly name: string; readonly type: ColumnType; readonly nullable?: boolean }
type Table = {
  readonly name: string
  readonly columns: ReadonlyArray<Column>
  readonly primaryKey: ReadonlyArray<string>
  readonly indexes: ReadonlyArray<ReadonlyArray<string>>
}

/** What a frozen record uses of the migration context. */
interface Steps {
  readonly db: Kysely<any>
  readonly table: (name: string) => string
  readonly createTable: (table: Table) => Promise<void>
  readonly createIndex: (table: string, columns: ReadonlyArray<string>) => Promise<void>
  readonly addColumn: (table: string, column: { readonly name: string; readonly type: ColumnType }) => Promise<void>
  readonly fill: (table: string, compute: (data: any) => Readonly<Record<string, string | number | null>>) => Promise<void>
}

type Step = (steps: Steps) => Promise<void>

const columns = (list: ReadonlyArray<readonly [string, ColumnType, true?]>): Array<Column> =>
  list.map(([name, type, nullable]) => (nullable === true ? { name, type, nullable } : { name, type }))

/** A table with its own key. */
const table = (
  name: string,
  list: ReadonlyArray<readonly [string, ColumnType, true?]>,
  primaryKey: ReadonlyArray<string>,
  indexes: ReadonlyArray<ReadonlyArray<string>>
): Table => ({ name, columns: columns(list), primaryKey, indexes })

/** The table of a stored kind: `id`, the encoded record `data`, then its own columns. */
const record = (name: string, list: ReadonlyArray<readonly [string, ColumnType, true?]>, indexes: ReadonlyArray<ReadonlyArray<string>>): Table =>
  table(name, [["id", "id"], ["data", "text"], ...list], ["id"], indexes)

const span = [
  ["start_plain", "code", true],
  ["end_plain", "code", true],
  ["start_administrative", "code", true],
  ["end_administrative", "code", true]
] as const

const tables0001: ReadonlyArray<Table> = [
  table(
    "pctnxh_period",
    [["calendar", "code"], ["grain", "code"], ["id", "code"], ["start_date", "code"], ["end_date", "code"]],
    ["calendar", "grain", "id"],
    [["calendar", "grain", "start_date"]]
  ),
  table("pctnxh_unit", [["unit_id", "id"]], ["unit_id"], []),
  table(
    "pctnxh_unit_rollup",
    [["geography", "code"], ["level", "code"], ["as_of", "code"], ["unit_id", "id"], ["ancestor_id", "id", true]],
    ["geography", "level", "as_of", "unit_id"],
    [["geography", "level", "as_of", "ancestor_id"]]
  ),
  table("pctnxh_person_link", [["kind", "code"], ["record_id", "id"], ["person_id", "id"]], ["kind", "record_id", "person_id"], [["person_id"]]),
  record("pctnxh_organisation", [], []),
  record("pctnxh_programme", [], []),
  record("pctnxh_model", [["type", "code"]], []),
  record("pctnxh_group", [["model_id", "id", true], ["unit_id", "id"], ["date", "code"], ["group_kind", "code"]], [["unit_id"], ["date"]]),
  record("pctnxh_person", [], []),
  record(
    "pctnxh_service_event",
    [
      ["person_id", "id", true],
      ["model_id", "id"],
      ["unit_id", "id"],
      ["date", "code"],
      ["service", "code"],
      ["channel", "code"],
      ["referral_outcome", "code", true],
      ["sex", "code"],
      ["age_band", "code"],
      ["residence", "code"],
      ["population", "code"],
      ["cost", "money", true],
      ["amount", "money", true]
    ],
    [["person_id", "date"], ["date"], ["unit_id"], ["model_id"], ["service", "date"]]
  ),
  record(
    "pctnxh_activity",
    [
      ["model_id", "id", true],
      ["group_id", "id", true],
      ["unit_id", "id"],
      ["date", "code"],
      ["activity_type", "code"],
      ["audience", "code"],
      ["sessions", "integer"],
      ["participant_contacts", "integer"],
      ["outputs", "integer", true],
      ["cost", "money", true]
    ],
    [["date"], ["unit_id"], ["model_id"]]
  ),
  record("pctnxh_establishment", [["unit_id", "id"], ["establishment_type", "code"], ["at_risk", "code"]], [["unit_id"]]),
  record("pctnxh_inspection_round", [], []),
  record(
    "pctnxh_inspection_visit",
    [
      ["round_id", "id"],
      ["establishment_id", "id"],
      ["establishment_type", "code"],
      ["unit_id", "id"],
      ["date", "code"],
      ["outcome", "code"],
      ["fine", "money", true]
    ],
    [["date"], ["unit_id"], ["establishment_id"]]
  ),
  record(
    "pctnxh_aggregate_value",
    [
      ["data_element", "id"],
      ["period", "code"],
      ["unit_id", "id"],
      ["value", "real"],
      ["value_source", "code"],
      ["disaggregation", "text"],
      ["disaggregation_keys", "text"],
      ...span
    ],
    [["data_element", "period"], ["unit_id"]]
  ),
  record(
    "pctnxh_budget",
    [["year", "integer"], ["model_id", "id", true], ["unit_id", "id"], ["funding_source", "code"], ["amount", "money"], ...span],
    [["year"], ["unit_id"]]
  ),
  record(
    "pctnxh_expenditure",
    [
      ["model_id", "id", true],
      ["unit_id", "id"],
      ["date", "code"],
      ["category", "code"],
      ["funding_source", "code"],
      ["amount", "money"],
      ["beneficiaries", "integer", true]
    ],
    [["date"], ["unit_id"], ["model_id"]]
  ),
  record("pctnxh_cost_norm", [], []),
  record("pctnxh_target", [], []),
  record("pctnxh_population_estimate", [], []),
  record("pctnxh_consent", [["person_id", "id"]], [["person_id"]])
]

const createAll = (list: ReadonlyArray<Table>): Step => async (steps) => {
  for (const t of list) await steps.createTable(t)
}

const text = (value: unknown): string | null => (typeof value === "string" ? value : null)

/** Every record, in the order they run. */
export const migrations: ReadonlyArray<readonly [string, Step]> = [
  ["0001_tables", createAll(tables0001)],
  ["kind_vaultEntry", createAll([record("pctnxh_vault_entry", [], [])])],
  ["kind_auditEntry", createAll([record("pctnxh_audit_entry", [], [])])],
  ["kind_incident", createAll([record("pctnxh_incident", [], [])])],
  ["kind_disclosureRelease", createAll([record("pctnxh_disclosure_release", [], [])])],
  [
    "0002_find_keys",
    async (steps) => {
      await steps.addColumn("pctnxh_vault_entry", { name: "person_id", type: "id" })
      await steps.fill("pctnxh_vault_entry", (data) => ({ person_id: text(data.personId) }))
      await steps.createIndex("pctnxh_vault_entry", ["person_id"])
      await steps.addColumn("pctnxh_incident", { name: "notified_at", type: "code" })
      await steps.fill("pctnxh_incident", (data) => ({ notified_at: text(data.notifiedAt) }))
      await steps.createIndex("pctnxh_incident", ["notified_at"])
    }
  ],
  [
    "0003_disclosure_budget",
    async (steps) => {
      await steps.addColumn("pctnxh_disclosure_release", { name: "audience", type: "code" })
      await steps.fill("pctnxh_disclosure_release", (data) => ({ audience: text(data.audience) }))
      await steps.createIndex("pctnxh_disclosure_release", ["audience"])
      await steps.createTable(record("pctnxh_privacy_spend", [["audience", "code"]], [["audience"]]))
    }
  ],
  [
    "0004_summaries",
    async (steps) => {
      await createAll([
        table("pctnxh_summary_state", [["id", "code"], ["generation", "integer"], ["active", "integer"]], ["id"], []),
        table(
          "pctnxh_summary",
          [["summary_key", "code"], ["kind", "code"], ["generation", "integer"], ["query", "text"], ["result", "text"]],
          ["summary_key"],
          [["kind", "generation"]]
        ),
        table(
          "pctnxh_change",
          [["kind", "code"], ["generation", "integer"], ["record_id", "id"], ["previous", "text", true]],
          ["kind", "generation", "record_id"],
          []
        )
      ])(steps)
      // the state row exists before any writer looks for it (MySQL commits DDL by itself: the
      // record may run again after a crash and find it)
      const state = steps.table("pctnxh_summary_state")
      const found = await steps.db.selectFrom(state).select("id").where("id", "=", "state").execute()
      if (found.length === 0) await steps.db.insertInto(state).values({ id: "state", generation: 0, active: 0 }).execute()
    }
  ]
]
