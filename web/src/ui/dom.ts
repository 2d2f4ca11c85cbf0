/** The element with this id, which the page's HTML must have. */
export function requireElement<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id} element`);
  return element as T;
}
