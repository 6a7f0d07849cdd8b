import { derivedId, uuidV5 } from './derived-id';

describe('uuidV5', () => {
  it('matches the RFC example for www.example.com in the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('derives the same id from the same parts, and different ids from different parts', () => {
    expect(derivedId('service', 'abc', 'language', 'es')).toBe(derivedId('service', 'abc', 'language', 'es'));
    expect(derivedId('service', 'abc', 'language', 'es')).not.toBe(derivedId('service', 'abc', 'language', 'en'));
  });
});
