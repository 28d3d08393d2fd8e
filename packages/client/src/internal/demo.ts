import type { Entity } from "@pctnxh/core"
import type { Synth } from "@pctnxh/synth"
import { Store } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import type { Demo } from "../Demo.js"
import type { Runner } from "./runner.js"

const BATCH = 2_000

export const demo = (runner: Runner): Demo => ({
  load: async (options) => {
    const [{ Synth }, geography] = await Promise.all([import("@pctnxh/synth"), runner.geography()])
    const byKind: Partial<Record<Entity.Kind, number>> = {}
    let stored = 0
    let pending: Array<Synth.Generated> = []
    const flush = async () => {
      const batch = pending
      pending = []
      await runner.run(
        Effect.flatMap(Store.Store, (store) =>
          store.transaction(Effect.forEach(Synth.byKind(batch), ([kind, records]) => store.put(kind, records as never), { discard: true }))
        )
      )
      stored += batch.length
      options.onProgress?.(stored)
      // hand the thread back between batches, so a page stays responsive
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
    const generator = Synth.records({
      seed: options.seed,
      geography,
      ...(options.events === undefined ? {} : { events: options.events }),
      ...(options.years === undefined ? {} : { years: options.years }),
      ...(options.provinces === undefined ? {} : { provinces: options.provinces }),
      ...(options.modelsPerProvince === undefined ? {} : { modelsPerProvince: options.modelsPerProvince })
    })
    for (const item of generator) {
      byKind[item.kind] = (byKind[item.kind] ?? 0) + 1
      pending.push(item)
      if (pending.length >= BATCH) await flush()
    }
    if (pending.length > 0) await flush()
    return { records: stored, byKind }
  }
})
