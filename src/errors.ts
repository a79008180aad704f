/**
 * The one error class of claimlint, for problems the user must fix before
 * anything can be linted: bad flags, a malformed claims.yaml, an invalid
 * rule option. Each carries its exit code (2: usage or configuration) and,
 * for file problems, every problem found with its place, so one run reports
 * them all.
 */

/** A problem at a place in a file, printed as `file:line:column: message`. */
export interface Problem {
  file: string
  line: number
  column: number
  message: string
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`
}

export class ClaimlintError extends Error {
  readonly exitCode: number
  readonly problems: Problem[]

  constructor(message: string, options: {exitCode?: number; problems?: Problem[]} = {}) {
    super(message)
    this.name = 'ClaimlintError'
    this.exitCode = options.exitCode ?? 2
    this.problems = options.problems ?? []
  }

  /** An error listing every problem, one `file:line:column: message` per line. */
  static fromProblems(problems: Problem[]): ClaimlintError {
    return new ClaimlintError(problems.map(formatProblem).join('\n'), {problems})
  }
}

/**
 * One line for an error nobody expected: what the run was doing, the file
 * the error names when it names one, and the first line of its message —
 * `Unexpected error while loading the registry claims.yaml: RangeError: ...`.
 * The stack is for `--debug`.
 */
export function describeUnexpected(error: unknown, doing: string): string {
  const value = error as {name?: unknown; message?: unknown; path?: unknown} | undefined
  const name = typeof value?.name === 'string' ? value.name : 'Error'
  const message = typeof value?.message === 'string' ? value.message : String(error)
  const file = typeof value?.path === 'string' ? ` (${value.path})` : ''
  const first = message.split('\n', 1)[0].trim() || 'no message'
  return `Unexpected error while ${doing}${file}: ${name}: ${first}`
}
