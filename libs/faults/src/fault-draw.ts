import { createHmac } from 'node:crypto';

/**
 * The engine's seeded random numbers, with Node's crypto and no state to share: draw `n` of a
 * rule is HMAC-SHA256 keyed by the seed over `<rule id>:<purpose>:<n>`, its first 48 bits divided
 * by 2^48. The same seed, rule and call order give the same draws on every machine, and one
 * rule's draws do not shift when another rule is added.
 */
export function faultDraw(seed: number, ruleId: string, purpose: string, n: number): number {
  const digest = createHmac('sha256', String(seed)).update(`${ruleId}:${purpose}:${n}`).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}
