// Unit tests (Node): reading the prevention field: misspelt key words still count, a dismissed guard does not, and the
// credential class needs the secret manager itself. Development examples; the held-out ones are in heldout-set.ts.
import { describe, expect, it } from 'vitest';
import { findGuard, readGenerously } from './prevention';
import { incidentKey } from './keys';

const orders = incidentKey('orders-amount-rename').prevention;
const billing = incidentKey('billing-credential-rotation').prevention;

describe('reading the prevention field', () => {
  it('reads a vocabulary word with one letter missing, extra, wrong or swapped as meant, and leaves real words alone', () => {
    expect(readGenerously('a contarct test and a reconcilliation')).toBe('a contract test and a reconciliation');
    expect(readGenerously('of course the scheme changed')).toBe('of course the scheme changed');
    expect(findGuard('Add a schema chek and a data contarct with the orders team.', orders.rootCause.patterns)).toBeDefined();
    expect(findGuard('Put a freshnes alert on the report.', billing.detection.patterns)).toBeDefined();
  });

  it('gives no credit for a guard named only to be dismissed, but credits one named beside a dismissal', () => {
    expect(findGuard('A data contract is overkill for one column.', orders.rootCause.patterns)).toBeUndefined();
    expect(findGuard("Alerting wouldn't help, it failed at night anyway.", billing.detection.patterns)).toBeUndefined();
    expect(findGuard('Retries would not have helped; add a data contract test with the orders team.', orders.rootCause.patterns)).toBe('contract');
    expect(findGuard("I don't believe a contract test would be required for this.", orders.rootCause.patterns)).toBeUndefined();
  });

  it('counts the secret manager as the credential class, and rotation alone not', () => {
    expect(findGuard('Security should announce every rotation a week ahead.', billing.rootCause.patterns)).toBeUndefined();
    expect(findGuard('Read the connection password from the secrets backend.', billing.rootCause.patterns)).toBe('secrets backend');
  });

  it('counts a check of the numbers against an expectation, met in one sentence, as detection', () => {
    const { patterns, together } = orders.detection;
    expect(findGuard("Alert if daily sales totals drop below half of last month's average.", patterns, together)).toBeDefined();
    expect(findGuard('Keep the quality check on. Revenue is what the CFO reads against the plan.', patterns, together)).toBeUndefined();
  });

  it('counts a comparison of the arriving columns with the expected ones as a drift check', () => {
    expect(findGuard('Check the extract columns against the expected list before loading.', orders.rootCause.patterns)).toBeDefined();
    expect(findGuard('Make the amount column nullable.', orders.rootCause.patterns)).toBeUndefined();
  });
});
