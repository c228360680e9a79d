import { describe, expect, it } from 'vitest';
import { mentionsName } from '../../src/lib/catalog/name-mentions.ts';

describe('mentionsName', () => {
  it('finds a name as a whole word in any case, and not inside another word or a hyphenated one', () => {
    expect(mentionsName('Flux and Argo CD lead', 'flux')).toBe(true);
    expect(mentionsName('Argo CD leads', 'Argo CD')).toBe(true);
    expect(mentionsName('stored in InfluxDB', 'Flux')).toBe(false);
    expect(mentionsName('the kube-proxy replacement', 'proxy')).toBe(false);
    expect(mentionsName("Kubernetes's scheduler", 'Kubernetes')).toBe(true);
    expect(mentionsName('a (Helm) chart', 'Helm')).toBe(true);
    expect(mentionsName('what nektos/act runs', 'nektos/act')).toBe(true);
    expect(mentionsName('any text', '  ')).toBe(false);
    expect(mentionsName('C++ and (a) regex', 'C++')).toBe(true);
  });
});
