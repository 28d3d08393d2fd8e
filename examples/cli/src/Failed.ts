/** Ends a command with a non-zero exit code after it has said why itself. */
export class Failed {
  readonly _tag = "Failed"
  constructor(readonly code: number) {}
}
