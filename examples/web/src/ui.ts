/** A few DOM helpers: enough for forms with their errors next to the fields, and no framework. */
type Child = Node | string | number | false | null | undefined
type Attrs = Record<string, string | number | boolean | undefined | ((event: Event) => void)>

export const h = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Child | ReadonlyArray<Child>>): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue
    if (typeof v === "function") el.addEventListener(k.replace(/^on/, "").toLowerCase(), v)
    else if (v === true) el.setAttribute(k, "")
    else el.setAttribute(k, String(v))
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(typeof c === "number" ? String(c) : c)
  return el
}

let ids = 0
const nextId = (name: string) => `f-${name}-${++ids}`

export interface Field {
  readonly name: string
  readonly row: HTMLElement
  readonly control: HTMLInputElement | HTMLSelectElement
  readonly error: HTMLElement
}

/** A labelled control with a place for its error message right under it. */
export const field = (
  name: string,
  label: string,
  control: HTMLInputElement | HTMLSelectElement,
  help?: string
): Field => {
  const id = nextId(name)
  control.id = id
  control.name = name
  control.dataset.field = name
  const error = h("p", { class: "error", id: `${id}-error`, hidden: true })
  const helpEl = help === undefined ? null : h("p", { class: "help", id: `${id}-help` }, help)
  control.setAttribute("aria-describedby", [helpEl === null ? "" : `${id}-help`, `${id}-error`].join(" ").trim())
  const row = h("div", { class: "field" }, h("label", { for: id }, label), control, helpEl, error)
  return { name, row, control, error }
}

export const select = (options: ReadonlyArray<readonly [string, string]>, value?: string, attrs: Attrs = {}): HTMLSelectElement => {
  const s = h("select", attrs, ...options.map(([v, label]) => h("option", { value: v }, label)))
  if (value !== undefined) s.value = value
  return s
}

export const input = (attrs: Attrs = {}): HTMLInputElement => h("input", { type: "text", ...attrs })

export const setError = (f: Field, message: string | undefined): void => {
  f.error.textContent = message ?? ""
  f.error.hidden = message === undefined
  if (message === undefined) f.control.removeAttribute("aria-invalid")
  else f.control.setAttribute("aria-invalid", "true")
}

export const clearErrors = (fields: ReadonlyArray<Field>): void => fields.forEach((f) => setError(f, undefined))

/** Downloads bytes as a file. */
export const download = (blob: Blob, name: string): void => {
  const url = URL.createObjectURL(blob)
  const a = h("a", { href: url, download: name })
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export const today = (): string => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
