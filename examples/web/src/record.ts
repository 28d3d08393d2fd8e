/**
 * Record: a service contact (the person pseudonymised on this device from their parents' names,
 * which are then dropped), a group session or training, an inspection visit. Problems are shown
 * next to the field they are about, in the language chosen, as the library explains them.
 */
import { Activity, Establishment, Inspection, Model, Organisation, Person, ServiceEvent } from "@pctnxh/core"
import * as app from "./app.js"
import { explain, l, lang, number, t } from "./i18n.js"
import { clearErrors, type Field, field, h, input, select, setError, today } from "./ui.js"

type Vocabulary = { readonly members: ReadonlyArray<string>; readonly label: (m: never) => { vi: string; en: string } }
const options = (v: Vocabulary, blank = false): Array<readonly [string, string]> => [
  ...(blank ? [["", t("none")] as const] : []),
  ...v.members.map((m) => [m, l(v.label(m as never))] as const)
]

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`

/** Shows a library error against the fields it names; what names no field goes to `general`. */
const showError = (error: unknown, fields: ReadonlyArray<Field>, general: HTMLElement, aliases: Record<string, string> = {}) => {
  const byName = new Map(fields.map((f) => [f.name, f]))
  const e = error as { _tag?: string; records?: ReadonlyArray<{ issues: ReadonlyArray<{ field: string; problem: { vi: string; en: string } }> }> }
  let placed = 0
  if (e._tag === "InvalidBatch" && e.records !== undefined) {
    for (const record of e.records) {
      for (const issue of record.issues) {
        const name = aliases[issue.field] ?? issue.field.split(/[.[]/)[0]!
        const f = byName.get(name)
        if (f !== undefined) {
          setError(f, l(issue.problem))
          placed++
        }
      }
    }
  }
  if (e._tag === "IncompleteUic") {
    const mother = byName.get("motherName")
    if (mother !== undefined) {
      setError(mother, explain(error))
      placed++
    }
  }
  general.textContent = placed > 0 ? t("fixBelow") : `${t("error")}: ${explain(error)}`
  general.hidden = false
  ;(fields.find((f) => f.control.getAttribute("aria-invalid") === "true")?.control ?? general).focus()
}

const requireFilled = (fields: ReadonlyArray<Field>): boolean => {
  let ok = true
  for (const f of fields) {
    if (f.control.required && f.control.value.trim() === "") {
      setError(f, t("required"))
      ok = false
    }
  }
  return ok
}

/**
 * A form that saves a record: its errors cleared and required fields checked on submit, then
 * `save`; what the library rejects is shown against the fields it names.
 */
const recordForm = (options: {
  readonly id: string
  readonly title: string
  readonly body: ReadonlyArray<HTMLElement>
  readonly fields: ReadonlyArray<Field>
  readonly submit: string
  readonly save: () => Promise<void>
  readonly aliases?: Record<string, string>
}): HTMLFormElement => {
  const general = h("p", { class: "error", role: "alert", hidden: true, tabindex: "-1" })
  const done = h("p", { class: "ok", role: "status" })
  const form = h(
    "form",
    { novalidate: true, "aria-labelledby": `${options.id}-title` },
    h("h3", { id: `${options.id}-title` }, options.title),
    ...options.body,
    general,
    h("button", { type: "submit" }, options.submit),
    done
  )
  form.addEventListener("submit", (event) => {
    event.preventDefault()
    void (async () => {
      clearErrors(options.fields)
      general.hidden = true
      done.textContent = ""
      if (!requireFilled(options.fields)) return showError({}, options.fields, general)
      try {
        await options.save()
        done.textContent = `${t("saved")} ✓`
      } catch (error) {
        showError(error, options.fields, general, options.aliases)
      }
    })()
  })
  return form
}

/** A province select and a commune select, as the map stood on the form's date. */
const place = async (date: () => string, initial?: string) => {
  const province = field("province", t("province"), select([["", t("none")]], undefined, { required: true }))
  const site = field("siteId", t("site"), select([["", t("none")]], undefined, { required: true }))
  const fillCommunes = async (chosen?: string) => {
    const list = province.control.value === "" ? [] : await app.communes(province.control.value, date())
    site.control.replaceChildren(...[["", t("none")], ...list.map((u) => [u.id, u.name])].map(([v, n]) => h("option", { value: v! }, n!)))
    if (chosen !== undefined && list.some((u) => u.id === chosen)) site.control.value = chosen
  }
  const fill = async () => {
    const previous = province.control.value
    const list = await app.provinces(date())
    province.control.replaceChildren(...[["", t("none")], ...list.map((u) => [u.id, u.name])].map(([v, n]) => h("option", { value: v! }, n!)))
    if (list.some((u) => u.id === previous)) province.control.value = previous
    await fillCommunes()
  }
  const setUnit = async (unitId: string | undefined) => {
    if (unitId === undefined) return
    const p = await app.provinceOf(unitId, date())
    if (p !== undefined) province.control.value = p
    await fillCommunes(unitId)
  }
  province.control.addEventListener("change", () => void fillCommunes())
  await fill()
  await setUnit(initial)
  return { province, site, refill: fill, setUnit }
}

const recent = async (): Promise<HTMLElement> => {
  const client = await app.client()
  const total = await client.records.count("serviceEvent")
  const events: Array<ServiceEvent.ServiceEvent> = []
  for await (const e of client.records.list("serviceEvent")) {
    if (e.id.startsWith("web-")) events.push(e)
  }
  events.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
  const g = await client.geography()
  const name = (id: string) => {
    const u = g.get(id)
    return u._tag === "Some" ? u.value.name : id
  }
  return h(
    "section",
    { class: "card", "aria-labelledby": "recent-title" },
    h("h3", { id: "recent-title" }, t("recent")),
    h("p", {}, h("strong", { "data-testid": "contact-count" }, number(total)), ` ${t("contactsCount")}`),
    h(
      "ul",
      { class: "recent", "data-testid": "recent" },
      ...events.slice(0, 5).map((e) =>
        h("li", {}, `${e.date} · ${l(ServiceEvent.ServiceType.label(e.service))} · ${name(e.siteId)}${e.personId === undefined ? "" : " · 👤"}`)
      )
    )
  )
}

const contactForm = async (all: ReadonlyArray<Model.Model>, refresh: () => void): Promise<HTMLElement> => {
  const date = field("date", t("date"), input({ type: "date", required: true, max: today() }))
  date.control.value = today()
  const model = field("modelId", t("model"), select([["", t("none")], ...all.map((m) => [m.id, m.name] as const)], all[0]?.id, { required: true }))
  const where = await place(() => date.control.value || today(), all[0]?.siteIds[0])
  const service = field("service", t("service"), select(options(ServiceEvent.ServiceType), "counselling"))
  const channel = field("channel", t("channel"), select(options(ServiceEvent.Channel), "outreach"))
  const anonymous = h("input", { type: "checkbox", id: "anonymous", name: "anonymous" })
  const mother = field("motherName", t("motherName"), input({ autocomplete: "off", spellcheck: "false" }))
  const father = field("fatherName", t("fatherName"), input({ autocomplete: "off", spellcheck: "false" }))
  const sex = field("sex", t("sex"), select(options(Person.Sex), "female"))
  const birthYear = field("birthYear", t("birthYear"), input({ type: "number", inputmode: "numeric", min: 1900, max: 2100 }))
  const population = field("population", t("population"), select(options(Person.PopulationCategory), "sex_worker"))
  const residence = field("residence", t("residence"), select(options(Person.ResidenceStatus), "temporary"))
  const referral = field("referral", t("referral"), select([["", t("noReferral")], ...options(Organisation.OrganisationKind)]))
  const outcome = field("referralOutcome", t("referralOutcome"), select(options(ServiceEvent.ReferralOutcome), "pending"))
  const fields = [date, model, where.province, where.site, service, channel, mother, father, sex, birthYear, population, residence, referral, outcome]
  const general = h("p", { class: "error", role: "alert", hidden: true, tabindex: "-1" })
  const done = h("p", { class: "ok", role: "status" })
  const identity = [mother, father, birthYear]
  anonymous.addEventListener("change", () => identity.forEach((f) => ((f.control.disabled = anonymous.checked), setError(f, undefined))))
  model.control.addEventListener("change", () => void where.setUnit(all.find((m) => m.id === model.control.value)?.siteIds[0]))
  date.control.addEventListener("change", () => void where.refill())

  const form = h(
    "form",
    { novalidate: true, "aria-labelledby": "contact-title" },
    h("h3", { id: "contact-title" }, t("contact")),
    date.row,
    model.row,
    where.province.row,
    where.site.row,
    service.row,
    channel.row,
    h(
      "fieldset",
      {},
      h("legend", {}, t("person")),
      h("p", { class: "help" }, t("personHelp")),
      h("div", { class: "check" }, anonymous, h("label", { for: "anonymous" }, t("anonymous"))),
      mother.row,
      father.row,
      sex.row,
      birthYear.row,
      population.row,
      residence.row
    ),
    referral.row,
    outcome.row,
    general,
    h("button", { type: "submit" }, t("saveContact")),
    done
  )
  form.addEventListener("submit", (event) => {
    event.preventDefault()
    void (async () => {
      clearErrors(fields)
      general.hidden = true
      done.textContent = ""
      if (!requireFilled(fields)) return showError({}, fields, general)
      const client = await app.client()
      const year = birthYear.control.value.trim() === "" ? undefined : Number(birthYear.control.value)
      try {
        let personId: string | undefined
        if (!anonymous.checked) {
          const registered = await client.persons.register(
            { motherName: mother.control.value, fatherName: father.control.value },
            {
              population: population.control.value as Person.PopulationCategory,
              sex: sex.control.value as Person.Sex,
              residence: residence.control.value as Person.ResidenceStatus,
              ...(year === undefined || !Number.isInteger(year) || year < 1900 || year > 2100 ? {} : { birthYear: year })
            }
          )
          personId = registered.personId
        }
        await client.records.put("serviceEvent", [
          {
            id: newId("web"),
            ...(personId === undefined ? {} : { personId }),
            modelId: model.control.value,
            siteId: where.site.control.value,
            date: date.control.value,
            service: service.control.value,
            channel: channel.control.value,
            population: population.control.value,
            sex: sex.control.value,
            residence: residence.control.value,
            ...(year === undefined ? {} : { birthYear: year }),
            ...(referral.control.value === "" ? {} : { referral: { providerKind: referral.control.value, outcome: outcome.control.value } })
          }
        ])
        // the names leave the page as soon as the pseudonym is made
        mother.control.value = ""
        father.control.value = ""
        done.textContent = `${t("saved")} ✓`
        refresh()
      } catch (error) {
        showError(error, fields, general, { "referral.providerKind": "referral", "referral.outcome": "referralOutcome" })
      }
    })()
  })
  return form
}

const sessionForm = async (all: ReadonlyArray<Model.Model>, refresh: () => void): Promise<HTMLElement> => {
  const date = field("date", t("date"), input({ type: "date", required: true, max: today() }))
  date.control.value = today()
  const type = field("type", t("activityType"), select(options(Activity.ActivityType), "group_session"))
  const audience = field("audience", t("audience"), select(options(Activity.ActivityAudience), "sex_workers"))
  const model = field("modelId", t("model"), select([["", t("none")], ...all.map((m) => [m.id, m.name] as const)], all[0]?.id))
  const where = await place(() => date.control.value || today(), all[0]?.siteIds[0])
  const sessions = field("sessions", t("sessions"), input({ type: "number", inputmode: "numeric", min: 1, required: true, value: "1" }))
  const participants = field("participantContacts", t("participants"), input({ type: "number", inputmode: "numeric", min: 0, required: true }))
  const cost = field("cost", t("cost"), input({ type: "number", inputmode: "numeric", min: 0 }))
  const fields = [date, type, audience, model, where.province, where.site, sessions, participants, cost]
  model.control.addEventListener("change", () => void where.setUnit(all.find((m) => m.id === model.control.value)?.siteIds[0]))
  date.control.addEventListener("change", () => void where.refill())
  return recordForm({
    id: "session",
    title: t("session"),
    body: fields.map((f) => f.row),
    fields,
    submit: t("saveSession"),
    aliases: { unitId: "siteId" },
    save: async () => {
      await (await app.client()).records.put("activity", [
        {
          id: newId("web-act"),
          type: type.control.value,
          audience: audience.control.value,
          ...(model.control.value === "" ? {} : { modelId: model.control.value }),
          unitId: where.site.control.value,
          date: date.control.value,
          sessions: Number(sessions.control.value),
          participantContacts: Number(participants.control.value),
          ...(cost.control.value.trim() === "" ? {} : { cost: Number(cost.control.value) })
        }
      ])
      refresh()
    }
  })
}

const visitForm = async (refresh: () => void): Promise<HTMLElement> => {
  const date = field("date", t("date"), input({ type: "date", required: true, max: today() }))
  date.control.value = today()
  const team = field("teamLevel", t("teamLevel"), select(options(Inspection.TeamLevel), "commune"))
  const where = await place(() => date.control.value || today())
  const type = field("establishmentType", t("establishmentType"), select(options(Establishment.EstablishmentType), "karaoke"))
  const name = field("establishmentId", t("establishment"), input({ required: true, autocomplete: "off" }))
  const outcome = field("outcome", t("outcome"), select(options(Inspection.InspectionOutcome), "compliant"))
  const fine = field("fine", t("fine"), input({ type: "number", inputmode: "numeric", min: 0 }))
  const fields = [date, team, where.province, where.site, type, name, outcome, fine]
  date.control.addEventListener("change", () => void where.refill())
  return recordForm({
    id: "visit",
    title: t("inspection"),
    body: fields.map((f) => f.row),
    fields,
    submit: t("saveVisit"),
    aliases: { unitId: "siteId" },
    save: async () => {
      const unitId = where.site.control.value
      const day = date.control.value
      const slug = name.control.value.trim().toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^a-z0-9]+/g, "-")
      const establishmentId = `est-${slug}`
      const roundId = `round-${team.control.value}-${unitId}-${day.slice(0, 7)}`
      await (await app.client()).transaction(async (tx) => {
        await tx.records.put("inspectionVisit", [
          {
            id: newId("web-visit"),
            roundId,
            establishmentId,
            establishmentType: type.control.value,
            unitId,
            date: day,
            outcome: outcome.control.value,
            ...(fine.control.value.trim() === "" ? {} : { fine: Number(fine.control.value) })
          }
        ])
        const round = await tx.records.get("inspectionRound", roundId)
        await tx.records.put("inspectionRound", [
          {
            id: roundId,
            teamLevel: team.control.value,
            unitId,
            start: round === undefined || day < round.start ? day : round.start,
            end: round === undefined || day > round.end ? day : round.end
          }
        ])
        await tx.records.put("establishment", [{ id: establishmentId, type: type.control.value, unitId, atRisk: true }])
      })
      refresh()
    }
  })
}

const modelForm = async (refresh: () => void): Promise<HTMLElement> => {
  const name = field("name", t("modelName"), input({ required: true }))
  const type = field("type", t("modelType"), select(options(Model.ModelType), "community_support"))
  const where = await place(today)
  const fields = [name, type, where.province, where.site]
  const general = h("p", { class: "error", role: "alert", hidden: true, tabindex: "-1" })
  const form = h("form", { novalidate: true, "aria-labelledby": "model-title" }, h("h3", { id: "model-title" }, t("addModel")), ...fields.map((f) => f.row), general, h("button", { type: "submit" }, t("addModel")))
  form.addEventListener("submit", (event) => {
    event.preventDefault()
    void (async () => {
      clearErrors(fields)
      if (!requireFilled(fields)) return showError({}, fields, general)
      try {
        const client = await app.client()
        await client.records.put("organisation", [{ id: "org-web", name: "Đơn vị sử dụng ứng dụng", kind: "ngo" }])
        await client.records.put("model", [
          {
            id: newId("model-web"),
            name: name.control.value,
            type: type.control.value,
            implementerId: "org-web",
            funderIds: [],
            partnerIds: [],
            siteIds: [where.site.control.value],
            start: today()
          }
        ])
        refresh()
      } catch (error) {
        showError(error, fields, general, { siteIds: "siteId" })
      }
    })()
  })
  return form
}

export const render = async (main: HTMLElement, demoButton: () => HTMLElement): Promise<void> => {
  const refresh = () => void render(main, demoButton)
  const all = await app.models()
  const heading = h("h2", {}, t("record"))
  if (all.length === 0) {
    main.replaceChildren(heading, h("section", { class: "card" }, h("p", {}, t("noModels")), demoButton()), h("div", { class: "card" }, await modelForm(refresh)))
    return
  }
  const tabs = [
    ["contact", t("contact")],
    ["session", t("session")],
    ["inspection", t("inspection")]
  ] as const
  const which = (sessionStorage.getItem("pctnxh.form") ?? "contact") as (typeof tabs)[number][0]
  const tabList = h(
    "div",
    { role: "tablist", class: "tabs", "aria-label": t("record") },
    ...tabs.map(([id, label]) =>
      h(
        "button",
        {
          type: "button",
          role: "tab",
          "aria-selected": String(id === which),
          tabindex: id === which ? 0 : -1,
          onclick: () => {
            sessionStorage.setItem("pctnxh.form", id)
            refresh()
          }
        },
        label
      )
    )
  )
  tabList.addEventListener("keydown", (event) => {
    const buttons = [...tabList.querySelectorAll<HTMLButtonElement>("button")]
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      const next = buttons[(at + (event.key === "ArrowRight" ? 1 : buttons.length - 1)) % buttons.length]
      next?.focus()
      next?.click()
    }
  })
  const holder = h("div", {}, await recent())
  const refreshRecent = () => void recent().then((r) => holder.replaceChildren(r))
  const form =
    which === "session" ? await sessionForm(all, refreshRecent) : which === "inspection" ? await visitForm(refreshRecent) : await contactForm(all, refreshRecent)
  const panel = h("div", { role: "tabpanel", class: "card" }, form)
  main.replaceChildren(heading, tabList, panel, holder)
  document.documentElement.lang = lang()
}
