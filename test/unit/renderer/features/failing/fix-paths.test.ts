import { describe, expect, it } from 'vitest';
import { filterFromParams } from '../../../../../renderer/src/features/deliveries/filter-params';
import { destinationFix, undeliveredTo } from '../../../../../renderer/src/features/failing/fix-paths';

describe('where a failing destination’s fix is', () => {
  it('a partner’s key or URL is fixed in its edit dialog; a partner-side problem has no link', () => {
    expect(destinationFix('partner:p1', 'http_unauthorized')).toMatchObject({
      label: 'Check the API key',
      path: '/hub/partners?edit=p1',
    });
    expect(destinationFix('partner:p1', 'refused')).toMatchObject({
      label: 'Check the URL',
      path: '/hub/partners?edit=p1',
    });
    expect(destinationFix('partner:p1', 'http_server_error')).toMatchObject({
      label: null,
      path: null,
      area: 'partner',
    });
  });

  it('an order hook’s key is the Order Webhooks page’s Request Header', () => {
    expect(destinationFix('hook:openOrder', 'http_unauthorized')).toMatchObject({
      label: 'Check the API key (Request Header)',
      path: '/hub/order-webhooks',
    });
    expect(destinationFix('hook:openOrder', 'http_not_found')).toMatchObject({
      label: 'Check the URL',
      path: '/hub/order-webhooks',
    });
  });

  it('its undelivered webhooks are the failed and the retrying ones, in the log’s own filter format', () => {
    const [path, query] = undeliveredTo('hook:closeOrder').split('?');
    expect(path).toBe('/deliveries');
    expect(filterFromParams(new URLSearchParams(query))).toEqual({
      states: ['failed', 'retrying'],
      destinationIds: ['hook:closeOrder'],
    });
  });
});
