/**
 * The browser host end to end, in Debian's Chromium driven by playwright-core, against the
 * production build served on localhost: recording survives a reload and works offline, the
 * dashboard shows the numbers Node computes on the same demo data, an import reports its bad
 * row, an export reads back. Screenshots at phone and desktop sizes go to `test-output/`.
 */
import { Client } from "@pctnxh/client"
import ExcelJS from "exceljs"
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import { createServer, type Server } from "node:http"
import { extname, join, normalize } from "node:path"
import { fileURLToPath } from "node:url"
import { type Browser, chromium, type Page } from "playwright-core"
import { build } from "vite"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEMO, HEADLINE, specs } from "../src/spec.js"

const root = fileURLToPath(new URL("..", import.meta.url))
const dist = join(root, "test-output", "dist")
const shots = join(root, "test-output", "screenshots")
const CHROMIUM = process.env.PCTNXH_CHROMIUM ?? "/usr/bin/chromium"
const available = existsSync(CHROMIUM)
if (!available && process.env.CI === "true") throw new Error(`Chromium is not at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium`)
if (!available) console.warn(`skipped: Chromium is not at ${CHROMIUM} (apt-get install -y --no-install-recommends chromium)`)

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 900 }
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json",
  ".data": "application/octet-stream"
}

let server: Server
let browser: Browser
let url = ""

beforeAll(async () => {
  if (!available) return
  rmSync(join(root, "test-output"), { recursive: true, force: true })
  mkdirSync(shots, { recursive: true })
  await build({ root, configFile: join(root, "vite.config.ts"), logLevel: "error", build: { outDir: dist, emptyOutDir: true } })
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "")
    const file = join(dist, path.endsWith("/") ? "index.html" : path)
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const address = server.address()
  url = `http://localhost:${typeof address === "object" && address !== null ? address.port : 0}/`
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
  })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => (server === undefined ? resolve(undefined) : server.close(resolve)))
})

const opened = async (page: Page, screen = "record") => {
  await page.waitForSelector("html[data-db=open]", { state: "attached", timeout: 90_000 })
  await page.waitForSelector(`html[data-screen=${screen}]`, { state: "attached", timeout: 120_000 })
}

/** Chooses a province, then the first commune once the list is filled. */
const pickPlace = async (page: Page, province: string) => {
  await page.getByLabel("Tỉnh, thành phố", { exact: true }).selectOption(province)
  await page.waitForFunction(() => document.querySelectorAll("select[name=siteId] option").length > 1)
  await page.getByLabel("Xã, phường (địa bàn)").selectOption({ index: 1 })
}

const choose = async (page: Page, label: string, value: string) => {
  await page.getByLabel(label, { exact: true }).selectOption(value)
}

describe.runIf(available)("the browser host", () => {
  it("records a contact with the person pseudonymised, keeps it across a reload, and records offline", async () => {
    const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2 })
    const page = await context.newPage()
    const errors: Array<string> = []
    page.on("pageerror", (e) => errors.push(e.message))
    await page.goto(`${url}?db=e2e-record`)
    await opened(page)
    await page.waitForSelector("html[data-offline=ready]", { state: "attached", timeout: 60_000 })
    // a first model for a fresh database
    await page.getByLabel("Tên mô hình").fill("Nhóm tự lực Đồ Sơn")
    await pickPlace(page, "31@2025")
    await page.getByRole("button", { name: "Thêm mô hình" }).click()
    await page.waitForSelector("#contact-title")

    // validation next to the field, in Vietnamese
    await page.getByLabel("Họ tên mẹ").fill("Nguyễn Thị Đào")
    await page.getByLabel("Họ tên cha").fill("Trần Văn Hùng")
    await page.getByLabel("Năm sinh").fill("1850")
    await page.getByRole("button", { name: "Lưu lượt tiếp cận" }).click()
    const yearError = page.locator("[data-field=birthYear] ~ .error")
    await expect.poll(() => yearError.textContent(), { timeout: 30_000 }).toMatch(/\S/)
    expect(await page.getByLabel("Năm sinh").getAttribute("aria-invalid")).toBe("true")
    await page.screenshot({ path: join(shots, "record-error-phone.png"), fullPage: true })

    await page.getByLabel("Năm sinh").fill("1998")
    await page.getByRole("button", { name: "Lưu lượt tiếp cận" }).click()
    await page.waitForSelector("text=Đã lưu ✓")
    await expect.poll(() => page.getByTestId("contact-count").textContent(), { timeout: 30_000 }).toBe("1")
    expect(await page.getByLabel("Họ tên mẹ").inputValue()).toBe("")
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))
    expect(stored).not.toContain("Đào")

    await page.reload()
    await opened(page)
    await expect.poll(() => page.getByTestId("contact-count").textContent(), { timeout: 30_000 }).toBe("1")
    expect(await page.getByTestId("recent").locator("li").count()).toBe(1)

    await context.setOffline(true)
    await page.reload()
    await opened(page)
    await expect.poll(() => page.locator("#status").textContent(), { timeout: 30_000 }).toContain("ngoại tuyến")
    await page.getByLabel("Không hỏi thông tin (lượt ẩn danh)").check()
    await choose(page, "Dịch vụ", "condoms")
    await page.getByRole("button", { name: "Lưu lượt tiếp cận" }).click()
    await page.waitForSelector("text=Đã lưu ✓")
    await expect.poll(() => page.getByTestId("contact-count").textContent(), { timeout: 30_000 }).toBe("2")
    await page.screenshot({ path: join(shots, "record-phone.png"), fullPage: true })
    await page.setViewportSize(DESKTOP)
    await page.screenshot({ path: join(shots, "record-desktop.png"), fullPage: true })
    await context.setOffline(false)

    // an inspection with a fine but no violation: the library's rule, next to the field
    await page.getByRole("tab", { name: "Kiểm tra cơ sở" }).click()
    await page.waitForSelector("#visit-title")
    await pickPlace(page, "31@2025")
    await page.getByLabel("Tên hoặc mã cơ sở").fill("Karaoke Biển Xanh")
    await page.getByLabel("Tiền phạt (đồng)").fill("5000000")
    await page.getByRole("button", { name: "Lưu kết quả kiểm tra" }).click()
    await expect.poll(() => page.locator("[data-field=fine] ~ .error").textContent(), { timeout: 30_000 }).toContain("vi phạm")
    await choose(page, "Kết quả", "violation")
    await page.getByRole("button", { name: "Lưu kết quả kiểm tra" }).click()
    await page.waitForSelector("text=Đã lưu ✓")
    expect(errors).toEqual([])
    await context.close()
  }, 300_000)

  it("loads demo data and shows the numbers Node computes on the same data; imports a file with an error; exports", async () => {
    const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true })
    const page = await context.newPage()
    const errors: Array<string> = []
    page.on("pageerror", (e) => errors.push(e.message))
    await page.goto(`${url}?db=e2e-demo#/dashboard`)
    await opened(page, "dashboard")
    await page.getByTestId("demo").first().click()
    await page.waitForSelector("html[data-demo=loaded]", { state: "attached", timeout: 240_000 })
    await page.waitForSelector(".results[data-ready=true]", { timeout: 120_000 })

    // the same report in Node, on the same demo data
    const node = Client.memory()
    await node.demo.load({ ...DEMO, years: [...DEMO.years] })
    const choice = { calendar: "plain", year: 2020, quarter: "", unit: "", model: "", audience: "model_officer" } as const
    const expected = await node.reports.preview(await node.reports.run(specs(choice).main), "model_officer")
    await node.dispose()
    for (const code of HEADLINE) {
      const cell = expected.cells.find((c) => c.indicator === code && c.period === "2020" && c.adminUnit === undefined && Object.keys(c.disaggregation).length === 0)
      const shown = await page.locator(`[data-indicator=${code}]`).getAttribute("data-value")
      expect(shown, code).toBe(cell === undefined || cell.value === null ? "none" : String(cell.value))
    }
    expect(await page.locator("[data-indicator=CONTACTS] .kpi-unit").textContent()).toBe("lượt")
    expect(await page.locator("[data-indicator=PERSONS_REACHED] .kpi-unit").textContent()).toBe("người")
    await page.screenshot({ path: join(shots, "dashboard-desktop.png"), fullPage: true })

    // a donor sees small cells hidden
    await choose(page, "Xem như", "donor")
    await choose(page, "Địa bàn", "31@pre2025")
    await page.getByRole("button", { name: "Xem", exact: true }).click()
    await page.waitForSelector(".results[data-ready=true][data-audience=donor]", { timeout: 120_000 })
    // a donor sees provinces at most: no chart by commune, and the page says why
    expect(await page.locator(".results .error").count()).toBe(0)
    expect(await page.getByTestId("sites-beyond-audience").textContent()).toContain("cấp tỉnh")
    await page.setViewportSize(PHONE)
    await page.screenshot({ path: join(shots, "dashboard-phone.png"), fullPage: true })
    await page.setViewportSize(DESKTOP)

    // English
    await page.getByRole("button", { name: "Switch to English" }).click()
    await page.waitForSelector("text=Headline indicators")
    await page.getByRole("button", { name: "Chuyển sang tiếng Việt" }).click()
    await opened(page, "dashboard")

    // import a file with a bad row
    await page.goto(`${url}?db=e2e-demo#/files`)
    await opened(page, "files")
    const csv = [
      "Ngày,Mã người,Mô hình,Mã đơn vị,Dịch vụ,Hình thức,Đối tượng,Giới tính,Năm sinh,Cư trú",
      "15/06/2020,P-001,model-p1-1,308,Tư vấn,Tiếp cận cộng đồng,Người bán dâm,Nữ,1995,Tạm trú",
      "31/02/2020,P-002,model-p1-1,308,Tư vấn,Tiếp cận cộng đồng,Người bán dâm,Nữ,1996,Tạm trú"
    ].join("\n")
    await page.getByLabel("Tệp", { exact: true }).setInputFiles({ name: "tiep-can.csv", mimeType: "text/csv", buffer: Buffer.from(csv) })
    await page.getByRole("button", { name: "Nhập", exact: true }).click()
    const report = page.getByTestId("row-report")
    await expect.poll(() => report.textContent(), { timeout: 60_000 }).toContain('tiep-can.csv, dòng 3, cột A "Ngày" (date): không phải là ngày có thật')
    expect(await report.textContent()).toContain("Lưu 1 bản ghi mới")

    // release to the donor and download
    await page.getByRole("button", { name: "Công bố", exact: true }).click()
    await expect.poll(() => page.getByTestId("release-status").textContent(), { timeout: 120_000 }).toContain("Đã công bố")
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải XLSX" }).click()])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile((await xlsx.path())!)
    expect(workbook.worksheets.map((w: { name: string }) => w.name)).toEqual(["Báo cáo", "Giải thích", "Dữ liệu"])
    expect(xlsx.suggestedFilename()).toBe("bao-cao-2020-donor.xlsx")
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải CSV" }).click()])
    const text = readFileSync((await csvDownload.path())!, "utf8")
    expect(text.split("\r\n")[0]).toContain("Mã chỉ tiêu")
    const [dhis2] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải DHIS2 JSON" }).click()])
    expect(JSON.parse(readFileSync((await dhis2.path())!, "utf8")).dataValues.length).toBeGreaterThan(0)
    await page.screenshot({ path: join(shots, "files-desktop.png"), fullPage: true })
    await page.setViewportSize(PHONE)
    await page.screenshot({ path: join(shots, "files-phone.png"), fullPage: true })
    expect(errors).toEqual([])
    await context.close()
  }, 600_000)
})
