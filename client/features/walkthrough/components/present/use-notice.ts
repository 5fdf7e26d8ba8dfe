// A short notice on the walk-through's screen that goes by itself after four seconds.
import { useEffect, useState } from 'preact/hooks';

export function useNotice(): [string | null, (notice: string | null) => void] {
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(timer);
  }, [notice]);
  return [notice, setNotice];
}
