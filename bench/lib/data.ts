/**
 * The benchmark's data: service events of `@pctnxh/synth`, written as the CSV an agency would
 * import (one row per contact, the person as a UIC code, units as ids, values as keys).
 */
import { createWriteStream } from "node:fs"
import { once } from "node:events"
import type { Entity } from "@pctnxh/core"
import { Synth } from "@pctnxh/synth"

/** The CSV's columns: default Vietnamese headers of the service-event mapping. */
export const HEADER = ["Mã UIC", "Mã mô hình", "Mã đơn vị", "Ngày", "Dịch vụ", "Hình thức", "Đối tượng", "Giới tính", "Năm sinh", "Cư trú", "Chi phí", "Số tiền hỗ trợ"]

const LETTERS = "ABCDEGHIKLMNOPQRSTUVXY"

/**
 * The UIC code of a synthetic person: four letters drawn from its pseudonym, the sex and the
 * birth year, written with spaces as officers type it (`HOMO KH F 1996`).
 */
export const uicOf = (personId: string, sex: string, birthYear: number | undefined): string => {
  let h = 2166136261
  for (let i = 0; i < personId.length; i++) h = Math.imul(h ^ personId.charCodeAt(i), 16777619) >>> 0
  let letters = ""
  for (let i = 0; i < 4; i++) {
    letters += LETTERS[h % LETTERS.length]
    h = Math.floor(h / LETTERS.length) + i * 7919
  }
  const s = sex === "female" ? "F" : sex === "male" ? "M" : "O"
  return `${letters.slice(0, 2)}${letters.slice(2)} ${s} ${birthYear ?? 9999}`
}

/** The normalised form `Uic.normaliseCode` gives of {@link uicOf}'s code. */
export const normalisedUic = (code: string): string => code.replace(/ /g, "")

/** One CSV line of an event; every event of synth has a person. */
export const lineOf = (e: Entity.Of<"serviceEvent">): string =>
  [
    uicOf(e.personId ?? e.id, e.sex, e.birthYear),
    e.modelId,
    e.siteId,
    e.date,
    e.service,
    e.channel,
    e.population,
    e.sex,
    e.birthYear ?? "",
    e.residence,
    e.cost ?? "",
    e.amount ?? ""
  ].join(",")

/** Service events of the seed (`bench` by default), in order. */
export function* events(count: number, seed = "bench"): Generator<Entity.Of<"serviceEvent">> {
  for (const g of Synth.records({ seed, events: count })) if (g.kind === "serviceEvent") yield g.record
}

/** Writes the CSV of about `count` events of the seed to `path`; returns the number of data rows. */
export const writeCsv = async (path: string, count: number, seed = "bench"): Promise<number> => {
  const out = createWriteStream(path)
  out.write(HEADER.join(",") + "\n")
  let rows = 0
  let buffer: Array<string> = []
  for (const e of events(count, seed)) {
    buffer.push(lineOf(e))
    rows++
    if (buffer.length === 5_000) {
      if (!out.write(buffer.join("\n") + "\n")) await once(out, "drain")
      buffer = []
    }
  }
  if (buffer.length > 0) out.write(buffer.join("\n") + "\n")
  out.end()
  await once(out, "finish")
  return rows
}
