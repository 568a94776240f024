import { describe, expect, it } from 'vitest';
import { fieldErrorsFrom, hasErrors, unplacedIssues } from '../../../../renderer/src/forms/field-errors';

const fields = ['requestHeader.apiKey', 'requestHeader.value', 'openOrder.url'];

describe('fieldErrorsFrom', () => {
  it('places zod paths and dotted server paths on the longest matching field', () => {
    const errors = fieldErrorsFrom(
      [
        { path: ['requestHeader', 'value', 'value'], message: 'no line breaks' },
        { path: 'openOrder.url', message: 'not a URL' },
      ],
      fields,
    );
    expect(errors).toEqual({ 'requestHeader.value': 'no line breaks', 'openOrder.url': 'not a URL' });
    expect(hasErrors(errors)).toBe(true);
  });

  it('keeps the first message per field and ignores unknown paths', () => {
    const errors = fieldErrorsFrom(
      [
        { path: ['openOrder', 'url'], message: 'first' },
        { path: ['openOrder', 'url'], message: 'second' },
        { path: ['somethingElse'], message: 'elsewhere' },
      ],
      fields,
    );
    expect(errors).toEqual({ 'openOrder.url': 'first' });
  });

  it('does not match a field by a mere prefix of its name', () => {
    expect(fieldErrorsFrom([{ path: 'openOrder.urlx', message: 'x' }], fields)).toEqual({});
  });

  it('lists the server issues no field can show', () => {
    expect(
      unplacedIssues(
        [
          { path: 'thirdOrderActive', message: 'm' },
          { path: 'openOrder.url', message: 'n' },
        ],
        fields,
      ),
    ).toEqual([{ path: 'thirdOrderActive', message: 'm' }]);
  });
});
