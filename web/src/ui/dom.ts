/** The element with this id, which the page's HTML must have. */
export function requireElement<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id} element`);
  return element as T;
}

/** The text of a form's field: '' when the form has no such field, or when it holds a file rather than text. */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
