/**
 * The content service as a process: `npm run content`. Configured by environment variables
 * (docs/content-service.md); stops cleanly on Ctrl-C or SIGTERM.
 */
import { optionsFromEnv } from "./config";
import { startContentService } from "./service";

async function main(): Promise<void> {
  const service = await startContentService(optionsFromEnv());
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      service.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
}

main().catch((error: unknown) => {
  console.error(`[content] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
