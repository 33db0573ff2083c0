// A rule's shape and checks are the admin API's contract, kept in @app/contracts beside the other
// request bodies (the fault CLIs send it); re-exported so the services' kit finds all of faults here.
export {
  FAULT_KINDS,
  type FaultKind,
  type FaultRule,
  FaultRuleDto,
  parseFaultRules,
  type StoredFaultRule,
  validateFaultRule,
} from '@app/contracts/faults';
export { faultDraw } from './fault-draw';
export { FaultEngine } from './fault-engine';
export type { FaultPoint } from './fault-engine';
export { FaultInjector, SIMULATED_RULE_ID } from './fault-injector';
export { InjectedFaultError } from './injected-fault.error';
export { markInjected } from './mark-injected';
export { withSimulatedFault } from './simulated-fault';
