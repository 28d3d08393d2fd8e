/**
 * The browser host's build: the workspace's TypeScript sources (the `@pctnxh/source`
 * condition), PGlite's and HiGHS's WebAssembly as assets, a service worker that precaches
 * every built file (so the app opens and works offline), and the size of the JavaScript a
 * first visit downloads, gzipped, written to `dist/size.json`.
 */
import { createHash } from "node:crypto"
import { gzipSync } from "node:zlib"
import { defaultClientConditions, defineConfig, type Plugin } from "vite"

const WASM_OR_DATA = /\.(wasm|data)$/

/** Emits `sw.js` with the list of every emitted file, and reports the JavaScript's gzip size. */
const offline = (): Plugin => ({
  name: "pctnxh-offline",
  apply: "build",
  generateBundle(_options, bundle) {
    const files = Object.keys(bundle).sort()
    const version = createHash("sha256").update(files.join("\n")).digest("hex").slice(0, 12)
    const assets = ["./", "./index.html", ...files.filter((f) => f !== "index.html").map((f) => `./${f}`), "./icon.svg", "./manifest.webmanifest"]
    this.emitFile({
      type: "asset",
      fileName: "sw.js",
      source: `// generated at build time: precaches the whole app, then serves it from the cache
const VERSION = "pctnxh-${version}"
const ASSETS = ${JSON.stringify(assets)}
self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()))
})
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== VERSION).map((k) => caches.delete(k)))).then(() => self.clients.claim())
  )
})
self.addEventListener("fetch", (event) => {
  const request = event.request
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return
  event.respondWith(
    caches.match(request, { ignoreSearch: true }).then(
      (hit) => hit ?? fetch(request).catch(() => (request.mode === "navigate" ? caches.match("./index.html") : Response.error()))
    )
  )
})
`
    })
    // what a first visit downloads: the entry chunk and its static imports
    const chunks = Object.values(bundle).filter((o) => o.type === "chunk")
    const byName = new Map(chunks.map((c) => [c.fileName, c]))
    const initial = new Set<string>()
    const visit = (name: string) => {
      if (initial.has(name)) return
      initial.add(name)
      for (const i of byName.get(name)?.imports ?? []) visit(i)
    }
    for (const c of chunks) if (c.isEntry) visit(c.fileName)
    const gz = (code: string) => gzipSync(code, { level: 9 }).length
    const sizes = chunks.map((c) => ({ file: c.fileName, bytes: c.code.length, gzip: gz(c.code), initial: initial.has(c.fileName) }))
    const sum = (xs: ReadonlyArray<{ gzip: number }>) => xs.reduce((s, x) => s + x.gzip, 0)
    const wasm = Object.values(bundle)
      .filter((o) => o.type === "asset" && WASM_OR_DATA.test(o.fileName))
      .map((o) => ({ file: o.fileName, bytes: o.type === "asset" ? (typeof o.source === "string" ? o.source.length : o.source.length) : 0 }))
    const report = { initialJsGzip: sum(sizes.filter((s) => s.initial)), allJsGzip: sum(sizes), chunks: sizes.sort((a, b) => b.gzip - a.gzip), wasmAndData: wasm }
    this.emitFile({ type: "asset", fileName: "size.json", source: JSON.stringify(report, null, 2) + "\n" })
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
    this.info(`JavaScript, gzip: first visit ${kb(report.initialJsGzip)}, all chunks ${kb(report.allJsGzip)} (PGlite's and HiGHS's WebAssembly and data aside)`)
  }
})

export default defineConfig({
  base: "./",
  resolve: { conditions: ["@pctnxh/source", ...defaultClientConditions] },
  optimizeDeps: { exclude: ["@electric-sql/pglite"] },
  build: { target: "es2022", chunkSizeWarningLimit: 4000, reportCompressedSize: false },
  worker: { format: "es" },
  plugins: [offline()],
  preview: { port: 5173, strictPort: false }
})
