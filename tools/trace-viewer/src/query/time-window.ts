/** A span start-time window in microseconds since the epoch, both ends included. */
export interface TimeWindow {
  fromUs: number;
  toUs: number;
}
