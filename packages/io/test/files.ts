/**
 * Test files: CSV and XLSX written to a temporary folder, with Vietnamese headers, labels,
 * dates and numbers, from synthetic records (no real person is in them).
 */
import type { Entity, Label } from "@pctnxh/core"
import { Person, ServiceEvent } from "@pctnxh/core"
import ExcelJS from "exceljs"
import { mkdtemp, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"

export const tempDir = (): Promise<string> => mkdtemp(join(tmpdir(), "pctnxh-io-"))

const quote = (cell: string, delimiter: string): string =>
  cell.includes(delimiter) || cell.includes('"') || cell.includes("\n") ? `"${cell.replaceAll('"', '""')}"` : cell

export const csvText = (rows: ReadonlyArray<ReadonlyArray<string | number>>, delimiter = ","): string =>
  rows.map((r) => r.map((c) => quote(String(c), delimiter)).join(delimiter)).join("\r\n") + "\r\n"

export const writeCsv = async (
  dir: string,
  name: string,
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  delimiter = ","
): Promise<string> => {
  const path = join(dir, name)
  // Excel's "CSV UTF-8" starts with a byte-order mark
  await writeFile(path, "\uFEFF" + csvText(rows, delimiter))
  return path
}

export const writeXlsx = async (
  dir: string,
  name: string,
  sheets: ReadonlyArray<{ readonly name: string; readonly rows: ReadonlyArray<ReadonlyArray<unknown>> }>
): Promise<string> => {
  const path = join(dir, name)
  const workbook = new ExcelJS.Workbook()
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name)
    for (const row of sheet.rows) ws.addRow([...row])
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = "dd/mm/yyyy"
      })
    )
  }
  await workbook.xlsx.writeFile(path)
  return path
}

/** `2019-06-15` → `15/06/2019`. */
export const viDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`

/** 3300000 → `3.300.000`. */
export const viNumber = (n: number): string => new Intl.NumberFormat("vi-VN").format(n)

export const vi = (labels: { readonly [k: string]: Label.Label }, member: string): string => labels[member]!.vi

export const unitCode = (id: string): string => id.slice(0, id.indexOf("@"))

export const SERVICE_EVENT_HEADER = [
  "STT",
  "Ngày",
  "Mã người",
  "Mã mô hình",
  "Mã đơn vị",
  "Dịch vụ",
  "Hình thức",
  "Đối tượng",
  "Giới tính",
  "Năm sinh",
  "Cư trú",
  "Chi phí (đồng)"
] as const

/** A service event as an officer's spreadsheet row: Vietnamese labels, dates and numbers. */
export const serviceEventRow = (e: Entity.Of<"serviceEvent">, index: number): Array<string | number> => [
  index + 1,
  viDate(e.date),
  e.personId ?? "",
  e.modelId,
  unitCode(e.siteId),
  vi(ServiceEvent.ServiceType.labels, e.service),
  vi(ServiceEvent.Channel.labels, e.channel),
  vi(Person.PopulationCategory.labels, e.population),
  vi(Person.Sex.labels, e.sex),
  e.birthYear ?? "",
  vi(Person.ResidenceStatus.labels, e.residence),
  e.cost === undefined ? "" : viNumber(e.cost)
]
