/** Injection token for the running service's name, as its traces show it. */
export const SERVICE_NAME = Symbol('SERVICE_NAME');
