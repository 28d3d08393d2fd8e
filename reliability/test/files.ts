/**
 * Synthetic import files for the reliability tests: service events as an officer's CSV, with
 * Vietnamese headers and labels, an id per row, and contents fixed by the row's number, so that
 * files covering overlapping ranges hold the very same records where they overlap. No real
 * person is in them.
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { Person, ServiceEvent } from "@pctnxh/core"

const HEADER = ["Mã lượt", "Ngày", "Mã người", "Mã mô hình", "Mã đơn vị", "Dịch vụ", "Hình thức", "Đối tượng", "Giới tính", "Năm sinh", "Cư trú", "Chi phí (đồng)"]

const services = ServiceEvent.ServiceType.members
const channels = ServiceEvent.Channel.members
const residences = Person.ResidenceStatus.members
const pad = (n: number, width: number) => String(n).padStart(width, "0")

/** The row of event number `i`. */
export const eventRow = (i: number): Array<string> => {
  const day = 1 + (i % 28)
  const month = 1 + (Math.floor(i / 28) % 12)
  const year = 2019 + (Math.floor(i / 336) % 2)
  return [
    `ev-${pad(i, 7)}`,
    `${pad(day, 2)}/${pad(month, 2)}/${year}`,
    i % 7 === 0 ? "" : `p-${pad(i % 997, 4)}`,
    `HP-${1 + (i % 3)}`,
    i % 2 === 0 ? "308" : "311",
    ServiceEvent.ServiceType.label(services[i % services.length]!).vi,
    ServiceEvent.Channel.label(channels[i % channels.length]!).vi,
    Person.PopulationCategory.label("sex_worker").vi,
    Person.Sex.label(i % 5 === 0 ? "male" : "female").vi,
    String(1980 + (i % 25)),
    Person.ResidenceStatus.label(residences[i % residences.length]!).vi,
    i % 3 === 0 ? "" : new Intl.NumberFormat("vi-VN").format(10_000 * (i % 40))
  ]
}

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)

/** CSV text of the events numbered `from` (inclusive) to `to` (exclusive), in that order or reversed. */
export const eventsCsv = (from: number, to: number, options: { readonly reversed?: boolean } = {}): string => {
  const rows: Array<Array<string>> = []
  for (let i = from; i < to; i++) rows.push(eventRow(i))
  if (options.reversed === true) rows.reverse()
  return "\uFEFF" + [HEADER, ...rows].map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n"
}

/** Writes an events CSV into a folder and returns its path. */
export const writeEvents = (dir: string, name: string, from: number, to: number, options: { readonly reversed?: boolean } = {}): string => {
  const path = join(dir, name)
  writeFileSync(path, eventsCsv(from, to, options))
  return path
}
