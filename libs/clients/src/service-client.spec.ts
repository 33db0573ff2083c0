import { HttpStatus, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { DownstreamClient, DownstreamError } from '@app/service-kit';
import { ServiceClient } from './service-client';
import { recordRequests, testBaseUrl } from './testing/recorded-requests';

/** A client of one hop whose calls are the base's own, one of each kind. */
@Injectable()
class ProbeClient extends ServiceClient('inventory-service') {
  list = () => this.get('/things');
  find = (id: number) => this.get('/things', { id });
  add = (thing: object) => this.post('/things', thing);
  remove = (id: number) => this.delete('/things', { id });
}

const BASE_URL = testBaseUrl('inventory-service');

describe(ServiceClient.name, () => {
  it('names its hop as the map does', () => {
    expect(ProbeClient.hop).toBe('inventory-service');
  });

  it.each([
    ['a GET with no parameters', (client: ProbeClient) => client.list(), { method: 'GET' }],
    [
      'a GET with query parameters',
      (client: ProbeClient) => client.find(7),
      { method: 'GET', params: { id: 7 } },
    ],
    [
      'a POST with a JSON body',
      (client: ProbeClient) => client.add({ name: 'x' }),
      { method: 'POST', data: { name: 'x' } },
    ],
    [
      'a DELETE with query parameters',
      (client: ProbeClient) => client.remove(7),
      { method: 'DELETE', params: { id: 7 } },
    ],
  ])('sends %s to the hop, at the base URL its setting holds', async (_kind, call, sent) => {
    const { requests } = await recordRequests(ProbeClient, call);

    expect(requests).toStrictEqual([
      { hop: 'inventory-service', baseURL: BASE_URL, url: '/things', ...sent },
    ]);
  });

  it('resolves with what the hop answered', async () => {
    const { result } = await recordRequests(ProbeClient, (client) => client.list(), ['a']);

    expect(result).toEqual(['a']);
  });

  it('is built by Nest from the DownstreamClient and the settings', async () => {
    const downstream = { request: jest.fn().mockResolvedValue([]) };
    const moduleRef = await Test.createTestingModule({
      providers: [
        ProbeClient,
        { provide: DownstreamClient, useValue: downstream },
        {
          provide: ConfigService,
          useValue: new ConfigService({ INVENTORY_SERVICE_URL: 'http://stock.test:18204' }),
        },
      ],
    }).compile();

    await moduleRef.get(ProbeClient).list();

    expect(downstream.request).toHaveBeenCalledWith('inventory-service', {
      method: 'GET',
      baseURL: 'http://stock.test:18204',
      url: '/things',
    });
  });

  it("refuses to be built when the caller's settings lack the hop's URL, naming the setting", () => {
    const downstream = { request: jest.fn() } as unknown as DownstreamClient;

    expect(() => new ProbeClient(downstream, new ConfigService({}))).toThrow(
      /INVENTORY_SERVICE_URL/,
    );
  });

  it('lets a DownstreamError through untouched', async () => {
    const error = new DownstreamError(
      'inventory-service',
      HttpStatus.SERVICE_UNAVAILABLE,
      'inventory-service is unreachable (ECONNREFUSED)',
    );
    const downstream = { request: jest.fn().mockRejectedValue(error) };
    const client = new ProbeClient(
      downstream as unknown as DownstreamClient,
      new ConfigService({ INVENTORY_SERVICE_URL: BASE_URL }),
    );

    await expect(client.find(1)).rejects.toBe(error);
  });
});
