import { expectedTrees } from '@app/contracts/traces';
import { placeExpectedSpans, serviceOfExpectedSpan } from './expected-span-services';

describe(placeExpectedSpans.name, () => {
  it('places each span in the service its name or its parent names, depth-first', () => {
    const places = placeExpectedSpans(expectedTrees['out-of-stock']).map(
      ({ node, service, parentService }) => `${parentService ?? '-'} > ${service}: ${node.name}`,
    );

    expect(places).toEqual([
      '- > api-gateway: api-gateway.create_order',
      'api-gateway > user-service: user-service.get_user',
      'user-service > database-service: database-service.query',
      'api-gateway > order-service: order-service.create_order',
      'order-service > order-service: check_inventory',
      'order-service > inventory-service: inventory-service.check',
    ]);
  });

  it('refuses a tree whose first span does not name its service', () => {
    expect(() => serviceOfExpectedSpan('check_inventory')).toThrow(
      'check_inventory opens a tree, so its name must start with its service',
    );
  });
});
