export { SAMPLE_ORDER, SAMPLE_USER } from './sample-records';
