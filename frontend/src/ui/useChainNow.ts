import { useEffect, useState } from "react";
import { useBlock } from "wagmi";

/**
 * "Now" by the chain's clock, ticking every second: the latest block's time plus the time
 * since it was read. Deadlines are chain timestamps, and a test or demo chain may run ahead
 * of the wall clock.
 */
export function useChainNow(): number | null {
  const { data: block, dataUpdatedAt } = useBlock({ query: { refetchInterval: 15_000 } });
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setTick(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (!block) return null;
  return Number(block.timestamp) + Math.max(0, Math.floor((tick - dataUpdatedAt) / 1000));
}
