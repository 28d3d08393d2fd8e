import { AuditLog, Client, ClientError, Connector, Pseudonyms, Reports } from "@pctnxh/client"
import { file, save } from "@pctnxh/client/node"
import { sqlite } from "@pctnxh/client/sqlite"
import type { ReportSpec } from "@pctnxh/indicators"
import { ImportReport } from "@pctnxh/io"
import ExcelJS from "exceljs"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"

const dir = mkdtempSync(join(tmpdir(), "pctnxh-client-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const event = (id: string, personId: string, date: string) => ({
  id,
  personId,
  modelId: "model-1",
  siteId: "31@pre2025",
  date,
  service: "counselling",
  channel: "outreach",
  population: "sex_worker",
  sex: "female",
  residence: "none"
})

const rejection = (promise: Promise<unknown>): Promise<any> =>
  promise.then(
    () => {
      throw new Error("expected a rejection")
    },
    (error: unknown) => error
  )

const key = await Pseudonyms.generateKey("test-1")
const keyring = { keys: [key] as [typeof key] }
const dao = { motherName: "Nguyễn Thị Đào", fatherName: "Trần Văn Hùng", sex: "Nữ", birthYear: 1998 } as const

let files = 0
const stores: ReadonlyArray<readonly [string, () => Connector.Connector]> = [
  ["memory", () => Connector.memory()],
  ["sqlite", () => sqlite(join(dir, `client-${++files}.db`))]
]

const csv = (rows: ReadonlyArray<ReadonlyArray<string | number>>) => new TextEncoder().encode(rows.map((r) => r.join(",")).join("\n") + "\n")
const HEADER = ["Ngày", "Mã người", "Mô hình", "Mã đơn vị", "Dịch vụ", "Hình thức", "Đối tượng", "Giới tính", "Năm sinh", "Cư trú"]

describe.each(stores)("the Promise client on the %s store", (_name, connector) => {
  const open = (options: Client.Options = {}) => Client.open(connector(), { keyring, actor: "officer-1", ...options })

  it("records: decodes untrusted records, rejecting the whole batch with every bad row named and no value", async () => {
    const client = await open()
    try {
      const rows = [event("e1", "p1", "2019-03-14"), { ...event("e2", "p2", "2019-13-01"), sex: "Nữ" }, event("e3", "p1", "2019-03-15")]
      const error = await rejection(client.records.put("serviceEvent", rows))
      expect(error).toMatchObject({ _tag: "InvalidBatch", entity: "serviceEvent", size: 3 })
      expect(error.records.map((r: { index: number }) => r.index)).toEqual([1])
      expect(error.records[0].issues.map((i: { field: string }) => i.field).sort()).toEqual(["date", "sex"])
      expect(error.explain("vi")).not.toContain("Nữ")
      expect(error.message).not.toContain("2019-13-01")
      expect(await client.records.count("serviceEvent")).toBe(0)
    } finally {
      await client.dispose()
    }
  })

  it("records: stores, reads, lists and aggregates with plain JSON queries", async () => {
    const client = await open()
    try {
      await client.records.put("serviceEvent", [event("e1", "p1", "2019-03-14"), event("e2", "p1", "2019-03-15"), event("e3", "p2", "2019-12-15")])
      expect((await client.records.get("serviceEvent", "e2"))?.date).toBe("2019-03-15")
      expect(await client.records.get("serviceEvent", "nope")).toBeUndefined()
      const ids: Array<string> = []
      for await (const e of client.records.list("serviceEvent", { batchSize: 2 })) ids.push(e.id)
      expect(ids.sort()).toEqual(["e1", "e2", "e3"])
      const rows = await client.records.aggregate({
        source: "serviceEvent",
        measure: { _tag: "distinct", field: "personId" },
        filters: [],
        groupBy: [{ _tag: "period", grain: "quarter", calendar: "administrative" }]
      })
      expect([...rows].sort((a, b) => (String(a.key.period) < String(b.key.period) ? -1 : 1))).toEqual([
        { key: { period: "2019Q1" }, value: 1 },
        { key: { period: "2019Q2" }, value: 1 },
        { key: { period: "2020Q1" }, value: 1 }
      ])
      const byProvince = await client.records.aggregate({
        source: "serviceEvent",
        measure: { _tag: "count" },
        filters: [],
        groupBy: [{ _tag: "unit", level: "province", asOf: "2026-01-01" }]
      })
      expect(byProvince).toEqual([{ key: { unit: "31@2025" }, value: 3 }])
      await expect(client.records.aggregate({ source: "serviceEvent", measure: { _tag: "sum", field: "fine" }, filters: [], groupBy: [] })).rejects.toMatchObject({
        _tag: "InvalidQuery"
      })
      await expect(client.records.aggregate({ source: "serviceEvent", measure: { _tag: "median" } })).rejects.toMatchObject({ _tag: "InvalidQuery" })
      // several at once: each answer what `aggregate` gives
      const queries = [
        { source: "serviceEvent", measure: { _tag: "distinct", field: "personId" }, filters: [], groupBy: [{ _tag: "period", grain: "quarter", calendar: "administrative" }] },
        { source: "serviceEvent", measure: { _tag: "count" }, filters: [], groupBy: [{ _tag: "unit", level: "province", asOf: "2026-01-01" }] },
        { source: "serviceEvent", measure: { _tag: "count" }, filters: [{ _tag: "period", period: "2030", calendar: "administrative" }], groupBy: [] }
      ]
      const many = await client.records.aggregateMany(queries)
      expect(many).toHaveLength(3)
      for (const [i, query] of queries.entries()) {
        const one = await client.records.aggregate(query)
        expect([...many[i]!].sort((a, b) => (JSON.stringify(a.key) < JSON.stringify(b.key) ? -1 : 1))).toEqual(
          [...one].sort((a, b) => (JSON.stringify(a.key) < JSON.stringify(b.key) ? -1 : 1))
        )
      }
      expect(many[1]).toEqual([{ key: { unit: "31@2025" }, value: 3 }])
      expect(await client.records.aggregateMany([])).toEqual([])
      const refused = await client.records.aggregateMany([queries[0], { source: "serviceEvent", measure: { _tag: "median" } }]).catch((e: unknown) => e)
      expect(refused).toMatchObject({ _tag: "InvalidQuery" })
      expect((refused as Error).message).toContain("query 2:")
    } finally {
      await client.dispose()
    }
  })

  it("transaction: every write lands, or none when the work throws", async () => {
    const client = await open()
    try {
      await expect(
        client.transaction(async (tx) => {
          await tx.records.put("serviceEvent", [event("e1", "p1", "2019-03-14")])
          expect(await tx.records.count("serviceEvent")).toBe(1)
          throw new Error("stop")
        })
      ).rejects.toThrow("stop")
      expect(await client.records.count("serviceEvent")).toBe(0)
      expect(await client.transaction(async (tx) => (await tx.records.put("serviceEvent", [event("e1", "p1", "2019-03-14")])).inserted)).toBe(1)
      expect(await client.records.count("serviceEvent")).toBe(1)
    } finally {
      await client.dispose()
    }
  })

  it("pseudonyms: the same parts written differently give one pseudonym; rotation lifts old ones; no keyring is refused", async () => {
    const client = await open()
    const bare = await open({ keyring: undefined })
    try {
      const a = await client.pseudonyms.of(dao)
      const b = await client.pseudonyms.of({ motherName: "NGUYEN THI DAO", fatherName: "Hùng", sex: "female", birthYear: "1998" })
      expect(a).toEqual(b)
      expect(a).toMatchObject({ keyId: "test-1", personId: expect.stringMatching(/^[0-9a-f]{64}$/) })
      const next = await Pseudonyms.generateKey("test-2")
      const rotated = await open({ keyring: { keys: [key, next] } })
      try {
        const [current, old] = await rotated.pseudonyms.generations(dao)
        expect(old).toEqual(a)
        expect(await rotated.pseudonyms.lift(a)).toEqual(current)
      } finally {
        await rotated.dispose()
      }
      await expect(client.pseudonyms.of({ sex: "Nữ", birthYear: 1998 })).rejects.toMatchObject({ _tag: "IncompleteUic" })
      await expect(bare.pseudonyms.of(dao)).rejects.toMatchObject({ _tag: "InvalidKeyring" })
    } finally {
      await client.dispose()
      await bare.dispose()
    }
  })

  it("persons and consents: register from UIC parts, check, override, withdraw, and erase fully", async () => {
    const client = await open()
    try {
      const registered = await client.persons.register(dao, { population: "sex_worker", sex: "female", birthYear: 1998, residence: "temporary" })
      expect(registered.inserted).toBe(true)
      expect(await client.persons.register(dao, { population: "sex_worker", sex: "female", birthYear: 1998, residence: "temporary" })).toMatchObject({
        personId: registered.personId,
        inserted: false
      })
      const person = await client.persons.find({ ...dao, motherName: "Đào" })
      expect(person?.id).toBe(registered.personId)
      expect(JSON.stringify(person)).not.toMatch(/Đào|Hùng|DAO|HUNG/)
      const personId = registered.personId

      await client.consents.give({ id: "c-1", personId, given: "2019-01-02", purposes: [{ purpose: "referral", providerKind: "health_centre" }] })
      expect((await client.consents.of(personId)).map((c) => c.id)).toEqual(["c-1"])
      expect(await client.consents.check(personId, { purpose: "referral", providerKind: "health_centre", on: "2019-03-01" })).toEqual({
        basis: "consent",
        consentId: "c-1"
      })
      await expect(client.consents.check(personId, { purpose: "research", on: "2019-03-01" })).rejects.toMatchObject({ _tag: "ConsentRequired" })
      expect(
        await client.consents.check(
          personId,
          { purpose: "research", on: "2019-03-01" },
          { override: { basis: "competent_authority", note: "written request of the provincial police" } }
        )
      ).toEqual({ basis: "override", legalBasis: "competent_authority" })
      const withdrawn = await client.consents.withdraw("c-1", { on: "2019-06-01" })
      expect(withdrawn.withdrawn).toBe("2019-06-01")
      await expect(client.consents.check(personId, { purpose: "referral", providerKind: "health_centre", on: "2019-07-01" })).rejects.toMatchObject({
        _tag: "ConsentRequired"
      })

      await client.records.put("serviceEvent", [event("e1", personId, "2019-03-14"), event("e2", personId, "2019-04-14")])
      await client.records.put("vaultEntry", [
        { id: "v-1", personId, keyId: "test-1", wrappedKey: "abc", values: [{ field: "phone", ciphertext: "xyz" }], updated: "2019-03-14T00:00:00Z" }
      ])
      const before = await client.audit.verify()
      expect(before.problems).toEqual([])
      const summary = await client.persons.erase(personId, { actor: "officer-2" })
      expect(summary).toEqual({ person: true, consents: 1, unlinked: 2, vaultEntries: 1, auditRedacted: 1 })
      expect(await client.records.get("person", personId)).toBeUndefined()
      expect(await client.consents.of(personId)).toEqual([])
      const vault = await client.records.get("vaultEntry", "v-1")
      expect(vault?.personId).toBeUndefined()
      expect(vault?.values).toEqual([])
      const events: Array<string | undefined> = []
      for await (const e of client.records.list("serviceEvent")) events.push(e.personId)
      expect(events.every((id) => id !== personId)).toBe(true)
      expect(new Set(events).size).toBe(1) // the surrogate still links the two contacts
      for await (const entry of client.records.list("auditEntry")) expect(entry.subject?.id).not.toBe(personId)
      const after = await client.audit.verify()
      expect(after.problems).toEqual([])
      expect(after.length).toBe(before.length + 1)
      expect(await client.persons.find(dao)).toBeUndefined()
      expect(await client.persons.erase(personId)).toMatchObject({ person: false, consents: 0, unlinked: 0 })
    } finally {
      await client.dispose()
    }
  })

  it("imports: the row report names the row, column and reason; UIC columns become pseudonyms; progress is reported", async () => {
    const client = await open()
    try {
      const bytes = csv([
        HEADER,
        ["15/06/2019", "P-001", "HP-1", "308", "Tư vấn", "Tiếp cận cộng đồng", "Người bán dâm", "Nữ", 1995, "Tạm trú"],
        ["31/02/2019", "P-002", "HP-1", "308", "Tư vấn", "Tiếp cận cộng đồng", "Người bán dâm", "Nữ", 1996, "Tạm trú"],
        ["16/06/2019", "P-003", "HP-1", "308", "Tư vấn", "Tiếp cận cộng đồng", "Người bán dâm", "Nữ", 1990, "Thường trú"]
      ])
      const preview = await client.imports.check(bytes, { kind: "serviceEvent", name: "tiep-can.csv" })
      expect(preview).toMatchObject({ dryRun: true, valid: 2, rejected: 1, inserted: 0 })
      expect(await client.records.count("serviceEvent")).toBe(0)
      const seen: Array<number> = []
      const report = await client.imports.run(new Blob([bytes]), { kind: "serviceEvent", name: "tiep-can.csv", batchSize: 1, onProgress: (p) => seen.push(p.rows) })
      expect(report).toMatchObject({ file: "tiep-can.csv", read: 3, valid: 2, rejected: 1, inserted: 2 })
      expect(seen.length).toBeGreaterThan(1)
      // a File names itself (and has a bytes() method, in browsers and Node 22+)
      const named = new File([bytes], "tiep-can-lai.csv")
      expect(await client.imports.check(Object.assign(named, { bytes: () => Promise.resolve(bytes) }), { kind: "serviceEvent" })).toMatchObject({ file: "tiep-can-lai.csv", valid: 2 })
      expect(ImportReport.explainRow(report.rejections[0]!, "vi")).toBe(
        'tiep-can.csv, dòng 3, cột A "Ngày" (date): không phải là ngày có thật (trong khoảng 1900–2200)'
      )
      expect(JSON.stringify(report)).not.toContain("31/02/2019")
      // again: nothing is stored twice
      expect(await client.imports.run(new Blob([bytes]), { kind: "serviceEvent", name: "tiep-can.csv" })).toMatchObject({ inserted: 0, unchanged: 2 })

      const path = join(dir, `uic-${_name}.csv`)
      writeFileSync(
        path,
        csv([
          ["Ngày", "Họ tên mẹ", "Họ tên bố", "Giới tính", "Năm sinh", "Mã mô hình", "Mã đơn vị", "Dịch vụ", "Hình thức", "Đối tượng", "Cư trú"],
          ["20/06/2019", "Nguyễn Thị Đào", "Trần Văn Hùng", "Nữ", 1998, "HP-1", "308", "Tư vấn", "Tiếp cận cộng đồng", "Người bán dâm", "Tạm trú"]
        ])
      )
      const withUic = await client.imports.run(file(path), { kind: "serviceEvent" })
      expect(withUic).toMatchObject({ file: `uic-${_name}.csv`, pseudonymised: 1, inserted: 1 })
      const { personId } = await client.pseudonyms.of(dao)
      const stored: Array<unknown> = []
      for await (const e of client.records.list("serviceEvent")) if (e.personId === personId) stored.push(e)
      expect(stored).toHaveLength(1)
      expect(JSON.stringify(stored)).not.toMatch(/Đào|Hùng/)

      const bare = await open({ keyring: undefined })
      try {
        await expect(bare.imports.run(file(path), { kind: "serviceEvent" })).rejects.toMatchObject({ _tag: "PseudonymiserRequired" })
        await expect(bare.imports.run(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), { kind: "serviceEvent" })).rejects.toMatchObject({
          _tag: "UnreadableFile",
          format: "xls"
        })
      } finally {
        await bare.dispose()
      }
    } finally {
      await client.dispose()
    }
  })

  it("demo, reports, release, export and audit: the donor's release suppresses small cells, and every format reads back", async () => {
    const client = await open()
    try {
      let progress = 0
      const loaded = await client.demo.load({ seed: 7, events: 600, years: [2019, 2019], onProgress: (n) => (progress = n) })
      expect(loaded.records).toBe(progress)
      expect(await client.records.count("serviceEvent")).toBe(loaded.byKind.serviceEvent)
      await client.demo.load({ seed: 7, events: 600, years: [2019, 2019] })
      expect(await client.records.count("serviceEvent")).toBe(loaded.byKind.serviceEvent)

      const spec: ReportSpec.Encoded = {
        indicators: ["CONTACTS", "PERSONS_REACHED", "HIV_TESTING_REFERRALS", "VIOLATION_RATE"],
        periods: ["2019"],
        calendar: "plain",
        adminUnits: { level: "province", asOf: "2019-12-31" },
        disaggregations: [["service"]]
      }
      const report = await client.reports.run(spec)
      const persons = report.cells.find((c) => c.indicator === "PERSONS_REACHED" && c.adminUnit === undefined && Object.keys(c.disaggregation).length === 0)
      const [distinct] = await client.records.aggregate({
        source: "serviceEvent",
        measure: { _tag: "distinct", field: "personId" },
        filters: [{ _tag: "period", period: "2019", calendar: "plain" }],
        groupBy: []
      })
      expect(persons?.value).toBe(distinct?.value)
      expect(persons?.unit).toBe("persons")
      await expect(client.reports.run({ ...spec, periods: ["2019Q5"] })).rejects.toMatchObject({ _tag: "InvalidSpec", field: "periods.0" })

      const preview = await client.reports.preview(report, "donor")
      const released = await client.reports.release(report, "donor")
      expect(released.report.cells.map((c) => c.disclosure)).toEqual(preview.cells.map((c) => c.disclosure))
      await expect(client.reports.export(preview as never, "csv")).rejects.toMatchObject({ _tag: "NotReleased" })
      expect(released).toMatchObject({ audience: "donor", id: expect.any(String) })
      const suppressed = released.report.cells.filter((c) => c.disclosure?.status === "suppressed")
      expect(suppressed.length).toBe(released.suppressed)
      expect(suppressed.length).toBeGreaterThan(0)
      expect(suppressed.every((c) => c.value === null && c.numerator === null)).toBe(true)
      await expect(client.reports.release(report, "journalists")).rejects.toMatchObject({ _tag: "NotAllowed" })
      await expect(client.reports.export({ ...released }, "csv")).rejects.toBeInstanceOf(ClientError.NotReleased)
      await expect(client.reports.export(report as never, "csv")).rejects.toMatchObject({ _tag: "NotReleased" })

      const xlsx = await client.reports.export(released, "xlsx", { lang: "en" })
      expect(xlsx.name).toBe("bao-cao-2019-donor.xlsx")
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(xlsx.bytes as never)
      expect(workbook.worksheets.map((w: { name: string }) => w.name)).toEqual(["Report", "Notes", "Data"])
      const csvFile = await client.reports.export(released, "csv")
      const lines = csvFile.text().trim().split("\r\n")
      expect(lines.length).toBe(released.report.cells.length + 1)
      expect(csvFile.blob().type).toBe("text/csv;charset=utf-8")
      const json = JSON.parse((await client.reports.export(released, "json")).text())
      expect(json.cells.filter((c: { disclosure?: { status: string } }) => c.disclosure?.status === "suppressed").every((c: { value: unknown }) => c.value === null)).toBe(true)
      const dhis2 = await client.reports.export(released, "dhis2")
      const doc = JSON.parse(dhis2.text())
      expect(doc.dataValues.length).toBe(dhis2.dhis2?.sent)
      expect(dhis2.dhis2?.omitted.suppressed).toBeGreaterThan(0)
      expect(doc.dataValues.some((v: { dataElement: string; orgUnit: string }) => v.dataElement === "PCTNXH_CONTACTS" && v.orgUnit === "VN")).toBe(true)
      const adx = await client.reports.export(released, "adx")
      expect(adx.text()).toContain("urn:ihe:qrph:adx:2015")
      const written = await save(xlsx, dir)
      expect(readFileSync(written).length).toBe(xlsx.bytes.length)

      const administrative = await client.reports.release(await client.reports.run({ ...spec, calendar: "administrative" }), "province")
      await expect(client.reports.export(administrative, "dhis2")).rejects.toMatchObject({ _tag: "Dhis2CalendarMismatch" })
      const sameId = { ...Reports.dhis2Codes(administrative.report), periods: { administrative: "sameId" as const } }
      expect((await client.reports.export(administrative, "dhis2", { mapping: sameId })).dhis2?.sent).toBeGreaterThan(0)

      const head = await client.audit.head()
      expect(head?.sequence).toBeGreaterThanOrEqual(1)
      const verified = await client.audit.verify({ head: head! })
      expect(verified.problems).toEqual([])
      const entries = []
      for await (const entry of client.records.list("auditEntry")) entries.push(entry)
      expect(entries.filter((e) => e.action === "release").map((e) => e.details.audience)).toEqual(["donor", "province"])
      expect(await AuditLog.verifyEntries(entries, head)).toMatchObject({ problems: [] })
      const edited = entries.map((e, i) => (i === 0 ? { ...e, actor: "someone-else" } : e))
      expect((await AuditLog.verifyEntries(edited as never, head)).problems).toEqual([{ sequence: 0, kind: "edited" }])
    } finally {
      await client.dispose()
    }
  })
})

describe("opening a client", () => {
  it("names a missing driver package and the command that installs it", async () => {
    // a real failed import, as Node reports it
    const error = await rejection(Connector.loadDriver("sqlite", ["no-such-driver-pkg"], () => import("no-such-driver-pkg" as string)))
    expect(error).toBeInstanceOf(ClientError.DriverMissing)
    expect(error).toMatchObject({ package: "no-such-driver-pkg", install: "npm install no-such-driver-pkg" })
    const missing = await rejection(
      Connector.loadDriver("sqlite", ["better-sqlite3", "kysely"], async () => {
        throw Object.assign(new Error("Cannot find package 'better-sqlite3' imported from /app/node_modules/@pctnxh/store-sql/dist/sqlite.js"), {
          code: "ERR_MODULE_NOT_FOUND"
        })
      })
    )
    expect(missing).toMatchObject({ _tag: "DriverMissing", store: "sqlite", package: "better-sqlite3", install: "npm install better-sqlite3@^12" })
    expect(missing.explain("vi")).toBe("Kho sqlite cần gói better-sqlite3: gói này chưa được cài. Cài bằng: npm install better-sqlite3@^12")
    const rebuilt = await rejection(
      Connector.loadDriver("sqlite", ["better-sqlite3", "kysely"], async () => {
        throw new Error("The module '/x/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115.")
      })
    )
    expect(rebuilt).toMatchObject({ _tag: "DriverMissing", install: "npm rebuild better-sqlite3" })
    const other = new Error("something else")
    expect(await rejection(Connector.loadDriver("sqlite", ["better-sqlite3"], async () => Promise.reject(other)))).toBe(other)
  })

  it("rejects with StoreError when the database cannot be opened, and resolves the default audiences by id", async () => {
    await expect(Client.open(sqlite(join(dir, "no-such-dir", "x.db")))).rejects.toMatchObject({ _tag: "StoreError" })
  })
})
