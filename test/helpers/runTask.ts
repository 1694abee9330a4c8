import hre from "hardhat";

/** Runs a Hardhat task and returns what it printed (and its result), or the error it ended with. */
export async function runTask(name: string, args: Record<string, unknown> = {}) {
  const printed: string[] = [];
  const original = console.log;
  console.log = (...parts: unknown[]) => printed.push(parts.join(" "));
  try {
    const result = await hre.run(name, args);
    return { output: printed.join("\n"), result, error: null as string | null };
  } catch (error) {
    return { output: printed.join("\n"), result: null, error: (error as Error).message };
  } finally {
    console.log = original;
  }
}
