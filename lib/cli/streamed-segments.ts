/**
 * React's streaming server rendering sends a page's late parts as hidden segments at the end of
 * the body (`<div hidden id="S:2">`) and a script moves each into its placeholder
 * (`<template id="P:2">`, or the boundary `<template id="B:2">`). A browser runs that script before
 * anyone clips the page; a saved page read here runs no script, so the story would sit in a hidden
 * block and read as no story at all. This does what the script does: each segment's content
 * takes its placeholder's place. Only for saved pages read by the command-line tools.
 */
export function placeStreamedSegments(doc: Document): void {
  for (const segment of Array.from(doc.querySelectorAll('div[hidden][id^="S:"]'))) {
    const n = segment.id.slice(2);
    const slot = doc.getElementById(`P:${n}`) ?? doc.getElementById(`B:${n}`);
    if (slot?.tagName !== 'TEMPLATE' || !slot.parentNode) continue;
    const parent = slot.parentNode;
    while (segment.firstChild) parent.insertBefore(segment.firstChild, slot);
    slot.remove();
    segment.remove();
  }
}
