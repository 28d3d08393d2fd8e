/**
 * `pnpm bench`: each case is timed against a floor measured in the same run on the same data —
 * the least work that gives the same answer — and printed as a ratio, so figures compare across
 * machines. Every run checks that the library's numbers equal the floor's and exits non-zero if
 * they do not.
 *
 *   pnpm bench [--events 100k|1M|10M|<n>] [--only <case>[,<case>]] [--repeat <n>] [--heap <MB>] [--smoke]
 *
 * Cases: import-sqlite, import-postgres, pseudonyms, report-sqlite, report-postgres,
 * report-standard-sqlite, report-standard-postgres, report-pglite (at most 200k events), memory
 * (at most 1M events), append-sqlite, append-postgres (1,000 events of another seed imported,
 * then the standard report again; they change the library's store, so they run last). `--smoke`
 * runs each once and
 * says nothing of speed. `--heap <MB>` runs both sides of each import in a Node whose old
 * generation is capped at that size (`--max-old-space-size`), as a host on a small machine
 * would: Node otherwise grows its heap by the machine's memory before it collects. Results are
 * written as JSON to `bench/results/`.
 */
import { spawn } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import type { Entity } from "@pctnxh/core"
import { events, uicOf, writeCsv } from "./lib/data.js"
import type { ImportResult } from "./lib/import.js"
import type { Figure } from "./lib/measure.js"
import { memory } from "./lib/memory.js"
import { pseudonyms } from "./lib/pseudonyms.js"
import { report, reportPglite } from "./lib/report.js"
import { afterAppend, standard } from "./lib/standard.js"

const here = dirname(fileURLToPath(import.meta.url))
const CASES = [
  "import-sqlite",
  "import-postgres",
  "pseudonyms",
  "report-sqlite",
  "report-postgres",
  "report-standard-sqlite",
  "report-standard-postgres",
  "report-pglite",
  "memory",
  "append-sqlite",
  "append-postgres"
] as const

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`)
  return i === -1 ? undefined : args[i + 1]
}
const count = (text: string): number => {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text)
  if (m === null) throw new Error(`--events takes a count such as 100k, 1M or 10M, not "${text}"`)
  return Math.round(Number(m[1]) * (m[2]?.toLowerCase() === "k" ? 1e3 : m[2]?.toLowerCase() === "m" ? 1e6 : 1))
}

const EVENTS = count(option("events") ?? "100k")
const SMOKE = args.includes("--smoke")
/** The imports' old generation, in MB, when capped (`--heap`). */
const HEAP = option("heap") === undefined ? undefined : count(option("heap")!)
const REPEAT = SMOKE ? 1 : Number(option("repeat") ?? 3)
const only = option("only")?.split(",")
for (const c of only ?? []) if (!(CASES as ReadonlyArray<string>).includes(c)) throw new Error(`no case "${c}"; cases: ${CASES.join(", ")}`)
const selected = CASES.filter((c) => only === undefined || only.includes(c))
const PG_URL = process.env.PCTNXH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test"
/** The prefix of the PostgreSQL schemas the cases create (`bench_library`, `bench_floor`). */
const SCHEMA = process.env.PCTNXH_BENCH_SCHEMA ?? "bench"

/**
 * The import's child process as one bundled module run by plain Node, as a deployed import runs:
 * its peak memory is the import's, not that of `tsx` compiling the sources on the fly. The
 * workspace packages are bundled from their sources; native and driver modules stay imports.
 * Made once per run, in `bench/results/` (not committed), where those imports resolve.
 */
let bundled: Promise<string> | undefined
const importModule = (): Promise<string> =>
  (bundled ??= (async () => {
    const { build } = await import("esbuild")
    mkdirSync(join(here, "results"), { recursive: true })
    const outfile = join(here, "results", `import-${process.pid}.mjs`)
    await build({
      entryPoints: [join(here, "lib", "import.ts")],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      conditions: ["@pctnxh/source"],
      external: ["better-sqlite3", "pg", "pg-native", "pg-copy-streams", "@electric-sql/pglite", "highs"],
      banner: { js: 'import { createRequire as __benchRequire } from "node:module"; const require = __benchRequire(import.meta.url);' },
      logLevel: "warning"
    })
    return outfile
  })())

const child = async (...argv: Array<string>): Promise<ImportResult> => {
  const module = await importModule()
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...(HEAP === undefined ? [] : [`--max-old-space-size=${HEAP}`]), module, ...argv], { stdio: ["ignore", "pipe", "inherit"] })
    let out = ""
    p.stdout.on("data", (d: Buffer) => (out += d.toString()))
    p.on("error", reject)
    p.on("close", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop()!) as ImportResult) : reject(new Error(`import ${argv.join(" ")} exited with ${code}`))))
  })
}

const importCase = async (dialect: "sqlite" | "postgres", csv: string, work: string): Promise<Figure> => {
  const target = (side: string) => (dialect === "sqlite" ? join(work, `${side}.db`) : `${SCHEMA}_${side}`)
  const floor = await child("floor", dialect, csv, target("floor"))
  const library = await child("library", dialect, csv, target("library"))
  const a = JSON.stringify(library.check)
  const b = JSON.stringify(floor.check)
  return {
    case: `import ${dialect}`,
    what: `${library.rows.toLocaleString("en")} rows`,
    ms: library.ms,
    floorMs: floor.ms,
    ratio: library.ms / floor.ms,
    perSecond: (library.rows / library.ms) * 1000,
    floorPerSecond: (floor.rows / floor.ms) * 1000,
    maxRssMb: library.maxRssMb,
    floorMaxRssMb: floor.maxRssMb,
    equal: a === b && library.rows === floor.rows,
    ...(a === b ? {} : { difference: `library ${a} / floor ${b}` })
  }
}

const fmt = (n: number | undefined, digits = 0) => (n === undefined ? "" : n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits }))

const print = (f: Figure) =>
  console.log(
    f.case.padEnd(17),
    f.what.padEnd(26),
    fmt(f.ms, 1).padStart(11),
    fmt(f.floorMs, 1).padStart(11),
    fmt(f.ratio, 2).padStart(7),
    fmt(f.perSecond).padStart(10),
    fmt(f.maxRssMb).padStart(7),
    f.equal ? "equal" : `DIFFERENT: ${f.difference}`
  )

const main = async () => {
  const work = mkdtempSync(join(tmpdir(), "pctnxh-bench-"))
  const figures: Array<Figure> = []
  try {
    const csv = join(work, "events.csv")
    const start = performance.now()
    const rows = await writeCsv(csv, EVENTS)
    console.log(`${rows.toLocaleString("en")} service events of @pctnxh/synth (seed "bench") in ${fmt(performance.now() - start)} ms; ${REPEAT} run(s) per figure${SMOKE ? " (smoke: equality only)" : ""}${HEAP === undefined ? "" : `; imports with the old generation capped at ${HEAP} MB`}`)
    console.log("case".padEnd(17), "what".padEnd(26), "ms".padStart(11), "floor ms".padStart(11), "ratio".padStart(7), "per s".padStart(10), "RSS MB".padStart(7), "check")
    const run = async (name: (typeof CASES)[number], f: () => Promise<Figure>) => {
      if (!selected.includes(name)) return
      const figure = await f()
      figures.push(figure)
      print(figure)
    }
    await run("import-sqlite", () => importCase("sqlite", csv, work))
    await run("import-postgres", () => importCase("postgres", csv, work))
    await run("pseudonyms", async () => {
      const codes = new Set<string>()
      for (const e of events(Math.min(EVENTS, 1_000_000))) codes.add(uicOf(e.personId ?? e.id, e.sex, e.birthYear))
      return pseudonyms([...codes], REPEAT)
    })
    // the report cases read what the library's import stored
    const reads = (dialect: "sqlite" | "postgres") => selected.some((c) => c === `report-${dialect}` || c === `report-standard-${dialect}`)
    if (reads("sqlite") && !selected.includes("import-sqlite")) await child("library", "sqlite", csv, join(work, "library.db"))
    await run("report-sqlite", () => report("sqlite", join(work, "library.db"), REPEAT, PG_URL))
    await run("report-standard-sqlite", () => standard("sqlite", join(work, "library.db"), REPEAT, PG_URL))
    if (reads("postgres") && !selected.includes("import-postgres")) await child("library", "postgres", csv, `${SCHEMA}_library`)
    await run("report-postgres", () => report("postgres", `${SCHEMA}_library`, REPEAT, PG_URL))
    await run("report-standard-postgres", () => standard("postgres", `${SCHEMA}_library`, REPEAT, PG_URL))
    if (EVENTS <= 200_000) await run("report-pglite", () => reportPglite(csv, REPEAT))
    if (EVENTS <= 1_000_000) {
      await run("memory", async () => {
        const all: Array<Entity.Of<"serviceEvent">> = [...events(EVENTS)]
        return memory(all, REPEAT)
      })
    }
    // last: they add rows to the library's store
    if (selected.some((c) => c.startsWith("append-"))) {
      const more = join(work, "append.csv")
      await writeCsv(more, 1_000, "bench-append")
      if (selected.includes("append-sqlite") && !reads("sqlite") && !selected.includes("import-sqlite")) await child("library", "sqlite", csv, join(work, "library.db"))
      await run("append-sqlite", () => afterAppend("sqlite", join(work, "library.db"), more, REPEAT, PG_URL))
      if (selected.includes("append-postgres") && !reads("postgres") && !selected.includes("import-postgres")) await child("library", "postgres", csv, `${SCHEMA}_library`)
      await run("append-postgres", () => afterAppend("postgres", `${SCHEMA}_library`, more, REPEAT, PG_URL))
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
    if (bundled !== undefined) rmSync(await bundled.catch(() => ""), { force: true })
  }
  const results = join(here, "results")
  mkdirSync(results, { recursive: true })
  const file = join(results, `${new Date().toISOString().replace(/[:.]/g, "-")}-${EVENTS}.json`)
  writeFileSync(file, JSON.stringify({ events: EVENTS, repeat: REPEAT, smoke: SMOKE, heapMb: HEAP ?? null, node: process.version, cpus: (await import("node:os")).cpus().length, figures }, null, 2) + "\n")
  console.log(`results: ${file}`)
  const wrong = figures.filter((f) => !f.equal)
  if (wrong.length > 0) {
    console.error(`the library's numbers differ from the floor's in: ${wrong.map((f) => f.case).join(", ")}`)
    process.exit(1)
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
