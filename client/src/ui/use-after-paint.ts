// A value that follows another once the frame showing the change has been painted: for parts of the page that may
// come a frame after the graph (a list of 300 buttons is most of the page's DOM and held back the first picture).
import { useEffect, useState } from 'preact/hooks';

export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    // The first frame callback runs in the frame that draws the change (after sigma's), the second once it is shown.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setShown(() => value));
    });
    return () => cancelAnimationFrame(frame);
  }, [value]);
  return shown;
}
