/**
 * The floor of the standard report: hand-written SQL for the cells of every indicator of the
 * catalogue whose figures come from the service events — counts, distinct persons and sums
 * under a filter, new persons, persons reached by the prevention package — by province of
 * 2020-12-31 and in total, for the four administrative quarters of 2020 and the year. One scan
 * of the table per grain and scope computes every count, distinct count and sum at once
 * (conditional aggregation); new persons take one more scan with a window, the package two per
 * grain. The other indicators of the catalogue (ratios of these, counts of units from the
 * geography, figures of sources the benchmark does not fill) are not in the floor.
 */
import { vietnam } from "@pctnxh/core/geography/vietnam"
import type { Run } from "./report.js"
import { periodCase, provinceCase } from "./queries.js"

/** The administrative year 2020: 15 December 2019 to 14 December 2020. */
const FIRST = "2019-12-15"
const LAST = "2020-12-14"

const services = (...codes: ReadonlyArray<string>) => `service in (${codes.map((c) => `'${c}'`).join(", ")})`

/** Counts of contacts under a filter: indicator → condition (`true` for all). */
const counts: ReadonlyArray<readonly [string, string]> = [
  ["CONTACTS", "1 = 1"],
  ["COUNSELLING_CONTACTS", services("counselling")],
  ["HIV_TESTING_COUNSELLING_CONTACTS", services("hiv_testing_counselling")],
  ["HIV_TESTING_REFERRALS", services("hiv_testing_referral")],
  ["REFERRALS", "referral_outcome in ('pending', 'completed', 'not_completed', 'unknown')"],
  ["REFERRALS_COMPLETED", "referral_outcome = 'completed'"],
  ["STI_RH_CHECKS", services("sti_rh_check")],
  ["VOCATIONAL_TRAINING_CONTACTS", services("vocational_training")],
  ["LEGAL_AID_CONTACTS", services("legal_aid")],
  ["LOANS", services("loan")],
  ["GBV_SUPPORT_CONTACTS", services("gbv_support")]
]

/** Distinct persons under a filter. */
const persons: ReadonlyArray<readonly [string, string]> = [
  ["PERSONS_REACHED", "1 = 1"],
  ["COUNSELLING_PERSONS", services("counselling")],
  ["HIV_TESTING_REFERRAL_PERSONS", services("hiv_testing_referral")],
  ["VOCATIONAL_TRAINING_PERSONS", services("vocational_training")],
  ["JOB_REFERRAL_PERSONS", services("job_referral")],
  ["JOB_PLACEMENT_PERSONS", services("job_placement")],
  ["LEGAL_AID_PERSONS", services("legal_aid")],
  ["ID_PAPERS_PERSONS", services("id_papers")],
  ["GBV_SUPPORT_PERSONS", services("gbv_support")],
  ["SEX_WORKERS_REACHED", "population = 'sex_worker'"],
  ["ESTABLISHMENT_WORKERS_REACHED", "population = 'establishment_worker'"],
  ["NO_PERMANENT_RESIDENCE_PERSONS", "residence in ('temporary', 'none')"]
]

/** Sums of a column under a filter. */
const sums: ReadonlyArray<readonly [string, string, string]> = [["LOAN_AMOUNT", "amount", services("loan")]]

/** The prevention package of 2016–2020: at least two of these services within the period. */
const PACKAGE = services("outreach_information", "counselling", "hiv_testing_counselling", "hiv_testing_referral", "sti_rh_check", "condoms")

/** The indicators whose cells the floor computes. */
export const covered: ReadonlyArray<string> = [
  ...counts.map(([code]) => code),
  ...persons.map(([code]) => code),
  ...sums.map(([code]) => code),
  "NEW_PERSONS",
  "PACKAGE_REACH"
]

export interface Statements {
  readonly main: ReadonlyArray<readonly [grain: "quarter" | "year", byProvince: boolean, sql: string]>
  readonly newPersons: string
  readonly packages: ReadonlyArray<readonly [grain: "quarter" | "year", byProvince: boolean, sql: string]>
}

/**
 * The floor's statements, written (outside the clock) for the units and dates the table holds.
 * On SQLite (`dialect`), each reads the table straight through (`not indexed`): the year is
 * half the records, which SQLite's planner would otherwise read row by row through the date
 * index, a third slower.
 */
export const written = async (run: Run, table: string, dialect: "sqlite" | "postgres"): Promise<Statements> => {
  const units = (await run(`select distinct unit_id from ${table}`)).map((r) => String(r.unit_id))
  const source = dialect === "sqlite" ? `${table} not indexed` : table
  const province = provinceCase(vietnam, units)
  const period = (grain: "quarter" | "year") => periodCase(grain, FIRST, LAST)
  const inYear = `date >= '${FIRST}' and date <= '${LAST}'`
  const measures = [
    ...counts.map(([code, where]) => `count(case when ${where} then 1 end) as "${code}"`),
    ...persons.map(([code, where]) => `count(distinct case when ${where} then person_id end) as "${code}"`),
    ...sums.map(([code, column, where]) => `coalesce(sum(case when ${where} then ${column} end), 0) as "${code}"`)
  ].join(", ")
  const scopes = [true, false] as const
  const grains = ["quarter", "year"] as const
  const main = grains.flatMap((grain) =>
    scopes.map((byProvince) => {
      const keys = byProvince ? `${province} as u, ${period(grain)} as p` : `${period(grain)} as p`
      const group = byProvince ? "u, p" : "p"
      return [grain, byProvince, `select ${keys}, ${measures} from ${source} where ${inYear} group by ${group}`] as const
    })
  )
  // each person's first record of the year, by date then id: counted in its quarter and province
  const newPersons =
    `select u, p, count(*) as v from (select ${province} as u, ${period("quarter")} as p, ` +
    `row_number() over (partition by person_id order by date, id) as n from ${source} where person_id is not null and ${inYear}) f ` +
    `where n = 1 group by u, p`
  const packages = grains.flatMap((grain) =>
    scopes.map((byProvince) => {
      const keys = byProvince ? `${province} as u, ${period(grain)} as p` : `${period(grain)} as p`
      const group = byProvince ? "u, p" : "p"
      const inner = `select ${keys}, person_id from ${source} where person_id is not null and ${inYear} and ${PACKAGE} group by ${group}, person_id having count(distinct service) >= 2`
      return [grain, byProvince, `select ${byProvince ? "u, " : ""}p, count(*) as v from (${inner}) r group by ${group}`] as const
    })
  )
  return { main, newPersons, packages }
}

/** Every cell of the covered indicators as `indicator|period|unit=value`, the total unit `*`. */
export const byHand = async (run: Run, s: Statements): Promise<Array<string>> => {
  const cells = new Map<string, number>()
  const at = (code: string, period: unknown, unit: unknown) => `${code}|${String(period)}|${unit === undefined ? "*" : String(unit)}`
  const groups: Array<readonly [unknown, unknown]> = []
  for (const [, byProvince, statement] of s.main) {
    for (const row of await run(statement)) {
      const unit = byProvince ? row.u : undefined
      groups.push([row.p, unit])
      for (const code of [...counts, ...persons, ...sums].map((m) => m[0])) cells.set(at(code, row.p, unit), Number(row[code]))
    }
  }
  // where there are records, a count with none to count is 0
  for (const [period, unit] of groups) for (const code of ["NEW_PERSONS", "PACKAGE_REACH"]) cells.set(at(code, period, unit), 0)
  const add = (key: string, v: number) => cells.set(key, (cells.get(key) ?? 0) + v)
  // new persons: each counted once, at its first record, so the year and the total are sums
  for (const row of await run(s.newPersons)) {
    const v = Number(row.v)
    add(at("NEW_PERSONS", row.p, row.u), v)
    add(at("NEW_PERSONS", "2020", row.u), v)
    add(at("NEW_PERSONS", row.p, undefined), v)
    add(at("NEW_PERSONS", "2020", undefined), v)
  }
  for (const [, byProvince, statement] of s.packages) {
    for (const row of await run(statement)) cells.set(at("PACKAGE_REACH", row.p, byProvince ? row.u : undefined), Number(row.v))
  }
  return [...cells].map(([key, v]) => `${key}=${v}`)
}
