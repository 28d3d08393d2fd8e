/**
 * `client.persons`: persons known only by their keyed pseudonym — registering one from the
 * parts of their UIC (the parts are never stored), finding them again, and erasing them.
 *
 * Erasure is the full erasure of `@pctnxh/privacy` (`Erasure.erase`): the person record and
 * their consents are removed, their pseudonym on every event, attendance and group membership
 * is replaced by a random surrogate (so past reports do not change), their identity-vault
 * entries are shredded, they are removed from the subjects of past audit entries (under every
 * key generation of the keyring), and a de-identification entry records what was done, in
 * counts only.
 *
 * @example
 * ```ts
 * const { personId } = await client.persons.register(
 *   { motherName: "Nguyễn Thị Đào", fatherName: "Trần Văn Hùng" },
 *   { population: "sex_worker", sex: "female", birthYear: 1998, residence: "temporary" }
 * )
 * // … later, at the person's request
 * const summary = await client.persons.erase(personId, { actor: "officer-3" })
 * ```
 * @since 0.1.0
 */
import type { Person } from "@pctnxh/core"
import type { Erasure, Uic } from "@pctnxh/privacy"

/**
 * What a programme records about a person besides the pseudonym: all of it quasi-identifying
 * or sensitive, none of it a name.
 *
 * @since 0.1.0
 */
export interface Facts {
  readonly population: Person.PopulationCategory
  readonly sex: Person.Sex
  readonly birthYear?: number | undefined
  readonly residence: Person.ResidenceStatus
  readonly homeProvinceId?: string | undefined
}

/**
 * A registered person.
 *
 * @since 0.1.0
 */
export interface Registered {
  readonly personId: string
  readonly keyId: string
  /** Whether the person was new to the store. */
  readonly inserted: boolean
}

/**
 * The person operations of a client.
 *
 * @since 0.1.0
 */
export interface Persons {
  /**
   * Makes the person's pseudonym from the parts of their UIC (their sex and birth year are
   * taken from `facts` when the parts lack them) and stores the person: the same parts give
   * the same person, on any device with the same keyring. The parts are dropped.
   */
  readonly register: (parts: Uic.Parts, facts: Facts) => Promise<Registered>
  /** The person with these UIC parts, under the current key or an older one, or `undefined`. */
  readonly find: (parts: Uic.Parts) => Promise<Person.Person | undefined>
  /** Erases a person fully (see the module); safe to run again. */
  readonly erase: (personId: string, options?: { readonly actor?: string | undefined }) => Promise<Erasure.Summary>
}
