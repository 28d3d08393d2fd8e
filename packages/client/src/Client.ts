/**
 * The Promise door: everything an application does with `@pctnxh`, as async functions, for
 * developers who never touch Effect. Failures reject with the same typed errors the Effect API
 * fails with (`InvalidBatch`, `InvalidSpec`, `ConsentRequired`, `UnsafeRelease`,
 * `MissingColumns`, `StoreError`…): `error._tag` tells them apart and `error.explain("vi")`
 * says what is wrong in words an officer understands, never echoing a personal value.
 *
 * A client is a small set of cohesive parts:
 *
 * | part | what for |
 * | --- | --- |
 * | `client.records` | put, get, list, count, aggregate |
 * | `client.pseudonyms` | keyed pseudonyms from UIC parts |
 * | `client.persons` | register a person from UIC parts; find; erase fully |
 * | `client.consents` | give, withdraw, check consent for a purpose |
 * | `client.imports` | CSV/XLSX files, with progress and the row report |
 * | `client.reports` | run a report, release it to an audience, export the release |
 * | `client.audit` | verify the audit log, its head |
 * | `client.demo` | fill the store with synthetic demo data |
 * | `client.transaction` | several operations, all or nothing |
 *
 * @example
 * ```ts
 * import { Client } from "@pctnxh/client"
 * import { sqlite } from "@pctnxh/client/sqlite"
 *
 * const client = await Client.open(sqlite("pctnxh.db"), {
 *   keyring: { keys: [{ id: "hp-2026", secret: process.env.PSEUDONYM_KEY! }] },
 *   actor: "officer-12"
 * })
 * try {
 *   const report = await client.reports.run({ indicators: ["CONTACTS", "PERSONS_REACHED"], periods: ["2019"], calendar: "administrative" })
 *   const released = await client.reports.release(report, "donor")
 *   const file = await client.reports.export(released, "xlsx")
 * } catch (error) {
 *   console.error(error.explain?.("vi") ?? error)
 * } finally {
 *   await client.dispose()
 * }
 * ```
 * @since 0.1.0
 */
import type { CoreError, Geography } from "@pctnxh/core"
import { Store } from "@pctnxh/core"
import { load as loadVietnam } from "@pctnxh/core/geography/vietnam"
import type { AttackerCheck as AttackerCheckTypes, Key as KeyTypes } from "@pctnxh/privacy"
import { AttackerCheck, Audit, Key, PrivacyError, ReleaseLedger } from "@pctnxh/privacy"
import type * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Runtime from "effect/Runtime"
import type { AuditLog } from "./AuditLog.js"
import * as Connector from "./Connector.js"
import type { Consents } from "./Consents.js"
import type { Demo } from "./Demo.js"
import type { Imports } from "./Imports.js"
import { demo } from "./internal/demo.js"
import { imports } from "./internal/imports.js"
import { audit, consents, persons, pseudonyms } from "./internal/privacy.js"
import { records } from "./internal/records.js"
import { reports } from "./internal/reports.js"
import { type Runner, type Services, settle } from "./internal/runner.js"
import type { Persons } from "./Persons.js"
import type { Pseudonyms } from "./Pseudonyms.js"
import type { Records } from "./Records.js"
import type { Reports } from "./Reports.js"

/**
 * A client: the parts listed in the module's table, over one store.
 *
 * @since 0.1.0
 */
export interface Client {
  readonly records: Records
  readonly pseudonyms: Pseudonyms
  readonly persons: Persons
  readonly consents: Consents
  readonly imports: Imports
  readonly reports: Reports
  readonly audit: AuditLog
  readonly demo: Demo
  /**
   * Runs `work` in a transaction: every write made through the client it receives lands, or
   * none does if `work` throws or rejects.
   */
  readonly transaction: <A>(work: (tx: Client) => Promise<A>) => Promise<A>
  /**
   * The geography units are resolved and rolled up in. In a browser the Vietnam table (600 KB)
   * is fetched the first time this, a report, an import, demo data or a query by unit needs it.
   */
  readonly geography: () => Promise<Geography.Geography>
  /** Releases the store (closes connections, the PGlite database). */
  readonly dispose: () => Promise<void>
}

/**
 * Options of a client.
 *
 * @since 0.1.0
 */
export interface Options {
  /**
   * The deployment's pseudonym keyring, oldest key first: its configuration (ids and base64
   * secrets, as kept in a secret store) or a loaded `Key.Keyring`. Without one, pseudonyms and
   * files with UIC columns are refused.
   */
  readonly keyring?: KeyTypes.KeyringConfig | KeyTypes.Keyring | undefined
  /** Who the audit log names when an operation does not say (`"app"` by default). */
  readonly actor?: string | undefined
  /** The geography (Vietnam's shipped units by default, loaded on first need). */
  readonly geography?: Geography.Geography | undefined
  /**
   * Where the disclosure solver's WebAssembly (`highs.wasm`) is, for bundlers that move it:
   * with Vite, `import highs from "highs/runtime?url"` and `solver: { locateFile: () => highs }`.
   */
  readonly solver?: AttackerCheckTypes.LoadOptions | undefined
}

const once = <A>(make: () => Promise<A>): (() => Promise<A>) => {
  let promise: Promise<A> | undefined
  return () =>
    (promise ??= make().catch((error: unknown) => {
      promise = undefined
      throw error
    }))
}

const noKeyring = () =>
  new PrivacyError.InvalidKeyring({
    reason: {
      vi: "client chưa có bộ khóa giả danh: truyền keyring cho Client.open",
      en: "the client has no pseudonym keyring: pass `keyring` to Client.open"
    }
  })

interface Shared {
  readonly keyringIfAny: () => Promise<KeyTypes.Keyring | undefined>
  readonly geography: () => Promise<Geography.Geography>
  readonly solver: () => Promise<Context.Context<AttackerCheck.Solver>>
  readonly actor: string
}

const build = (run: Runner["run"], shared: Shared, dispose: () => Promise<void>): Client => {
  const runner: Runner = {
    run,
    keyringIfAny: shared.keyringIfAny,
    keyring: async () => {
      const keyring = await shared.keyringIfAny()
      if (keyring === undefined) throw noKeyring()
      return keyring
    },
    geography: shared.geography,
    solver: shared.solver,
    actor: shared.actor
  }
  const client: Client = {
    records: records(runner),
    pseudonyms: pseudonyms(runner),
    persons: persons(runner),
    consents: consents(runner),
    imports: imports(runner),
    reports: reports(runner),
    audit: audit(runner),
    demo: demo(runner),
    geography: shared.geography,
    transaction: (work) =>
      run(
        Effect.flatMap(Store.Store, (store) =>
          store.transaction(
            Effect.flatMap(Effect.runtime<Services>(), (rt) => {
              const inner = build((effect) => Runtime.runPromiseExit(rt)(effect).then(settle), shared, () => Promise.resolve())
              return Effect.tryPromise({ try: () => work(inner), catch: (error) => error })
            })
          )
        )
      ),
    dispose
  }
  return client
}

const shared = (options: Options): Shared => ({
  actor: options.actor ?? "app",
  keyringIfAny: once(async () => {
    const k = options.keyring
    if (k === undefined) return undefined
    if ("current" in k) return k
    return settle(await Effect.runPromiseExit(Key.load(k)))
  }),
  geography: once(() => (options.geography === undefined ? loadVietnam() : Promise.resolve(options.geography))),
  solver: once(async () =>
    settle(await Effect.runPromiseExit(Effect.scoped(Layer.build(AttackerCheck.layerWith(options.solver ?? {})))))
  )
})

/**
 * A client over a store layer (for Effect users handing a layer to code that does not use
 * Effect). The store is opened on first use.
 *
 * @example
 * ```ts
 * import { Client } from "@pctnxh/client"
 * import { MemoryStore } from "@pctnxh/store-memory"
 * const client = Client.make(MemoryStore.layer())
 * ```
 * @since 0.1.0
 */
export const make = (layer: Layer.Layer<Store.Store, CoreError.StoreError>, options: Options = {}): Client => {
  const full = Layer.provideMerge(Layer.merge(Audit.layer, ReleaseLedger.layerStore), layer)
  const runtime = ManagedRuntime.make(full)
  const s = shared(options)
  const client = build((effect) => runtime.runPromiseExit(effect).then(settle), s, () => runtime.dispose())
  return withStart(client, () => runtime.runtime().then(() => undefined))
}

const starts = new WeakMap<Client, () => Promise<void>>()
const withStart = (client: Client, start: () => Promise<void>): Client => {
  starts.set(client, start)
  return client
}

/**
 * A client over a fresh in-memory store.
 *
 * @since 0.1.0
 */
export const memory = (options: Options = {}): Client =>
  make(Layer.unwrapEffect(Effect.promise(() => Connector.memory().layer(options))), options)

/**
 * Opens a client on a store: loads its driver, connects, runs the migrations. Rejects with
 * `DriverMissing` when the driver is not installed and `StoreError` when the database cannot
 * be reached, so an app learns at start that it cannot work.
 *
 * @example
 * ```ts
 * import { Client } from "@pctnxh/client"
 * import { pglite } from "@pctnxh/client/pglite"
 * const client = await Client.open(pglite("idb://pctnxh"), { keyring, actor: "peer-07" })
 * ```
 * @since 0.1.0
 */
export const open = async (connector: Connector.Connector = Connector.memory(), options: Options = {}): Promise<Client> => {
  const layer = await connector.layer(options.geography === undefined ? {} : { geography: options.geography })
  const client = make(layer, options)
  try {
    await starts.get(client)?.()
  } catch (error) {
    await client.dispose().catch(() => undefined)
    throw unwrap(error)
  }
  return client
}

/** A failure building the runtime comes wrapped in a fiber failure: hand on the typed error. */
const unwrap = (error: unknown): unknown => {
  const cause = (error as { readonly [k: symbol]: unknown } | null)?.[Symbol.for("effect/Runtime/FiberFailure/Cause")]
  if (cause !== undefined) {
    const failure = (cause as { readonly _tag?: string; readonly error?: unknown })
    if (failure._tag === "Fail") return failure.error
  }
  return error
}
