/** The audit details of an override of consent: plain values only. */
export const overrideDetails = (
  override: { readonly basis: string; readonly note: string },
  need: { readonly on: string; readonly providerKind?: string | undefined },
  persons: number
): Readonly<Record<string, string | number>> => ({
  basis: override.basis,
  note: override.note.trim(),
  on: need.on,
  persons,
  ...(need.providerKind === undefined ? {} : { providerKind: need.providerKind })
})
