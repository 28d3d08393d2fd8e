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
