import { Client } from "@pctnxh/client"
import { mysql } from "@pctnxh/client/mysql"
import { pglite } from "@pctnxh/client/pglite"
import { postgres } from "@pctnxh/client/postgres"
import { createConnection } from "node:net"
import pg from "pg"
import { createConnection as mysqlConnection } from "mysql2/promise"
import { describe, expect, it } from "vitest"

const PG_URL = process.env.PCTNXH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test"
const MYSQL_URL = process.env.PCTNXH_MYSQL_URL ?? "mysql://root@127.0.0.1:3306/test"

const reachable = (url: string): Promise<boolean> =>
  new Promise((resolve) => {
    const { hostname, port } = new URL(url)
    const socket = createConnection({ host: hostname, port: Number(port), timeout: 2000 })
    socket.once("connect", () => (socket.destroy(), resolve(true)))
    socket.once("error", () => resolve(false))
    socket.once("timeout", () => (socket.destroy(), resolve(false)))
  })

const schema = `client_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`

const event = {
  id: "e1",
  personId: "p1",
  modelId: "model-1",
  siteId: "31@pre2025",
  date: "2019-03-14",
  service: "counselling",
  channel: "outreach",
  population: "sex_worker",
  sex: "female",
  residence: "none"
}

const cases = [
  { name: "pglite", url: undefined, open: () => Client.open(pglite("memory://")), drop: async () => undefined },
  {
    name: "postgres",
    url: PG_URL,
    open: () => Client.open(postgres(PG_URL, { schema })),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL })
      await c.connect()
      await c.query(`drop schema if exists ${schema} cascade`)
      await c.end()
    }
  },
  {
    name: "mysql",
    url: MYSQL_URL,
    open: () => Client.open(mysql(MYSQL_URL, { schema })),
    drop: async () => {
      const c = await mysqlConnection(MYSQL_URL)
      await c.query(`drop database if exists ${schema}`)
      await c.end()
    }
  }
] as const

describe.each(cases)("the Promise client on $name", (c) => {
  it("runs transactions on the store's connection, and rolls them back", async (ctx) => {
    if (c.url !== undefined && !(await reachable(c.url))) {
      if (process.env.CI === "true") throw new Error(`${c.name} at ${c.url} is not reachable`)
      console.warn(`skipped: ${c.name} at ${c.url} is not reachable`)
      return ctx.skip()
    }
    const client = await c.open()
    try {
      await expect(
        client.transaction(async (tx) => {
          await tx.records.put("serviceEvent", [event])
          expect(await tx.records.count("serviceEvent")).toBe(1)
          throw new Error("stop")
        })
      ).rejects.toThrow("stop")
      expect(await client.records.count("serviceEvent")).toBe(0)
      expect(await client.transaction(async (tx) => (await tx.records.put("serviceEvent", [event])).inserted)).toBe(1)
      expect(await client.records.count("serviceEvent")).toBe(1)
      const byProvince = { source: "serviceEvent", measure: { _tag: "count" }, filters: [], groupBy: [{ _tag: "unit", level: "province", asOf: "2026-01-01" }] }
      const rows = await client.records.aggregate(byProvince)
      expect(rows).toEqual([{ key: { unit: "31@2025" }, value: 1 }])
      // several at once, as one: the same rows, and "no row" kept apart from 0
      const none = { source: "serviceEvent", measure: { _tag: "distinct", field: "personId" }, filters: [{ _tag: "period", period: "2030", calendar: "administrative" }], groupBy: [] }
      expect(await client.records.aggregateMany([byProvince, none])).toEqual([rows, await client.records.aggregate(none)])
    } finally {
      await client.dispose()
      await c.drop()
    }
  })
})
