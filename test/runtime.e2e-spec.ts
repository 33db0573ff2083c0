import { SERVICE_NAMES, serviceUrl } from './support/e2e-services';
import { httpCall } from './support/http-call';
import { useServicesWithReceiver } from './support/services-suite';

jest.setTimeout(30_000);

/** The oldest Node.js major the project runs on: 24, the active LTS (Node 20 is end-of-life). */
const MINIMUM_NODE_MAJOR = 24;

describe('the Node.js the services run on', () => {
  useServicesWithReceiver();

  it.each(SERVICE_NAMES)(
    `%s runs on Node ${MINIMUM_NODE_MAJOR} or newer, and says so at /health/ready`,
    async (name) => {
      const { status, body } = await httpCall(`${serviceUrl(name)}/health/ready`);
      const node = (body as { node?: string }).node ?? '';

      expect({ status, node }).toEqual({ status: 200, node: expect.stringMatching(/^v\d+\./) });
      expect(Number(node.slice(1).split('.')[0])).toBeGreaterThanOrEqual(MINIMUM_NODE_MAJOR);
    },
  );
});
