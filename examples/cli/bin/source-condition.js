// A module resolution hook: resolves the workspace packages to their TypeScript sources (the
// `@pctnxh/source` export condition), as `node --conditions=@pctnxh/source` would.
export const resolve = (specifier, context, nextResolve) =>
  nextResolve(specifier, { ...context, conditions: [...new Set([...context.conditions, "@pctnxh/source"])] })
