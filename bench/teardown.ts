/**
 * Undoing what a benchmark started (local chains, bundlers, previews, browsers, databases,
 * scratch directories): they run in process groups of their own and would outlive an
 * interrupted or failed benchmark.
 */

/** Steps to undo what was started, run last first; each runs even if an earlier one fails. */
export class Teardown {
  private readonly steps: (() => unknown)[] = [];

  add(step: () => unknown): void {
    this.steps.push(step);
  }

  async run(): Promise<void> {
    for (const step of this.steps.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        console.warn("cleanup:", error);
      }
    }
  }
}

/**
 * Runs `body` with a teardown that runs when `body` ends or fails, or when the process is
 * interrupted (Ctrl-C, SIGTERM), which then exits with 130 or 143.
 */
export async function withTeardown<T>(body: (teardown: Teardown) => Promise<T>): Promise<T> {
  const teardown = new Teardown();
  const interrupt = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping what the benchmark started`);
    void teardown.run().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  try {
    return await body(teardown);
  } finally {
    process.off("SIGINT", interrupt);
    process.off("SIGTERM", interrupt);
    await teardown.run();
  }
}
