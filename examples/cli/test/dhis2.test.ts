/**
 * DHIS2 both ways through the real CLI, as an officer runs it: a mapping built from the
 * instance's metadata, checked, the report exported in the three formats, and read back in.
 */
import { spawn } from "node:child_process"
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { beforeAll, describe, expect, it } from "vitest"

const bin = fileURLToPath(new URL("../bin/pctnxh.js", import.meta.url))
const metadata = fileURLToPath(new URL("../../../packages/io/test/fixtures/dhis2-metadata.json", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "pctnxh-dhis2-"))
const db = join(dir, "agency.db")
const other = join(dir, "from-dhis2.db")

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

const CONTACTS = [
  "Mã bản ghi,Mã người,Mã mô hình,Mã đơn vị,Ngày,Dịch vụ,Hình thức,Đối tượng,Giới tính,Năm sinh,Cư trú",
  ...Array.from({ length: 24 }, (_, i) =>
    [`LDV-${i}`, `P-${i % 9}`, "HP-2019", "11455", `${String((i % 28) + 1).padStart(2, "0")}/${String((i % 12) + 1).padStart(2, "0")}/2019`, "Tư vấn", "Tiếp cận cộng đồng", "Người bán dâm", i % 3 === 0 ? "Nam" : "Nữ", "1995", "Tạm trú"].join(",")
  )
].join("\n")

beforeAll(async () => {
  writeFileSync(join(dir, "lien-he.csv"), "\uFEFF" + CONTACTS + "\n")
  copyFileSync(metadata, join(dir, "metadata.json"))
  expect((await run("init", "--db", db)).code).toBe(0)
  // dhis2 import reads into a database that exists: it never makes one up
  expect((await run("init", "--db", other)).code).toBe(0)
  expect((await run("import", "lien-he.csv", "--kind", "serviceEvent", "--db", db)).code).toBe(0)
  for (const calendar of ["plain", "administrative"]) {
    const r = await run(
      "report", "--period", "2019", "--calendar", calendar, "--level", "province", "--by", "sex", "--indicators", "CONTACTS,PERSONS_REACHED",
      "--audience", "model-officer", "--db", db, "--format", "json", "--out", join(dir, `r-${calendar}.json`)
    )
    expect(r.code, r.all).toBe(0)
  }
}, 120_000)

describe("pctnxh dhis2", () => {
  it("builds a mapping from the instance's metadata, lists what it could not match, and checks it", async () => {
    const built = await run("dhis2", "mapping", "metadata.json", "--report", "r-plain.json", "--out", "mapping.json", "--lang", "en")
    expect(built.code, built.all).toBe(0)
    expect(built.err).toMatch(/Matched 2 indicators, 1 units/)
    expect(built.err).toContain("Organisation units not matched")
    expect(built.err).toContain("Hà Tây")
    const mapping = JSON.parse(readFileSync(join(dir, "mapping.json"), "utf8"))
    expect(mapping.orgUnits).toEqual({ "*": "VN", "31@2025": "VN_31" })
    expect(mapping.unmatched.orgUnits.length).toBeGreaterThan(0)
    const checked = await run("dhis2", "check", "mapping.json", "--metadata", "metadata.json", "--report", "r-plain.json", "--lang", "en")
    expect(checked.code, checked.all).toBe(0)
    expect(checked.out).toContain("The mapping is usable")
    const broken = { ...mapping, orgUnits: { ...mapping.orgUnits, "31@2025": "VN_99" } }
    writeFileSync(join(dir, "broken.json"), JSON.stringify(broken))
    const bad = await run("dhis2", "check", "broken.json", "--metadata", "metadata.json", "--lang", "en")
    expect(bad.code).toBe(1)
    expect(bad.out).toContain('no organisation unit "VN_99"')
  }, 120_000)

  it("exports JSON, CSV and ADX, and reads each back: the same values, nothing stored twice", async () => {
    for (const [format, file] of [["dhis2", "d.json"], ["dhis2-csv", "d.csv"], ["adx", "d.xml"]] as const) {
      const e = await run("export", "r-plain.json", "--format", format, "--dhis2-mapping", "mapping.json", "--out", file, "--audience", "model-officer", "--db", db, "--lang", "en")
      expect(e.code, e.all).toBe(0)
      expect(e.out).toContain("Post to DHIS2")
    }
    const doc = JSON.parse(readFileSync(join(dir, "d.json"), "utf8")) as { dataElementIdScheme: string; dataValues: ReadonlyArray<{ orgUnit: string; categoryOptionCombo?: string }> }
    expect(doc.dataElementIdScheme).toBe("CODE")
    const first = await run("dhis2", "import", "d.json", "--mapping", "mapping.json", "--source", "province_report", "--db", other, "--lang", "en")
    expect(first.code, first.all).toBe(0)
    const units = doc.dataValues.filter((v) => v.orgUnit === "VN_31").length
    expect(units).toBeGreaterThan(0)
    expect(first.all).toContain(`Stored ${units} new records`)
    for (const file of ["d.csv", "d.xml"]) {
      const again = await run("dhis2", "import", file, "--mapping", "mapping.json", "--source", "province_report", "--db", other, "--lang", "en")
      expect(again.code, again.all).toBe(0)
      expect(again.all, file).toContain(`updated 0, ${units} unchanged`)
    }
  }, 180_000)

  it("refuses an administrative-calendar report with both calendars explained, unless the mapping declares the convention", async () => {
    const refused = await run("export", "r-administrative.json", "--format", "adx", "--dhis2-mapping", "mapping.json", "--out", "a.xml", "--audience", "model-officer", "--db", db, "--lang", "en")
    expect(refused.code).toBe(1)
    expect(refused.err).toContain("Decree 09/2019")
    expect(refused.err).toContain('"administrative": "sameId"')
    expect(refused.err).not.toMatch(/\n\s+at\s/)
    const mapping = JSON.parse(readFileSync(join(dir, "mapping.json"), "utf8"))
    writeFileSync(join(dir, "mapping-admin.json"), JSON.stringify({ ...mapping, periods: { administrative: "sameId" } }))
    const declared = await run("export", "r-administrative.json", "--format", "adx", "--dhis2-mapping", "mapping-admin.json", "--out", "a.xml", "--audience", "model-officer", "--db", db, "--lang", "en")
    expect(declared.code, declared.all).toBe(0)
    expect(declared.out).toContain("2019 (2018-12-15 to 2019-12-14) → DHIS2 2019 (2019-01-01 to 2019-12-31)")
    expect(readFileSync(join(dir, "a.xml"), "utf8")).toContain('period="2019-01-01/P1Y"')
  }, 120_000)

  it("rejects bad DHIS2 files with one clear line and the values named by place", async () => {
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ dataValues: [{ dataElement: "NOPE", period: "2019", orgUnit: "VN_31", value: "3" }] }))
    const bad = await run("dhis2", "import", "bad.json", "--mapping", "mapping.json", "--db", other, "--lang", "en")
    expect(bad.code).toBe(2)
    expect(bad.all).toContain('bad.json, value #1 (dataElement): data element "NOPE" is not in the mapping')
    writeFileSync(join(dir, "cut.json"), '{"dataValues":[{"dataElement":"PCTNXH_CONTACTS"')
    const cut = await run("dhis2", "import", "cut.json", "--mapping", "mapping.json", "--db", other, "--lang", "en")
    expect(cut.code).toBe(1)
    expect(cut.err).toContain("cut short")
  }, 120_000)

  it("writes CSV for a Vietnamese Excel with --numbers vi, status words in the chosen language", async () => {
    const e = await run("export", "r-plain.json", "--format", "csv", "--numbers", "vi", "--out", "vi.csv", "--audience", "model-officer", "--db", db)
    expect(e.code, e.all).toBe(0)
    const text = readFileSync(join(dir, "vi.csv"), "utf8")
    expect(text.split("\r\n")[0]).toContain(";")
    expect(text).toContain("Công bố")
    expect(text).not.toContain("published")
  }, 120_000)
})
