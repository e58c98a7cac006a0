/** For tests: whether the elements stand in the document in the order given. */
export function inDocumentOrder(elements: readonly Element[]): boolean {
  return elements.every(
    (el, i) =>
      i === 0 || elements[i - 1]!.compareDocumentPosition(el) === Node.DOCUMENT_POSITION_FOLLOWING,
  );
}
