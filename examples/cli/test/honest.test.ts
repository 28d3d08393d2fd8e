/**
 * The CLI never misleads: no database made up where none exists, every breakdown on screen,
 * counts that add up, help and errors in one language, and a clean stop on a signal.
 */
import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const bin = fileURLToPath(new URL("../bin/pctnxh.js", import.meta.url))

interface Ran {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly out: string
  readonly err: string
  readonly all: string
}

const run = (cwd: string, args: ReadonlyArray<string>, env: Record<string, string> = {}): Promise<Ran> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, CI: "true", PCTNXH_LANG: "", ...env } })
    let out = ""
    let err = ""
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk))
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk))
    child.on("error", reject)
    child.on("close", (code, signal) => resolve({ code, signal, out, err, all: out + err }))
  })

const fresh = () => mkdtempSync(join(tmpdir(), "pctnxh-honest-"))

describe("a command that reads a database", () => {
  it("refuses to run without one, naming the path and how to create it, and creates nothing", { timeout: 240_000 }, async () => {
    const dir = fresh()
    writeFileSync(join(dir, "saved.json"), "{}")
    writeFileSync(join(dir, "dhis2.json"), "{}")
    const cases: ReadonlyArray<ReadonlyArray<string>> = [
      ["report", "--period", "2019"],
      ["audit", "verify"],
      ["export", "saved.json", "--format", "csv", "--out", "x.csv"],
      ["dhis2", "import", "dhis2.json", "--mapping", "dhis2.json"],
      ["report", "--period", "2019", "--db", "khong-co.db"]
    ]
    const results = await Promise.all(cases.map((args) => run(dir, [...args, "--lang", "en"])))
    results.forEach((r, i) => {
      const args = cases[i]!.join(" ")
      expect(r.code, args).not.toBe(0)
      expect(r.err, args).toContain(args.includes("khong-co.db") ? "khong-co.db" : "pctnxh.db")
      expect(r.err, args).toContain("pctnxh init")
      expect(r.err, args).toContain("pctnxh import")
      expect(r.out, args).not.toMatch(/\b0\b/)
    })
    expect(existsSync(join(dir, "pctnxh.db"))).toBe(false)
    expect(existsSync(join(dir, "khong-co.db"))).toBe(false)
  })
})

// contacts with record ids, so files can overlap and repeat rows
const HEADER = "Mã bản ghi,Mã người,Mã mô hình,Mã đơn vị,Ngày,Dịch vụ,Hình thức,Đối tượng,Giới tính,Năm sinh,Cư trú"
const contact = (i: number) =>
  `LDV-${String(i).padStart(5, "0")},P-${i % 40},HP-2019,11455,${String((i % 28) + 1).padStart(2, "0")}/${String((i % 12) + 1).padStart(2, "0")}/2019,Tư vấn,Tiếp cận cộng đồng,Người bán dâm,${i % 3 === 0 ? "Nam" : "Nữ"},1990,Tạm trú`
const contacts = (from: number, to: number, repeat: ReadonlyArray<number> = []) =>
  "\uFEFF" + [HEADER, ...Array.from({ length: to - from }, (_, k) => contact(from + k)), ...repeat.map(contact)].join("\n") + "\n"

describe("a report by a breakdown", () => {
  it("prints every breakdown row in the terminal table, under its total", { timeout: 240_000 }, async () => {
    const dir = fresh()
    // 30 contacts: 10 by men (every third), 20 by women
    writeFileSync(join(dir, "lien-he.csv"), contacts(0, 30))
    expect((await run(dir, ["import", "lien-he.csv", "--db", "a.db", "--lang", "en"])).code).toBe(0)
    const args = ["report", "--period", "2019", "--calendar", "plain", "--indicators", "CONTACTS", "--audience", "model-officer", "--db", "a.db"]
    const en = await run(dir, [...args, "--by", "sex", "--lang", "en"])
    expect(en.code, en.all).toBe(0)
    const lines = en.out.split("\n")
    expect(lines.find((l) => l.startsWith("Service contacts"))).toMatch(/\b30$/)
    expect(lines.find((l) => l.trim().startsWith("Female"))).toMatch(/\b20$/)
    expect(lines.find((l) => l.trim().startsWith("Male"))).toMatch(/\b10$/)
    const vi = await run(dir, [...args, "--by", "sex"])
    expect(vi.out.split("\n").find((l) => l.trim().startsWith("Nữ"))).toMatch(/\b20$/)
  })
})

describe("--whole-file", () => {
  it("does what its help says, in both languages: bad rows listed and left out, the valid rows stored together", { timeout: 240_000 }, async () => {
    const dir = fresh()
    const [vi, en] = await Promise.all([run(dir, ["import", "--help"]), run(dir, ["import", "--help", "--lang", "en"])])
    expect(vi.out).toContain("Dòng bị từ chối vẫn được liệt kê và bỏ ra, các dòng hợp lệ vẫn được lưu")
    expect(en.out).toContain("Rejected rows are still listed and left out while the valid rows go in")
    expect(en.out).toContain("none of the file's rows is stored")
    // 5 valid rows and one with 31 February
    writeFileSync(join(dir, "lien-he.csv"), contacts(0, 5) + contact(5).replace("06/06/2019", "31/02/2019") + "\n")
    const imported = await run(dir, ["import", "lien-he.csv", "--whole-file", "--db", "a.db", "--lang", "en"])
    expect(imported.code).toBe(2)
    expect(imported.all).toMatch(/5 new/)
    expect(imported.all).toMatch(/row 7/)
  })
})

describe("import summaries", () => {
  const stored = (all: string) => Number(/Stored ([\d,]+) new record/.exec(all)?.[1]?.replaceAll(",", "") ?? Number.NaN)

  it("say each file once, with progress numbers written in the chosen language", { timeout: 240_000 }, async () => {
    const dir = fresh()
    writeFileSync(join(dir, "lien-he.csv"), contacts(0, 6_000))
    const en = await run(dir, ["import", "lien-he.csv", "--db", "en.db", "--lang", "en"])
    expect(en.code, en.all).toBe(0)
    expect(en.all.match(/Stored 6,000 new records/g)).toHaveLength(1)
    expect(en.all.match(/batches landed/g)).toHaveLength(1)
    // rows read when the first batch of 5,000 landed: the next batch is read meanwhile
    expect(en.err).toMatch(/lien-he\.csv: 5,\d{3}\n/)
    const vi = await run(dir, ["import", "lien-he.csv", "--db", "vi.db"])
    expect(vi.all.match(/Lưu 6\.000 bản ghi mới/g)).toHaveLength(1)
    expect(vi.all.match(/lô đã lưu/g)).toHaveLength(1)
    expect(vi.err).toMatch(/lien-he\.csv: 5\.\d{3}\n/)
  })

  it("4 imports at once of overlapping files into one SQLite file: the new records they report are the records stored", { timeout: 300_000 }, async () => {
    const dir = fresh()
    expect((await run(dir, ["init", "--db", "a.db"])).code).toBe(0)
    // files 0–3 overlap by half; each repeats some of its own ids inside one batch
    for (let k = 0; k < 4; k++) writeFileSync(join(dir, `lien-he-${k}.csv`), contacts(k * 300, k * 300 + 600, [k * 300, k * 300 + 1, k * 300 + 2]))
    const runs = await Promise.all([0, 1, 2, 3].map((k) => run(dir, ["import", `lien-he-${k}.csv`, "--db", "a.db", "--lang", "en"])))
    for (const r of runs) expect(r.code, r.all).toBe(0)
    const reported = runs.reduce((sum, r) => sum + stored(r.all), 0)
    // 1,500 distinct contacts, all of 2019
    const out = join(dir, "r.json")
    const report = await run(dir, [
      "report", "--period", "2019", "--calendar", "plain", "--indicators", "CONTACTS", "--audience", "model-officer",
      "--format", "json", "--out", out, "--db", "a.db"
    ])
    expect(report.code, report.all).toBe(0)
    const saved = JSON.parse(readFileSync(out, "utf8")) as { cells: ReadonlyArray<{ indicator: string; adminUnit?: string | null; disaggregation: object; value: number | null }> }
    const contactsStored = saved.cells.find((c) => c.indicator === "CONTACTS" && c.adminUnit === undefined && Object.keys(c.disaggregation).length === 0)?.value
    expect(contactsStored).toBe(1_500)
    expect(reported).toBe(1_500)
  })
})

describe("a signal", () => {
  /** The processes whose command line mentions `text` (Linux's /proc). */
  const processesMentioning = (text: string): ReadonlyArray<number> =>
    readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(text)
        } catch {
          return false
        }
      })
      .map(Number)

  const contactsOf = async (dir: string, db: string): Promise<number | null | undefined> => {
    const out = join(dir, `${db}.json`)
    const r = await run(dir, [
      "report", "--period", "2019", "--calendar", "plain", "--indicators", "CONTACTS", "--audience", "model-officer",
      "--format", "json", "--out", out, "--db", db
    ])
    expect(r.code, r.all).toBe(0)
    const saved = JSON.parse(readFileSync(out, "utf8")) as { cells: ReadonlyArray<{ indicator: string; adminUnit?: string | null; disaggregation: object; value: number | null }> }
    return saved.cells.find((c) => c.indicator === "CONTACTS" && c.adminUnit === undefined && Object.keys(c.disaggregation).length === 0)?.value
  }

  it("stops an import in one process with exit 143; running it again stores exactly what a clean import stores", { timeout: 300_000 }, async () => {
    const dir = fresh()
    writeFileSync(join(dir, "lon.csv"), contacts(0, 60_000))
    const child = spawn(process.execPath, [bin, "import", "lon.csv", "--db", "a.db", "--lang", "en"], {
      cwd: dir,
      env: { ...process.env, CI: "true" }
    })
    let err = ""
    const stopped = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on("close", (code, signal) => resolve({ code, signal }))
    )
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      const first = err === ""
      err += chunk
      if (first && /lon\.csv: \d/.test(err)) child.kill("SIGTERM")
    })
    const { code, signal } = await stopped
    expect(signal).toBeNull()
    expect(code, err).toBe(143)
    expect(err).toContain("Stopped on request")
    expect(() => process.kill(child.pid!, 0)).toThrow()
    expect(processesMentioning(dir)).toEqual([])
    // the rest comes in on a second run; a clean import into another database is the yardstick
    const again = await run(dir, ["import", "lon.csv", "--db", "a.db", "--lang", "en"])
    expect(again.code, again.all).toBe(0)
    const clean = await run(dir, ["import", "lon.csv", "--db", "clean.db", "--lang", "en"])
    expect(clean.code, clean.all).toBe(0)
    expect(clean.all).toContain("Stored 60,000 new records")
    expect(await contactsOf(dir, "a.db")).toBe(60_000)
    expect(await contactsOf(dir, "clean.db")).toBe(60_000)
  })
})

describe("help and errors in one language", () => {
  // eslint-disable-next-line no-control-regex
  const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "")
  const BUILT_IN = ["--completions", "--log-level", "(-h, --help)", "--wizard", "--version"]
  /** The option blocks of a help text: its header line and the lines under it. */
  const optionBlocks = (help: string) =>
    plain(help)
      .split(/\n(?=--|\(-h)/)
      .slice(1)
      .filter((block) => !BUILT_IN.some((b) => block.startsWith(b)))

  it("--help is Vietnamese by default and English with --lang en or PCTNXH_LANG=en; every option states its default", { timeout: 300_000 }, async () => {
    const dir = fresh()
    const commands = [["import"], ["report"], ["export"], ["demo"], ["dhis2", "import"], ["dhis2", "mapping"]]
    const vi = await Promise.all(commands.map((c) => run(dir, [...c, "--help"])))
    const en = await Promise.all(commands.map((c) => run(dir, [...c, "--help"], { PCTNXH_LANG: "en" })))
    const flag = await run(dir, ["report", "--help", "--lang", "en"])
    expect(plain(flag.out)).toContain("USAGE")
    expect(flag.out).toContain("Indicator codes, comma-separated")
    commands.forEach((c, i) => {
      const name = c.join(" ")
      expect(vi[i]!.code, name).toBe(0)
      expect(plain(vi[i]!.out), name).toContain("CÁCH DÙNG")
      expect(vi[i]!.out, name).not.toContain("This setting is optional")
      expect(vi[i]!.out, name).not.toContain("A user-defined piece of text")
      expect(plain(en[i]!.out), name).toContain("USAGE")
      for (const [out, word, optional] of [[vi[i]!.out, "mặc định", /Không bắt buộc/], [en[i]!.out, "default", /This setting is optional|repeated zero or more times/]] as const) {
        for (const block of optionBlocks(out)) {
          const option = block.split("\n")[0]
          // an optional setting says what happens without it; only a required one says it is required
          if (optional.test(block)) expect(block.toLowerCase(), `${name} ${option}`).toContain(word)
          else expect(block, `${name} ${option}`).toMatch(/bắt buộc|required/)
        }
      }
    })
    // the one required option
    const mapping = optionBlocks(en[commands.findIndex((c) => c.join(" ") === "dhis2 import")]!.out).find((b) => b.startsWith("--mapping"))
    expect(mapping).toBeDefined()
    expect(mapping).not.toContain("This setting is optional")
  })

  it("every error line starts with Lỗi: or Error:, the argument parser's included", { timeout: 300_000 }, async () => {
    const dir = fresh()
    const cases: ReadonlyArray<readonly [ReadonlyArray<string>, Record<string, string>, string]> = [
      [["report", "--bogus"], {}, "Lỗi: "],
      [["report", "--bogus", "--lang", "en"], {}, "Error: "],
      [["report", "--bogus"], { PCTNXH_LANG: "en" }, "Error: "],
      [["import", "khong-co.csv"], {}, "Lỗi: "],
      [["import", "khong-co.csv", "--lang", "en"], {}, "Error: "],
      [["report", "--calendar", "julian"], {}, "Lỗi: "],
      [["export"], { PCTNXH_LANG: "en" }, "Error: "],
      [["report", "--period", "2019"], {}, "Lỗi: "]
    ]
    const results = await Promise.all(cases.map(([args, env]) => run(dir, args, env)))
    results.forEach((r, i) => {
      const [args, env, prefix] = cases[i]!
      const name = `${JSON.stringify(env)} ${args.join(" ")}`
      expect(r.code, name).not.toBe(0)
      const lines = plain(r.err).split("\n").filter((l) => l.trim() !== "")
      expect(lines.length, `${name}: ${r.err}`).toBe(1)
      expect(lines[0], name).toMatch(new RegExp(`^${prefix}`))
    })
    expect(plain(results[0]!.err)).toContain("--bogus")
    expect(plain(results[3]!.err)).toContain("khong-co.csv")
  })
})
