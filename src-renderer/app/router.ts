import { useEffect, useState } from 'react';

/** Hash routes: "#/repatriations/abc" → ["repatriations", "abc"]. Hash routing works the same under app:// and http://. */
export function useRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export const navigate = (...parts: string[]) => {
  window.location.hash = `#/${parts.map(encodeURIComponent).join('/')}`;
};

/** Goes to a route without leaving the current one in the history (a redirect, not a step the person took). */
export const replaceRoute = (...parts: string[]) => {
  window.location.replace(`#/${parts.map(encodeURIComponent).join('/')}`);
};
