/**
 * The browser host of @pctnxh: three screens over one client on PGlite in IndexedDB. Plain
 * TypeScript and the DOM — the screens are forms, cards and three charts, which a framework
 * would not make simpler, only larger to download on a peer educator's phone.
 */
import "./style.css"
import * as app from "./app.js"
import * as dashboard from "./dashboard.js"
import * as files from "./files.js"
import { explain, lang, number, setLang, t } from "./i18n.js"
import * as record from "./record.js"
import { DEMO } from "./spec.js"
import { h } from "./ui.js"

type Screen = "record" | "dashboard" | "files"
const screens: ReadonlyArray<Screen> = ["record", "dashboard", "files"]
const main = document.getElementById("main")!
const status = document.getElementById("status")!

const current = (): Screen => {
  const hash = location.hash.replace(/^#\/?/, "") as Screen
  return screens.includes(hash) ? hash : "record"
}

const say = (text: string) => (status.textContent = text)

const demoButton = (): HTMLElement => {
  const progress = h("progress", { max: 1, hidden: true, "aria-label": t("demoLoading") })
  const button = h("button", { type: "button", class: "secondary", "data-testid": "demo" }, t("demo"))
  button.addEventListener("click", () => {
    void (async () => {
      button.disabled = true
      progress.hidden = false
      try {
        const client = await app.client()
        const loaded = await client.demo.load({
          ...DEMO,
          onProgress: (n) => say(`${t("demoLoading")}: ${number(n)} ${t("records")}`)
        })
        say(`${t("demoDone")}: ${number(loaded.records)} ${t("records")}`)
        document.documentElement.dataset.demo = "loaded"
        await show()
      } catch (error) {
        say(`${t("error")}: ${explain(error)}`)
      } finally {
        button.disabled = false
        progress.hidden = true
      }
    })()
  })
  return h("div", { class: "demo" }, button, h("span", { class: "help" }, ` ${t("demoHelp")}`), progress)
}

const chrome = () => {
  document.title = t("title")
  document.documentElement.lang = lang()
  document.querySelector(".skip")!.textContent = t("skip")
  const nav = document.getElementById("nav")!
  nav.setAttribute("aria-label", t("nav"))
  nav.replaceChildren(
    ...screens.map((s) => h("a", { href: `#/${s}`, ...(s === current() ? { "aria-current": "page" } : {}) }, t(s))),
    demoButton()
  )
  const toggle = document.getElementById("lang")!
  toggle.textContent = t("switchLang")
  toggle.setAttribute("aria-label", t("switchLangLabel"))
}

let shown = 0

/** Renders the current screen into a view of its own: a slower earlier render never overwrites a later one. */
const show = async () => {
  const generation = ++shown
  chrome()
  const view = h("div", { class: "view" })
  main.replaceChildren(view)
  main.setAttribute("aria-busy", "true")
  delete document.documentElement.dataset.screen
  const screen = current()
  try {
    if (screen === "dashboard") await dashboard.render(view, demoButton)
    else if (screen === "files") await files.render(view)
    else await record.render(view, demoButton)
  } catch (error) {
    view.replaceChildren(h("p", { class: "error", role: "alert" }, `${t("error")}: ${explain(error)}`))
  }
  if (generation !== shown) return
  main.setAttribute("aria-busy", "false")
  document.documentElement.dataset.screen = screen
}

document.getElementById("lang")!.addEventListener("click", () => {
  setLang(lang() === "vi" ? "en" : "vi")
  void show()
})
window.addEventListener("hashchange", () => {
  void show().then(() => main.focus())
})
window.addEventListener("offline", () => say(t("offline")))
window.addEventListener("online", () => say(t("ready")))

say(t("opening"))
void app
  .client()
  .then(async () => {
    say(navigator.onLine ? t("ready") : t("offline"))
    document.documentElement.dataset.db = "open"
    await show()
  })
  .catch((error: unknown) => say(`${t("error")}: ${explain(error)}`))

// not on the development server, whose modules change under it
if ("serviceWorker" in navigator && import.meta.hot === undefined) {
  void navigator.serviceWorker.register("./sw.js").then(() => navigator.serviceWorker.ready).then(() => {
    document.documentElement.dataset.offline = "ready"
  })
}
