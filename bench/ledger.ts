/**
 * How large a release ledger the door can check within a minute.
 *
 * A province publishes the same measure again and again: twelve monthly tables by commune,
 * district and sex, then the four quarters, then the year. Each release is checked together with
 * everything released to the same audience before, as one linear system, so each check is larger
 * than the one before. This runs that sequence for provinces of growing size and prints, for each
 * release, the ledger it was checked against (releases, cells) and how long the check took. A
 * size stops at the first refusal: a check past the time limit (60 s by default,
 * `AttackerCheck.TimeLimit`) fails closed with `CheckTooLong`, and a system over the door's size
 * limit with `InvalidTable`.
 *
 *   pnpm bench:ledger                         # 10, 20, 40 and 80 communes
 *   pnpm bench:ledger --communes 40 --limit 60
 *
 * Counts are drawn from a seeded generator: about one cell in six is under 5, as in a
 * province's monthly outreach figures. Writes JSON to bench/results/.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { AttackerCheck, Audience, Audit, Disclosure, ReleaseLedger } from "@pctnxh/privacy"
import { MemoryStore } from "@pctnxh/store-memory"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i < 0 ? undefined : process.argv[i + 1]
}
const sizes = (arg("communes") ?? "10,20,40,80").split(",").map(Number)
const limitSeconds = Number(arg("limit") ?? 60)

/** A small seeded generator (mulberry32), so every run draws the same counts. */
const generator = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

interface Province {
  readonly communes: ReadonlyArray<string>
  readonly parents: Readonly<Record<string, string>>
  /** Monthly contacts of women and men in each commune. */
  readonly counts: ReadonlyArray<ReadonlyArray<readonly [number, number]>>
}

const province = (communes: number): Province => {
  const random = generator(communes)
  const ids: Array<string> = []
  const parents: Record<string, string> = {}
  const districts = Math.max(1, Math.round(communes / 8))
  for (let d = 0; d < districts; d++) parents[`district-${d}`] = "province"
  for (let c = 0; c < communes; c++) {
    const id = `commune-${c}`
    ids.push(id)
    parents[id] = `district-${c % districts}`
  }
  const draw = () => (random() < 0.17 ? Math.floor(random() * 5) : 5 + Math.floor(random() * 40))
  const counts = Array.from({ length: 12 }, () => ids.map(() => [draw(), draw()] as const))
  return { communes: ids, parents, counts }
}

const MONTHS = Array.from({ length: 12 }, (_, i) => `2025M${String(i + 1).padStart(2, "0")}`)
const QUARTERS = ["2025Q1", "2025Q2", "2025Q3", "2025Q4"]

/** The table of one period: every commune, district and the province, by sex and in total. */
const table = (p: Province, period: string, months: ReadonlyArray<number>): Disclosure.Table => {
  const byUnit = new Map<string, [number, number]>()
  const add = (unit: string, f: number, m: number) => {
    const v = byUnit.get(unit) ?? [0, 0]
    byUnit.set(unit, [v[0] + f, v[1] + m])
  }
  p.communes.forEach((commune, i) => {
    let f = 0
    let m = 0
    for (const month of months) {
      f += p.counts[month]![i]![0]
      m += p.counts[month]![i]![1]
    }
    for (let unit: string | undefined = commune; unit !== undefined; unit = p.parents[unit]) add(unit, f, m)
  })
  const cells: Array<Disclosure.Cell> = []
  for (const [unit, [f, m]] of byUnit) {
    cells.push({ key: { period, unit, sex: "female" }, value: f })
    cells.push({ key: { period, unit, sex: "male" }, value: m })
    cells.push({ key: { period, unit, sex: "total" }, value: f + m })
  }
  return {
    id: `contacts-${period}`,
    measure: "OUTREACH_CONTACTS",
    kind: "frequency",
    dimensions: [
      Disclosure.periods("period", [...MONTHS, ...QUARTERS, "2025"]),
      Disclosure.dimension("unit", p.parents),
      Disclosure.categories("sex", ["female", "male"])
    ],
    cells
  }
}

interface Step {
  readonly release: string
  readonly releasesBefore: number
  readonly ledgerCells: number
  readonly tableCells: number
  readonly seconds: number
  readonly outcome: "released" | "refused"
  readonly error?: string
}

const run = (communes: number) =>
  Effect.gen(function* () {
    const p = province(communes)
    const sequence: Array<readonly [string, ReadonlyArray<number>]> = [
      ...MONTHS.map((m, i) => [m, [i]] as const),
      ...QUARTERS.map((q, i) => [q, [3 * i, 3 * i + 1, 3 * i + 2]] as const),
      ["2025", MONTHS.map((_, i) => i)] as const
    ]
    const steps: Array<Step> = []
    let ledgerCells = 0
    for (const [period, months] of sequence) {
      const t = table(p, period, months)
      const start = performance.now()
      const result = yield* Effect.either(
        Disclosure.releaseTables({ audience: Audience.national, tables: [t], id: period }).pipe(
          Effect.provideService(AttackerCheck.TimeLimit, limitSeconds)
        )
      )
      const seconds = (performance.now() - start) / 1000
      const step: Step = {
        release: period,
        releasesBefore: steps.length,
        ledgerCells,
        tableCells: t.cells.length,
        seconds,
        outcome: result._tag === "Right" ? "released" : "refused",
        ...(result._tag === "Left" ? { error: result.left._tag } : {})
      }
      steps.push(step)
      console.log(
        `${String(communes).padStart(4)} communes  ${period.padEnd(8)} ledger ${String(step.releasesBefore).padStart(2)} releases, ${String(ledgerCells).padStart(6)} cells  +${String(t.cells.length).padStart(5)}  ${seconds.toFixed(2).padStart(7)} s  ${step.outcome}${step.error === undefined ? "" : ` (${step.error})`}`
      )
      if (result._tag === "Left" || seconds > limitSeconds) break
      ledgerCells += t.cells.length
    }
    return { communes, steps }
  }).pipe(
    Effect.provide(Layer.mergeAll(AttackerCheck.layer, ReleaseLedger.layerMemory, Audit.layer.pipe(Layer.provide(MemoryStore.layer()))))
  )

const main = Effect.gen(function* () {
  const results = []
  for (const communes of sizes) {
    const r = yield* run(communes)
    results.push(r)
    const within = r.steps.filter((s) => s.outcome === "released" && s.seconds <= limitSeconds)
    const last = within.at(-1)
    if (last !== undefined) {
      console.log(
        `  → checked within ${limitSeconds} s: a ledger of ${last.releasesBefore} releases and ${last.ledgerCells.toLocaleString("en")} cells (+${last.tableCells} new cells, ${last.seconds.toFixed(1)} s)`
      )
    }
    if (within.length < r.steps.length) break
  }
  mkdirSync(new URL("./results/", import.meta.url), { recursive: true })
  const file = new URL(`./results/ledger-${new Date().toISOString().replace(/[:.]/g, "-")}.json`, import.meta.url)
  writeFileSync(file, JSON.stringify({ limitSeconds, node: process.version, results }, null, 2))
  console.log(`written ${file.pathname}`)
})

Effect.runPromise(main).catch((error) => {
  console.error(error)
  process.exit(1)
})
