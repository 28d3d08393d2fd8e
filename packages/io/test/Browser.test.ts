/**
 * `@pctnxh/io` runs in a browser: its main entry, bundled for the browser, imports no Node
 * built-in module; and in Chromium it reads an XLSX workbook and a CSV file from a `File`'s
 * stream the same as in Node.
 */
import { describe, expect, it } from "@effect/vitest"
import { build, type Plugin } from "esbuild"
import { execFile } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdtemp, writeFile } from "node:fs/promises"
import { builtinModules } from "node:module"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { csv } from "./vietnamese.js"
import { workbook } from "./workbooks.js"

const root = fileURLToPath(new URL("../../..", import.meta.url))
const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url))

const BUILT_IN = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))

/**
 * Node built-ins a dependency may import without breaking a browser: each is named with the
 * importer, the kind of import and why it is harmless.
 */
const ALLOWED: ReadonlyArray<{ readonly module: string; readonly importer: RegExp; readonly kind: string; readonly why: string }> = [
  {
    module: "node:module",
    importer: /\/highs\/build\/highs\.mjs$/,
    kind: "dynamic-import",
    why: "the HiGHS solver of @pctnxh/privacy's AttackerCheck loads it only when it runs under Node (`if (ENVIRONMENT_IS_NODE)`)"
  }
]

interface Found {
  readonly module: string
  readonly importer: string
  readonly kind: string
}

/** Bundles the main entry for the browser, recording every Node built-in it imports. */
const bundle = async (entryPoint: string, write?: string) => {
  const found: Array<Found> = []
  const record: Plugin = {
    name: "record-node-built-ins",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!BUILT_IN.has(args.path) && !args.path.startsWith("node:")) return undefined
        found.push({ module: args.path, importer: args.importer, kind: args.kind })
        return { path: args.path, external: true }
      })
    }
  }
  const result = await build({
    entryPoints: [entryPoint],
    absWorkingDir: root,
    bundle: true,
    platform: "browser",
    format: "esm",
    conditions: ["@pctnxh/source"],
    // a page written to a temporary folder finds its packages in this one's
    nodePaths: [fileURLToPath(new URL("../node_modules", import.meta.url))],
    logLevel: "silent",
    metafile: true,
    write: write !== undefined,
    ...(write === undefined ? {} : { outfile: write }),
    plugins: [record]
  })
  return { found, inputs: Object.keys(result.metafile.inputs) }
}

describe("in a browser", () => {
  it("the main entry imports no Node built-in module (bundled with esbuild for the browser)", async () => {
    const { found, inputs } = await bundle(entry)
    const unexpected = found.filter(
      (f) => !ALLOWED.some((a) => a.module === f.module && a.kind === f.kind && a.importer.test(f.importer.replaceAll("\\", "/")))
    )
    expect(unexpected).toEqual([])
    // the reading path is ours: no csv-parse, no exceljs reader, no polyfilled stream
    expect(inputs.some((i) => i.includes("/csv-parse/"))).toBe(false)
    expect(inputs.some((i) => /\/(readable-stream|stream-browserify|unzipper)\//.test(i))).toBe(false)
    // exceljs is there for the XLSX export, as its self-contained browser build
    expect(inputs.filter((i) => i.includes("/exceljs/"))).toEqual([expect.stringMatching(/exceljs\/dist\/exceljs\.min\.js$/)])
  }, 60_000)

  const chromium = "/usr/bin/chromium"
  it.skipIf(!existsSync(chromium))(
    "in Chromium, a workbook and a CSV file read from File.stream() give the same Vietnamese rows",
    async () => {
      const dir = await mkdtemp(join(tmpdir(), "pctnxh-io-browser-"))
      const rows = [
        ["Họ và tên mẹ", "Ngày", "Ghi chú"],
        ["Nguyễn Thị Ánh Tuyết", "15/06/2019", "Đường dây nóng; tư vấn"],
        ["Trần Văn Đức", "16/06/2019", "😀 ừ, được"]
      ]
      const xlsx = workbook({ order: "streaming", descriptors: "signed", sheets: [{ name: "Dữ liệu", rows }] })
      const page = join(dir, "page.ts")
      await writeFile(
        page,
        `import { Source } from ${JSON.stringify(entry)}
import { Effect, Stream, Chunk } from "effect"
const xlsx = Uint8Array.from(atob(${JSON.stringify(Buffer.from(xlsx).toString("base64"))}), (c) => c.charCodeAt(0))
const csv = ${JSON.stringify("\uFEFF" + csv(rows))}
const read = (file) =>
  Effect.runPromise(
    Effect.flatMap(Source.open(Source.make(file.name, file.stream())), (o) => Stream.runCollect(o.rows)).pipe(
      Effect.map((c) => Chunk.toArray(c).map((r) => r.cells))
    )
  )
Promise.all([read(new File([xlsx], "du-lieu.xlsx")), read(new File([csv], "du-lieu.csv"))]).then(
  (out) => { document.body.textContent = "RESULT" + JSON.stringify(out) },
  (e) => { document.body.textContent = "ERROR" + String(e) }
)
`
      )
      const script = join(dir, "page.js")
      const { found } = await bundle(page, script)
      expect(found.every((f) => f.kind === "dynamic-import")).toBe(true)
      const html = join(dir, "page.html")
      await writeFile(html, `<!doctype html><meta charset="utf-8"><body>…</body><script type="module" src="page.js"></script>`)
      const dom = await new Promise<string>((resolve, reject) =>
        execFile(
          chromium,
          [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--allow-file-access-from-files",
            "--virtual-time-budget=20000",
            "--dump-dom",
            `file://${html}`
          ],
          { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
          (error, stdout) => (error === null ? resolve(stdout) : reject(error))
        )
      )
      const text = /RESULT(.*)<\/body>/s.exec(dom)?.[1]
      expect(text, dom.slice(0, 500)).toBeDefined()
      const [fromXlsx, fromCsv] = JSON.parse(text!.replaceAll("&amp;", "&").replaceAll("&lt;", "<").replaceAll("&gt;", ">"))
      expect(fromXlsx).toEqual(rows)
      expect(fromCsv).toEqual(rows)
    },
    120_000
  )
})
