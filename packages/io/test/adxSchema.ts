/**
 * A structural check of an ADX document against the loose schema that DHIS2 and IHE publish
 * for ADX 2015 (`adx_loose.xsd`, namespace `urn:ihe:qrph:adx:2015`), written for the tests:
 *
 * - the root is `adx` in the namespace, with a required `exported` (xs:dateTime), and holds one
 *   or more `group` elements and nothing else;
 * - a `group` has a required `orgUnit` (xs:token) and `period` (an SDMX time range
 *   `<date>/<duration>` or an xs:dateTime) and holds one or more `dataValue` elements;
 * - a `dataValue` has a required `dataElement` (xs:token) and `value` (xs:decimal), and holds
 *   at most one `annotation`;
 * - elements are in the namespace; other attributes are allowed (the schema's anyAttribute).
 */
import { SaxesParser } from "saxes"

const NS = "urn:ihe:qrph:adx:2015"
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/
const TIME_RANGE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?\/P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/
const isToken = (s: string) => s !== "" && s === s.trim() && !/\s\s|[\t\r\n]/.test(s)

/** The problems found, empty when the document conforms. */
export const checkAdx = (xml: string): ReadonlyArray<string> => {
  const problems: Array<string> = []
  const parser = new SaxesParser({ xmlns: true })
  const stack: Array<{ name: string; children: number }> = []
  parser.on("error", (e) => problems.push(`not well-formed: ${e.message}`))
  parser.on("opentag", (tag) => {
    const where = `line ${parser.line}`
    const parent = stack[stack.length - 1]
    if (parent !== undefined) parent.children++
    if (tag.uri !== NS) problems.push(`${where}: <${tag.name}> is not in ${NS}`)
    const attr = (name: string): string | undefined => {
      const a = tag.attributes[name]
      return a === undefined || typeof a === "string" ? (a as string | undefined) : a.uri === "" ? a.value : undefined
    }
    const expected = parent === undefined ? "adx" : parent.name === "adx" ? "group" : parent.name === "group" ? "dataValue" : parent.name === "dataValue" ? "annotation" : undefined
    if (tag.local !== expected) problems.push(`${where}: <${tag.local}> where <${expected ?? "nothing"}> belongs`)
    switch (tag.local) {
      case "adx": {
        const exported = attr("exported")
        if (exported === undefined || !DATE_TIME.test(exported)) problems.push(`${where}: adx needs exported as an xs:dateTime`)
        break
      }
      case "group": {
        const ou = attr("orgUnit")
        const period = attr("period")
        if (ou === undefined || !isToken(ou)) problems.push(`${where}: group needs orgUnit as an xs:token`)
        if (period === undefined || !(TIME_RANGE.test(period) || DATE_TIME.test(period))) problems.push(`${where}: group needs period as a time range`)
        break
      }
      case "dataValue": {
        const de = attr("dataElement")
        const value = attr("value")
        if (de === undefined || !isToken(de)) problems.push(`${where}: dataValue needs dataElement as an xs:token`)
        if (value === undefined || !DECIMAL.test(value)) problems.push(`${where}: dataValue needs value as an xs:decimal`)
        break
      }
      case "annotation":
        if (parent !== undefined && parent.children > 1) problems.push(`${where}: at most one annotation`)
        break
    }
    stack.push({ name: tag.local, children: 0 })
  })
  parser.on("closetag", (tag) => {
    const node = stack.pop()
    if (node === undefined) return
    if ((tag.local === "adx" || tag.local === "group") && node.children === 0) problems.push(`line ${parser.line}: <${tag.local}> holds nothing`)
  })
  parser.on("text", (text) => {
    const parent = stack[stack.length - 1]
    if (parent !== undefined && parent.name !== "annotation" && text.trim() !== "") problems.push(`line ${parser.line}: text inside <${parent.name}>`)
  })
  try {
    parser.write(xml).close()
  } catch (e) {
    problems.push(`not well-formed: ${(e as Error).message}`)
  }
  return problems
}
