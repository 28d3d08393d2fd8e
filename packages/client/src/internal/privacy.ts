import type { Ids } from "@pctnxh/core"
import { Store } from "@pctnxh/core"
import { Audit, Consents, Erasure, Pseudonym } from "@pctnxh/privacy"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type { AuditLog } from "../AuditLog.js"
import type { Consents as ClientConsents } from "../Consents.js"
import type { Persons } from "../Persons.js"
import type { Pseudonyms } from "../Pseudonyms.js"
import { putDecoded } from "./records.js"
import type { Runner } from "./runner.js"

export const pseudonyms = (runner: Runner): Pseudonyms => ({
  of: async (parts) => runner.run(Pseudonym.make(parts, await runner.keyring())),
  generations: async (parts) => runner.run(Pseudonym.generations(parts, await runner.keyring())),
  lift: async (p) => runner.run(Pseudonym.lift(p, await runner.keyring()))
})

export const persons = (runner: Runner): Persons => {
  const own = pseudonyms(runner)
  return {
    register: async (parts, facts) => {
      const { personId, keyId } = await own.of({ ...parts, sex: parts.sex ?? facts.sex, birthYear: parts.birthYear ?? facts.birthYear })
      const summary = await runner.run(
        putDecoded("person", [
          {
            id: personId,
            keyId,
            population: facts.population,
            sex: facts.sex,
            residence: facts.residence,
            ...(facts.birthYear === undefined ? {} : { birthYear: facts.birthYear }),
            ...(facts.homeProvinceId === undefined ? {} : { homeProvinceId: facts.homeProvinceId })
          }
        ])
      )
      return { personId, keyId, inserted: summary.inserted > 0 }
    },
    find: async (parts) => {
      for (const { personId } of await own.generations(parts)) {
        const found = await runner.run(Effect.flatMap(Store.Store, (store) => store.get("person", personId)))
        if (Option.isSome(found)) return found.value
      }
      return undefined
    },
    erase: async (personId, options) =>
      runner.run(
        Erasure.erase(personId as Ids.PersonId, { actor: options?.actor ?? runner.actor, keyring: await runner.keyringIfAny() })
      )
  }
}

export const consents = (runner: Runner): ClientConsents => ({
  give: (consent) => runner.run(putDecoded("consent", [consent])),
  withdraw: (consentId, options) => runner.run(Consents.withdraw(consentId, { actor: options?.actor ?? runner.actor, on: options?.on })),
  of: (personId) => runner.run(Consents.ofPerson(personId as Ids.PersonId)),
  check: (personId, need, options) =>
    runner.run(Consents.require(personId as Ids.PersonId, need, { actor: options?.actor ?? runner.actor, override: options?.override }))
})

export const audit = (runner: Runner): AuditLog => ({
  verify: (options) => runner.run(Audit.verify(options ?? {})),
  head: () => runner.run(Effect.map(Effect.flatMap(Audit.Audit, (a) => a.head), Option.getOrUndefined))
})
