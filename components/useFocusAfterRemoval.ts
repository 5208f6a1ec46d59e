import { useEffect, useRef } from 'preact/hooks';

/**
 * A row removed from a list takes its buttons with it, and the keyboard fell to the page: after the
 * list shrinks, `focus(at)` moves it to what took the row's place. Returns the ref a click sets to
 * the row's index just before it removes the row; any other change of the list leaves focus alone.
 */
export function useFocusAfterRemoval(length: number, focus: (at: number) => void) {
  const removing = useRef<number | undefined>(undefined);
  const count = useRef(length);
  useEffect(() => {
    const at = removing.current;
    const fewer = length < count.current;
    count.current = length;
    removing.current = undefined;
    if (at !== undefined && fewer) focus(at);
  }, [length]);
  return removing;
}
