/**
 * The CLI never misleads: no database made up where none exists, every breakdown on screen,
 * counts that add up, help and errors in one language, and a clean stop on a signal.
 */
import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, writeFileSync } from "node:fs"
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
