/**
 * Drives the real CLI as a subprocess, the way an officer runs it.
 */
import ExcelJS from "exceljs"
import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { beforeAll, describe, expect, it } from "vitest"

const bin = fileURLToPath(new URL("../bin/pctnxh.js", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "pctnxh-cli-"))
const db = join(dir, "agency.db")

// asynchronous, so the test worker stays responsive while the CLI runs
const run = (...args: ReadonlyArray<string>): Promise<{ code: number | null; out: string; err: string; all: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: dir, env: { ...process.env, CI: "true" } })
    let out = ""
    let err = ""
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk))
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk))
    child.on("error", reject)
    child.on("close", (code) => resolve({ code, out, err, all: out + err }))
  })

const noStackTrace = (text: string) => {
  expect(text).not.toMatch(/\n\s+at\s.+:\d+:\d+/)
  expect(text).not.toContain("node_modules")
}

// a contact log as an officer keeps it: Vietnamese headers, dates written day first, labels
const CONTACTS = [
  "Mã bản ghi,Mã người,Mã mô hình,Mã đơn vị,Ngày,Dịch vụ,Hình thức,Đối tượng,Giới tính,Năm sinh,Cư trú",
  "LDV-001,P-AAA,HP-2019,11455,10/01/2019,Tư vấn,Tiếp cận cộng đồng,Người bán dâm,Nữ,1995,Tạm trú",
  "LDV-002,P-AAA,HP-2019,11455,12/04/2019,Tư vấn xét nghiệm HIV,Tiếp cận cộng đồng,Người bán dâm,Nữ,1995,Tạm trú",
  "LDV-003,P-BBB,HP-2019,11455,14/12/2019,Tư vấn,Tiếp cận cộng đồng,Người bán dâm,Nữ,1990,Không đăng ký cư trú",
  "LDV-004,P-CCC,HP-2019,11455,15/12/2019,Tư vấn,Tiếp cận cộng đồng,Người bán dâm,Nữ,1988,Tạm trú",
  "LDV-005,P-DDD,HP-2019,11455,31/02/2019,Tư vấn,Tiếp cận cộng đồng,Người bán dâm,Nữ,1993,Tạm trú",
  "LDV-006,P-EEE,HP-2019,11455,20/05/2019,Tư vấn,Tiếp cận cộng đồng,Người bán dâm,Đàn bà?,1991,Tạm trú"
].join("\n")

const writeVisits = async (path: string) => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("Kiểm tra")
  sheet.addRow(["KẾT QUẢ KIỂM TRA CƠ SỞ NĂM 2019"])
  sheet.addRow(["Mã bản ghi", "Mã đợt", "Mã cơ sở", "Loại hình", "Mã đơn vị", "Ngày kiểm tra", "Kết quả", "Tiền phạt"])
  sheet.addRow(["KT-1", "D-1", "CS-1", "Karaoke", "11455", "02/04/2019", "Vi phạm", "3.300.000"])
  sheet.addRow(["KT-2", "D-1", "CS-2", "Xoa bóp, massage", "11455", "02/04/2019", "Nhắc nhở", ""])
  sheet.addRow(["KT-3", "D-1", "CS-3", "Nhà nghỉ", "11455", "03/04/2019", "Nhắc nhở", "1.000.000"])
  await workbook.xlsx.writeFile(path)
}

beforeAll(async () => {
  writeFileSync(join(dir, "lien-he.csv"), "\uFEFF" + CONTACTS + "\n")
  await writeVisits(join(dir, "kiem-tra.xlsx"))
})

describe("pctnxh", () => {
  it("has --help on every command", { timeout: 240_000 }, async () => {
    const commands = [[], ["init"], ["import"], ["report"], ["export"], ["audit"], ["audit", "verify"], ["demo"]]
    const results = await Promise.all(commands.map((command) => run(...command, "--help", "--lang", "en")))
    results.forEach(({ code, out }, i) => {
      expect(code, commands[i]!.join(" ")).toBe(0)
      expect(out).toContain("USAGE")
      // written to a pipe, not a terminal: plain text, no colour codes
      expect(out).not.toContain("\u001b[")
    })
  })

  it("init creates the database and a private pseudonym key", async () => {
    const { code, out } = await run("init", "--db", db, "--lang", "en")
    expect(code).toBe(0)
    expect(out).toContain("is ready")
    expect(existsSync(join(dir, ".pctnxh", "keyring.json"))).toBe(true)
  })

  it("imports a CSV: valid rows stored, bad rows named by row and column without their values, exit 2", async () => {
    const { code, all } = await run("import", "lien-he.csv", "--kind", "serviceEvent", "--db", db, "--lang", "en")
    expect(code).toBe(2)
    expect(all).toMatch(/4 new/)
    expect(all).toMatch(/row 6/)
    expect(all).toMatch(/row 7/)
    expect(all).toContain("Ngày")
    expect(all).toContain("Giới tính")
    expect(all).not.toContain("31/02/2019")
    expect(all).not.toContain("Đàn bà")
    noStackTrace(all)
  })

  it("imports an XLSX below a title row, refusing a fine without a violation", async () => {
    const { code, all } = await run("import", "kiem-tra.xlsx", "--kind", "inspectionVisit", "--db", db, "--lang", "en")
    expect(code).toBe(2)
    expect(all).toMatch(/2 new/)
    expect(all).toMatch(/row 5/)
    expect(all).not.toContain("1.000.000")
  })

  it("re-importing the same files stores nothing twice", async () => {
    const again = await run("import", "lien-he.csv", "--db", db, "--lang", "en")
    expect(again.all).toMatch(/0 new/)
    expect(again.all).toMatch(/4 unchanged/)
    const visits = await run("import", "kiem-tra.xlsx", "--kind", "inspectionVisit", "--db", db, "--lang", "en")
    expect(visits.all).toMatch(/2 unchanged/)
  })

  it("reports a year under both calendars: 15 December belongs to the next administrative year", async () => {
    const report = async (calendar: string, audience = "model-officer") => {
      const out = join(dir, `report-${calendar}-${audience}.json`)
      const { code, all } = await run(
        "report", "--period", "2019", "--calendar", calendar, "--indicators", "CONTACTS,PERSONS_REACHED,INSPECTION_VISITS",
        "--audience", audience, "--db", db, "--format", "json", "--out", out
      )
      expect(code, all).toBe(0)
      return JSON.parse(readFileSync(out, "utf8")) as {
        cells: ReadonlyArray<{ indicator: string; adminUnit?: string | null; disaggregation: object; value: number | null; disclosure?: { status: string } }>
      }
    }
    type Saved = Awaited<ReturnType<typeof report>>
    const total = (r: Saved, code: string) =>
      r.cells.find((c) => c.indicator === code && c.adminUnit === undefined && Object.keys(c.disaggregation).length === 0)?.value
    const plain = await report("plain")
    const administrative = await report("administrative")
    expect(total(plain, "CONTACTS")).toBe(4)
    expect(total(administrative, "CONTACTS")).toBe(3)
    expect(total(plain, "PERSONS_REACHED")).toBe(3)
    expect(total(plain, "INSPECTION_VISITS")).toBe(2)
    // for a province audience, 2 establishment-visits is a cell too small to publish
    const province = await report("plain", "province")
    const visits = province.cells.find((c) => c.indicator === "INSPECTION_VISITS" && c.adminUnit === undefined && Object.keys(c.disaggregation).length === 0)
    expect(visits?.value).toBeNull()
    expect(visits?.disclosure?.status).toBe("suppressed")
  })

  it("prints a readable table, and exports a saved report to XLSX and CSV", async () => {
    const table = await run("report", "--period", "2019", "--calendar", "plain", "--indicators", "CONTACTS,PERSONS_REACHED", "--db", db, "--lang", "en")
    expect(table.code).toBe(0)
    expect(table.out).toContain("Indicator")
    expect(table.out).toMatch(/contact/i)
    const xlsx = await run("export", join(dir, "report-plain-model-officer.json"), "--format", "xlsx", "--out", join(dir, "r.xlsx"), "--db", db)
    expect(xlsx.code, xlsx.all).toBe(0)
    expect(existsSync(join(dir, "r.xlsx"))).toBe(true)
    const csv = await run("export", join(dir, "report-plain-model-officer.json"), "--format", "csv", "--out", join(dir, "r.csv"), "--db", db)
    expect(csv.code, csv.all).toBe(0)
    expect(readFileSync(join(dir, "r.csv"), "utf8")).toContain("CONTACTS")
  })

  it("verifies the audit log", async () => {
    const { code, out } = await run("audit", "verify", "--db", db, "--lang", "en")
    expect(code).toBe(0)
    expect(out).toContain("intact")
  })

  it("answers bad input with one clear line and a non-zero exit", { timeout: 240_000 }, async () => {
    const cases: ReadonlyArray<ReadonlyArray<string>> = [
      ["import", "missing.csv", "--db", db],
      ["report", "--period", "2019Q5", "--db", db, "--lang", "en"],
      ["report", "--period", "2019", "--db", "postgres://postgres@127.0.0.1:1/nowhere", "--lang", "en"],
      ["export", join(dir, "lien-he.csv"), "--format", "xlsx", "--out", join(dir, "x.xlsx"), "--lang", "en"],
      ["report", "--period", "2019", "--db", db, "--format", "xlsx"]
    ]
    for (const args of cases) {
      const { code, err } = await run(...args)
      expect(code, args.join(" ")).not.toBe(0)
      const lines = err.split("\n").filter((l) => l.trim() !== "")
      expect(lines.length, err).toBeGreaterThanOrEqual(1)
      expect(lines.length, err).toBeLessThanOrEqual(2)
      noStackTrace(err)
    }
    expect((await run("report", "--period", "2019Q5", "--db", db, "--lang", "en")).err).toContain("quarter")
  })

  it("runs the demo end to end and writes XLSX, DHIS2 and ADX files", { timeout: 240_000 }, async () => {
    const { code, out, all } = await run("demo", "--dir", join(dir, "demo"), "--events", "1500", "--lang", "en")
    expect(code, all).toBe(0)
    expect(out).toContain("Indicator")
    for (const file of ["bao-cao-2019.xlsx", "dhis2-2019.json", "adx-2019.xml"]) expect(existsSync(join(dir, "demo", file)), file).toBe(true)
    const dvs = JSON.parse(readFileSync(join(dir, "demo", "dhis2-2019.json"), "utf8")) as { dataValues: ReadonlyArray<Record<string, string>> }
    expect(dvs.dataValues.length).toBeGreaterThan(10)
    for (const v of dvs.dataValues) {
      expect(typeof v.dataElement).toBe("string")
      expect(typeof v.orgUnit).toBe("string")
      expect(v.period).toBe("2019")
      expect(typeof v.value).toBe("string")
    }
  })
})

describe("the release door, as an officer meets it", () => {
  const demo = join(dir, "demo", "pctnxh-demo.db")
  const report = (...args: ReadonlyArray<string>) => run("report", "--period", "2019", "--db", demo, "--lang", "en", ...args)

  it("repeated releases, every audience, reports on the map before 2025 — and the audit log counts them", { timeout: 600_000 }, async () => {
    // the demo wrote its release; a donor report by province, then one without a level
    const byProvince = await report("--audience", "donor", "--level", "province")
    expect(byProvince.code, byProvince.all).toBe(0)
    const total = await report("--audience", "donor", "--format", "json", "--out", join(dir, "donor-total.json"))
    expect(total.code, total.all).toBe(0)
    // the public: keyed noise from the keyring beside the database
    const pub = await report("--audience", "public", "--level", "province", "--format", "json", "--out", join(dir, "public.json"))
    expect(pub.code, pub.all).toBe(0)
    const released = JSON.parse(readFileSync(join(dir, "public.json"), "utf8")) as {
      cells: ReadonlyArray<{ indicator: string; value: number | null; explanation: { en: string }; disclosure: { status: string }; contributions?: unknown }>
      release: { audience: string }
    }
    expect(released.release.audience).toBe("public")
    const contacts = released.cells.filter((c) => c.indicator === "CONTACTS")
    expect(contacts.every((c) => c.disclosure.status === "perturbed" || c.disclosure.status === "suppressed")).toBe(true)
    expect(released.cells.every((c) => c.contributions === undefined)).toBe(true)
    // a hidden or perturbed cell's explanation is its formula in words, without its figures
    expect(released.cells.filter((c) => c.disclosure.status !== "published").every((c) => !c.explanation.en.includes(" = "))).toBe(true)
    expect(released.cells.filter((c) => c.disclosure.status === "published").some((c) => c.explanation.en.includes(" = "))).toBe(true)
    // the map before the 2025 reorganisation, against a ledger that holds releases on today's
    const before = await report("--audience", "donor", "--level", "province", "--as-of", "2024-12-31")
    expect(before.code, before.all).toBe(0)
    // beyond the audience: refused in one line, naming the limit
    const commune = await report("--audience", "donor", "--level", "commune")
    expect(commune.code).not.toBe(0)
    expect(commune.err).toContain("commune level")
    noStackTrace(commune.err)
    // a saved report is a request: exported again, it goes through the door again
    const again = await run("export", join(dir, "donor-total.json"), "--audience", "donor", "--format", "xlsx", "--out", join(dir, "donor-total.xlsx"), "--db", demo)
    expect(again.code, again.all).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(dir, "donor-total.xlsx"))
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Báo cáo", "Giải thích", "Dữ liệu"])
    // the log counts every release and every file written
    const audit = await run("audit", "verify", "--db", demo, "--lang", "en")
    expect(audit.code, audit.all).toBe(0)
    const releases = Number(/Release of figures: (\d+)/.exec(audit.out)?.[1])
    const exports = Number(/Export of released figures[^:]*: (\d+)/.exec(audit.out)?.[1])
    // the demo: 1 release, 5 files; here 5 releases, 3 files
    expect(releases).toBe(6)
    expect(exports).toBe(8)
  })
})
