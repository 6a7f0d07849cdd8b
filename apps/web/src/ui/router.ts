import { useEffect, useState } from 'preact/hooks';

/**
 * Routes live in the URL's hash (#/reports/new), so the gateway serves one index.html and a reload or
 * a shared link opens the same page without any server-side routing.
 */
export function useRoute(): string[] {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return hash.replace(/^#\/?/, '').split('/').filter(Boolean);
}

export function navigate(path: string): void {
  location.hash = `#/${path}`;
}
