import { Client } from "@pctnxh/client"
import { describe, expect, it } from "vitest"

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

describe("the Promise client", () => {
  it("decodes untrusted records, rejecting the whole batch with every bad row named", async () => {
    const client = Client.memory()
    const rows = [event("e1", "p1", "2019-03-14"), { ...event("e2", "p2", "2019-13-01"), sex: "Nữ" }, event("e3", "p1", "2019-03-15")]
    const error = await client.put("serviceEvent", rows).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toMatchObject({ _tag: "InvalidBatch", entity: "serviceEvent", size: 3 })
    const batch = error as { records: ReadonlyArray<{ index: number; issues: ReadonlyArray<{ field: string }> }>; message: string }
    expect(batch.records.map((r) => r.index)).toEqual([1])
    expect(batch.records[0]?.issues.map((i) => i.field).sort()).toEqual(["date", "sex"])
    expect(batch.message).not.toContain("Nữ")
    expect(batch.message).not.toContain("2019-13-01")
    expect(await client.count("serviceEvent")).toBe(0)
    await client.dispose()
  })

  it("stores, reads, lists and aggregates with plain JSON queries", async () => {
    const client = Client.memory()
    await client.put("serviceEvent", [event("e1", "p1", "2019-03-14"), event("e2", "p1", "2019-03-15"), event("e3", "p2", "2019-12-15")])
    expect((await client.get("serviceEvent", "e2"))?.date).toBe("2019-03-15")
    expect(await client.get("serviceEvent", "nope")).toBeUndefined()
    const ids: Array<string> = []
    for await (const e of client.list("serviceEvent", { batchSize: 2 })) ids.push(e.id)
    expect(ids).toEqual(["e1", "e2", "e3"])
    const rows = await client.aggregate({
      source: "serviceEvent",
      measure: { _tag: "distinct", field: "personId" },
      filters: [],
      groupBy: [{ _tag: "period", grain: "quarter", calendar: "administrative" }]
    })
    expect(rows).toEqual([
      { key: { period: "2019Q1" }, value: 1 },
      { key: { period: "2019Q2" }, value: 1 },
      { key: { period: "2020Q1" }, value: 1 }
    ])
    await expect(client.aggregate({ source: "serviceEvent", measure: { _tag: "sum", field: "fine" }, filters: [], groupBy: [] })).rejects.toMatchObject({
      _tag: "InvalidQuery"
    })
    await expect(client.aggregate({ source: "serviceEvent", measure: { _tag: "median" } })).rejects.toMatchObject({
      _tag: "InvalidQuery"
    })
    await client.dispose()
  })

  it("rolls a transaction back when the work throws", async () => {
    const client = Client.memory()
    await expect(
      client.transaction(async (tx) => {
        await tx.put("serviceEvent", [event("e1", "p1", "2019-03-14")])
        expect(await tx.count("serviceEvent")).toBe(1)
        throw new Error("stop")
      })
    ).rejects.toThrow("stop")
    expect(await client.count("serviceEvent")).toBe(0)
    const done = await client.transaction(async (tx) => (await tx.put("serviceEvent", [event("e1", "p1", "2019-03-14")])).inserted)
    expect(done).toBe(1)
    expect(await client.count("serviceEvent")).toBe(1)
    await client.dispose()
  })
})
