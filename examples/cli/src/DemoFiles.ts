/**
 * Writes synthetic records as the spreadsheets an officer would have: Vietnamese headers,
 * dates written `15/06/2019`, Vietnamese labels, money written `3.300.000` — so the demo imports
 * them through the same path users take.
 */
import { Entity } from "@pctnxh/core"
import { Mapping } from "@pctnxh/io"
import ExcelJS from "exceljs"
import { createWriteStream, type WriteStream } from "node:fs"

type Row = ReadonlyArray<string>

const at = (record: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((v, key) => (v === undefined || v === null ? undefined : (v as Record<string, unknown>)[key]), record)

const vnNumber = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 3 })

const cell = (field: Mapping.Field, value: unknown): string => {
  if (value === undefined || value === null) return ""
  switch (field.type._tag) {
    case "date": {
      const [y, m, d] = String(value).split("-")
      return `${d}/${m}/${y}`
    }
    case "money":
    case "number":
    case "integer":
      return typeof value === "number" ? vnNumber.format(value) : String(value)
    case "boolean":
      return value === true ? "Có" : "Không"
    case "member":
      return field.type.vocabulary.labels[String(value)]?.vi ?? String(value)
    case "list":
      return Array.isArray(value) ? value.join("; ") : String(value)
    case "disaggregation":
      return Object.entries(value as Record<string, string>)
        .map(([k, v]) => `${k}=${v}`)
        .join("; ")
    default:
      return String(value)
  }
}

/** The columns written for a kind: every field of its default mapping but UIC parts. */
const columns = (kind: Mapping.Kind): ReadonlyArray<Mapping.Field> =>
  Mapping.defaults[kind].fields.filter(
    (f) => !Mapping.isUic(f) && !(kind === "aggregateValue" && f.name.startsWith("disaggregation."))
  )

const header = (kind: Mapping.Kind): Row => columns(kind).map((f) => f.label.vi)

const row = (kind: Mapping.Kind, record: unknown): Row => {
  const encoded = Entity.encode(kind)(record as never)
  return columns(kind).map((f) => cell(f, at(encoded, f.name)))
}

const csvLine = (cells: Row): string =>
  cells.map((c) => (/[",;\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",") + "\n"

/** A CSV file being written, one record at a time. */
export interface Writer {
  readonly add: (record: unknown) => Promise<void>
  readonly close: () => Promise<void>
}

const drain = (stream: WriteStream, text: string) =>
  stream.write(text) ? Promise.resolve() : new Promise<void>((resolve) => stream.once("drain", () => resolve()))

/** Writes records of a kind to a CSV file with Vietnamese headers. */
export const csv = (path: string, kind: Mapping.Kind): Writer => {
  const stream = createWriteStream(path, { encoding: "utf8" })
  stream.write("\uFEFF" + csvLine(header(kind)))
  return {
    add: (record) => drain(stream, csvLine(row(kind, record))),
    close: () => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())))
  }
}

/** Writes records of a kind to an XLSX file (streamed), with a title row above the header. */
export const xlsx = (path: string, kind: Mapping.Kind, title: string): Writer => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true })
  const sheet = workbook.addWorksheet("Dữ liệu")
  sheet.addRow([title]).commit()
  const head = sheet.addRow([...header(kind)])
  head.font = { bold: true }
  head.commit()
  return {
    add: async (record) => sheet.addRow([...row(kind, record)]).commit(),
    close: async () => {
      sheet.commit()
      await workbook.commit()
    }
  }
}
