/**
 * A small XLSX writer for tests, with every choice a real writer makes open: shared or inline
 * strings, rich-text runs, the order of the parts (Excel's, a streaming writer's, the workbook
 * last), sizes before or after the data (with or without the descriptor's signature), stored or
 * deflated entries, the 1900 or 1904 date system, prefixed element names, UTF-16 parts.
 * Synthetic content only.
 */
import { deflateSync } from "fflate"
import { crc32 } from "../src/internal/zip.js"

export type CellSpec =
  | string
  | number
  | boolean
  | null
  | { readonly date: number; readonly format?: number | string }
  | { readonly error: string }
  | { readonly formula: string; readonly cached: string | number | boolean | null }
  | { readonly runs: ReadonlyArray<string>; readonly phonetic?: string }
  | { readonly raw: string }

export interface SheetSpec {
  readonly name: string
  readonly rows: ReadonlyArray<ReadonlyArray<CellSpec>>
  readonly hidden?: boolean
  /** First row number (the rows are numbered from it); default 1. */
  readonly firstRow?: number
  /** Leave out the `r` of rows and cells. */
  readonly noRefs?: boolean
  /** A chart sheet instead of cells. */
  readonly chart?: boolean
}

export interface WorkbookSpec {
  readonly sheets: ReadonlyArray<SheetSpec>
  readonly strings?: "shared" | "inline"
  readonly order?: "excel" | "streaming" | "workbookLast" | "reversed"
  readonly descriptors?: "none" | "signed" | "unsigned"
  readonly method?: "deflate" | "store"
  readonly date1904?: boolean
  /** Prefix every element of the sheets with `x:`. */
  readonly prefixed?: boolean
  /** Write the shared strings as UTF-16 with a byte-order mark. */
  readonly utf16Strings?: boolean
  /** Leave the shared strings part out while the relationships still name it. */
  readonly dropSharedStrings?: boolean
  /** Pretty-print the XML (whitespace between elements). */
  readonly pretty?: boolean
}

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/** OOXML escapes for characters XML 1.0 cannot carry, and for a literal `_xHHHH_`. */
const ooxml = (s: string): string =>
  s
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/\r/g, "_x000D_")

const t = (s: string): string => {
  const space = /^\s|\s$/.test(s) ? ' xml:space="preserve"' : ""
  return `<t${space}>${esc(ooxml(s))}</t>`
}

export const columnName = (i: number): string => {
  let s = ""
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

interface Part {
  readonly name: string
  readonly data: Uint8Array
}

const encoder = new TextEncoder()

const utf16 = (text: string): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2)
  out[0] = 0xff
  out[1] = 0xfe
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    out[2 + i * 2] = c & 0xff
    out[3 + i * 2] = c >> 8
  }
  return out
}

/** Builds the parts of a workbook. */
export const parts = (spec: WorkbookSpec): Array<Part> => {
  const strings = spec.strings ?? "shared"
  const p = spec.prefixed === true ? "x:" : ""
  const nl = spec.pretty === true ? "\n  " : ""
  const shared: Array<string> = []
  const sharedIndex = new Map<string, number>()
  const formats: Array<string> = []
  const xfs: Array<number> = [0]
  const styleOf = (format: number | string): number => {
    let id: number
    if (typeof format === "number") {
      id = format
    } else {
      let at = formats.indexOf(format)
      if (at < 0) {
        formats.push(format)
        at = formats.length - 1
      }
      id = 164 + at
    }
    let x = xfs.indexOf(id)
    if (x < 0) {
      xfs.push(id)
      x = xfs.length - 1
    }
    return x
  }
  const sharedOf = (xml: string): number => {
    let i = sharedIndex.get(xml)
    if (i === undefined) {
      i = shared.length
      shared.push(xml)
      sharedIndex.set(xml, i)
    }
    return i
  }
  const cell = (c: CellSpec, ref: string): string => {
    const r = ref === "" ? "" : ` r="${ref}"`
    if (c === null) return ""
    if (typeof c === "string") {
      if (strings === "inline") return `<${p}c${r} t="inlineStr"><${p}is>${t(c)}</${p}is></${p}c>`
      return `<${p}c${r} t="s"><${p}v>${sharedOf(t(c))}</${p}v></${p}c>`
    }
    if (typeof c === "number") return `<${p}c${r}><${p}v>${c}</${p}v></${p}c>`
    if (typeof c === "boolean") return `<${p}c${r} t="b"><${p}v>${c ? 1 : 0}</${p}v></${p}c>`
    if ("date" in c) return `<${p}c${r} s="${styleOf(c.format ?? 14)}"><${p}v>${c.date}</${p}v></${p}c>`
    if ("error" in c) return `<${p}c${r} t="e"><${p}v>${esc(c.error)}</${p}v></${p}c>`
    if ("formula" in c) {
      const f = `<${p}f>${esc(c.formula)}</${p}f>`
      const v = c.cached
      if (v === null) return `<${p}c${r}>${f}</${p}c>`
      if (typeof v === "string") return `<${p}c${r} t="str">${f}<${p}v>${esc(ooxml(v))}</${p}v></${p}c>`
      if (typeof v === "boolean") return `<${p}c${r} t="b">${f}<${p}v>${v ? 1 : 0}</${p}v></${p}c>`
      return `<${p}c${r}>${f}<${p}v>${v}</${p}v></${p}c>`
    }
    if ("runs" in c) {
      const runs = c.runs.map((run, i) => `<r>${i % 2 === 1 ? '<rPr><b/><sz val="11"/></rPr>' : ""}${t(run)}</r>`).join("")
      const phonetic = c.phonetic === undefined ? "" : `<rPh sb="0" eb="1">${t(c.phonetic)}</rPh>`
      if (strings === "inline") return `<${p}c${r} t="inlineStr"><${p}is>${runs}${phonetic}</${p}is></${p}c>`
      return `<${p}c${r} t="s"><${p}v>${sharedOf(runs + phonetic)}</${p}v></${p}c>`
    }
    return c.raw
  }
  const sheetXml = (sheet: SheetSpec): string => {
    const first = sheet.firstRow ?? 1
    const rows = sheet.rows
      .map((row, i) => {
        const n = first + i
        const cells = row.map((c, j) => cell(c, sheet.noRefs === true ? "" : `${columnName(j)}${n}`)).join(nl)
        return `<${p}row${sheet.noRefs === true ? "" : ` r="${n}"`}>${nl}${cells}${nl}</${p}row>`
      })
      .join(nl)
    const ns = spec.prefixed === true ? 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' : 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    return `${XML}<${p}worksheet ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${nl}<${p}dimension ref="A1"/>${nl}<${p}sheetData>${nl}${rows}${nl}</${p}sheetData>${nl}</${p}worksheet>`
  }
  const sheets = spec.sheets.map((s, i) => ({
    name: s.chart === true ? `xl/chartsheets/sheet${i + 1}.xml` : `xl/worksheets/sheet${i + 1}.xml`,
    xml:
      s.chart === true
        ? `${XML}<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`
        : sheetXml(s)
  }))
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  const rels = [
    ...spec.sheets.map(
      (s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${R}/${s.chart === true ? "chartsheet" : "worksheet"}" Target="${s.chart === true ? "chartsheets" : "worksheets"}/sheet${i + 1}.xml"/>`
    ),
    `<Relationship Id="rIdS" Type="${R}/styles" Target="styles.xml"/>`,
    ...(strings === "shared" ? [`<Relationship Id="rIdT" Type="${R}/sharedStrings" Target="/xl/sharedStrings.xml"/>`] : [])
  ]
  const workbook = `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}">${
    spec.date1904 === true ? '<workbookPr date1904="1"/>' : "<workbookPr/>"
  }<sheets>${spec.sheets
    .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden === true ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`)
    .join("")}</sheets></workbook>`
  const styles = `${XML}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="${formats.length}">${formats
    .map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(f)}"/>`)
    .join("")}</numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs
    .map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`)
    .join("")}</cellXfs></styleSheet>`
  const sst = `${XML}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared
    .map((x) => `<si>${x}</si>`)
    .join(nl)}</sst>`
  const text = (name: string, xml: string): Part => ({ name, data: encoder.encode(xml) })
  const contentTypes = text(
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`
  )
  const rootRels = text(
    "_rels/.rels",
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  )
  const wb = text("xl/workbook.xml", workbook)
  const wbRels = text(
    "xl/_rels/workbook.xml.rels",
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`
  )
  const sheetParts = sheets.map((s) => text(s.name, s.xml))
  const stylesPart = text("xl/styles.xml", styles)
  const sstPart: Array<Part> =
    strings === "shared" && spec.dropSharedStrings !== true
      ? [spec.utf16Strings === true ? { name: "xl/sharedStrings.xml", data: utf16(sst.replace('encoding="UTF-8"', 'encoding="UTF-16"')) } : text("xl/sharedStrings.xml", sst)]
      : []
  const core = text("docProps/core.xml", `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>`)
  switch (spec.order ?? "excel") {
    case "excel":
      return [contentTypes, rootRels, wb, wbRels, ...sheetParts, stylesPart, ...sstPart, core]
    case "streaming":
      return [...sheetParts, contentTypes, rootRels, core, ...sstPart, stylesPart, wbRels, wb]
    case "workbookLast":
      return [contentTypes, ...sheetParts, ...sstPart, stylesPart, rootRels, wbRels, wb, core]
    case "reversed":
      return [core, ...sstPart, stylesPart, ...[...sheetParts].reverse(), wbRels, wb, rootRels, contentTypes]
  }
}

const u16 = (n: number): Array<number> => [n & 0xff, (n >>> 8) & 0xff]
const u32 = (n: number): Array<number> => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]

/** A ZIP archive of the given parts. */
export const zip = (files: ReadonlyArray<Part>, options: Pick<WorkbookSpec, "descriptors" | "method"> = {}): Uint8Array => {
  const descriptors = options.descriptors ?? "none"
  const store = options.method === "store"
  const out: Array<number | Uint8Array> = []
  let offset = 0
  const central: Array<Uint8Array> = []
  const push = (bytes: Array<number> | Uint8Array) => {
    const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
    out.push(b)
    offset += b.length
  }
  for (const file of files) {
    const name = encoder.encode(file.name)
    const data = store ? file.data : deflateSync(file.data, { level: 6 })
    const crc = crc32(0, file.data)
    const flags = (descriptors === "none" ? 0 : 8) | 0x800
    const method = store ? 0 : 8
    const start = offset
    const sizes = descriptors === "none" ? [...u32(crc), ...u32(data.length), ...u32(file.data.length)] : [...u32(0), ...u32(0), ...u32(0)]
    push([...u32(0x04034b50), ...u16(20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x21), ...sizes, ...u16(name.length), ...u16(0)])
    push(name)
    push(data)
    if (descriptors === "signed") push([...u32(0x08074b50), ...u32(crc), ...u32(data.length), ...u32(file.data.length)])
    if (descriptors === "unsigned") push([...u32(crc), ...u32(data.length), ...u32(file.data.length)])
    const c = new Uint8Array([
      ...u32(0x02014b50),
      ...u16(20),
      ...u16(20),
      ...u16(flags),
      ...u16(method),
      ...u16(0),
      ...u16(0x21),
      ...u32(crc),
      ...u32(data.length),
      ...u32(file.data.length),
      ...u16(name.length),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(start),
      ...name
    ])
    central.push(c)
  }
  const centralStart = offset
  for (const c of central) push(c)
  push([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(files.length), ...u16(files.length), ...u32(offset - centralStart), ...u32(centralStart), ...u16(0)])
  const total = new Uint8Array(offset)
  let at = 0
  for (const b of out) {
    const bytes = b as Uint8Array
    total.set(bytes, at)
    at += bytes.length
  }
  return total
}

/** The bytes of a workbook. */
export const workbook = (spec: WorkbookSpec): Uint8Array => zip(parts(spec), spec)

/** Hands `bytes` on in chunks: the first `offset` bytes, then pieces of `size`. */
export function* chunked(bytes: Uint8Array, size: number, offset = 0): Generator<Uint8Array> {
  let at = 0
  if (offset > 0) {
    yield bytes.subarray(0, offset)
    at = offset
  }
  for (; at < bytes.length; at += size) yield bytes.subarray(at, Math.min(bytes.length, at + size))
}
