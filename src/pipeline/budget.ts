/**
 * Budget: a per-file time limit checked between steps of the lint.
 *
 * JavaScript cannot interrupt synchronous code from inside the same thread,
 * so a budget is cooperative: the engine calls `check` between its steps
 * (parse, extract, match, each document rule) and between sentences, and the
 * parser calls it between blocks. A budget therefore ends a lint that spends
 * its time in many bounded pieces, but not one single call that never
 * returns (a regular expression or a dependency's loop stuck on one block):
 * that call runs to its end before the next check reports the overrun.
 */
export class BudgetExceeded extends Error {
  /** The step that was running when the budget ran out. */
  readonly step: string
  /** The budget, in milliseconds. */
  readonly ms: number

  constructor(step: string, ms: number) {
    super(`took longer than ${ms} ms (during ${step})`)
    this.name = 'BudgetExceeded'
    this.step = step
    this.ms = ms
  }
}

export class Budget {
  private readonly deadline: number

  constructor(
    private readonly ms: number,
    private readonly now: () => number = () => performance.now()
  ) {
    this.deadline = now() + ms
  }

  /** Throw `BudgetExceeded` naming `step` when the time is up. */
  check(step: string): void {
    if (this.now() > this.deadline) throw new BudgetExceeded(step, this.ms)
  }
}
