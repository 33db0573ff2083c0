export { eventually, pollFor, type PollOptions } from './poll';
