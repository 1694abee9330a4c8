/** Child processes the local scripts start: waiting for them to answer, and stopping them. */
import type { ChildProcess } from "node:child_process";

export async function waitFor(ready: () => Promise<boolean>, what: string, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not start within ${seconds} s`);
}

/** Kills a process started with `detached: true` together with everything it started. */
export function killGroup(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}
