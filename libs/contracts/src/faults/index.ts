// `@app/contracts/faults`: a fault rule as the admin API (`POST /faults`) and the FAULTS setting
// take it, with its checks; the fault CLIs send it, the services' kit validates it.
export { FAULT_KINDS, type FaultKind, type FaultRule, type StoredFaultRule } from './fault-rule';
export { FaultRuleDto } from './fault-rule.dto';
export { parseFaultRules, validateFaultRule } from './validate-fault-rule';
