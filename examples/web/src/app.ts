/**
 * The app's one client: PGlite persisted in this browser's IndexedDB, the deployment keyring
 * kept in this browser's storage, the disclosure solver's WebAssembly served with the app.
 */
import { Client, Pseudonyms } from "@pctnxh/client"
import { pglite } from "@pctnxh/client/pglite"
import type { AdminUnit, Geography, Model } from "@pctnxh/core"
import highs from "highs/runtime?url"

const KEYRING = "pctnxh.keyring.v1"

/**
 * The pseudonym key. A real deployment provisions the agency's key on each device (the same
 * key everywhere, so a person gets the same pseudonym on every phone); this example makes one
 * on first use and keeps it in this browser.
 */
const keyring = async (): Promise<{ keys: [{ id: string; secret: string }] }> => {
  const saved = localStorage.getItem(KEYRING)
  if (saved !== null) return JSON.parse(saved)
  const key = await Pseudonyms.generateKey(`web-${new Date().toISOString().slice(0, 10).replaceAll("-", "")}`)
  const config = { keys: [key] as [typeof key] }
  localStorage.setItem(KEYRING, JSON.stringify(config))
  return config
}

let opened: Promise<Client.Client> | undefined

export const client = (): Promise<Client.Client> =>
  (opened ??= (async () =>
    Client.open(pglite(`idb://${new URLSearchParams(location.search).get("db") ?? "pctnxh"}`), {
      keyring: await keyring(),
      actor: "web",
      solver: { locateFile: () => highs }
    }))())

/** The models recorded, by name. */
export const models = async (): Promise<ReadonlyArray<Model.Model>> => {
  const c = await client()
  const out: Array<Model.Model> = []
  for await (const m of c.records.list("model")) out.push(m)
  return out.sort((a, b) => a.name.localeCompare(b.name, "vi"))
}

export const geography = async (): Promise<Geography.Geography> => (await client()).geography()

/** The provinces on a date. */
export const provinces = async (asOf: string): Promise<ReadonlyArray<AdminUnit.AdminUnit>> =>
  [...(await geography()).unitsAt("province", asOf)].sort((a, b) => a.name.localeCompare(b.name, "vi"))

/** The communes and wards of a province on a date (through its districts before July 2025). */
export const communes = async (provinceId: string, asOf: string): Promise<ReadonlyArray<AdminUnit.AdminUnit>> => {
  const g = await geography()
  return g
    .children(provinceId, asOf)
    .flatMap((u) => (u.level === "commune" ? [u] : g.children(u.id, asOf)))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
}

/** The province a unit lies in on a date. */
export const provinceOf = async (unitId: string, asOf: string): Promise<string | undefined> => {
  const found = (await geography()).resolveAt(unitId, "province", asOf)
  return found._tag === "Some" ? found.value.id : undefined
}
