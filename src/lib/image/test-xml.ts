// A small well-formedness check for the SVG the tests read (Node has no DOMParser): tags nest
// and close, attributes are quoted, and text holds no raw `<` or stray `&`.

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)="([^"<]*)"/y;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

function checkText(text: string, at: number): void {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '&') {
      ENTITY.lastIndex = i;
      if (!ENTITY.test(text)) throw new Error(`a bare & at ${at + i}`);
    }
  }
}

/** Throws with the position of the first problem; returns the number of elements. */
export function checkWellFormed(xml: string): number {
  const open: string[] = [];
  let elements = 0;
  let i = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? xml.length : lt;
    checkText(xml.slice(i, textEnd), i);
    if (lt === -1) break;
    const gt = xml.indexOf('>', lt);
    if (gt === -1) throw new Error(`an unclosed tag at ${lt}`);
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (open.pop() !== name) throw new Error(`</${name}> at ${lt} closes nothing open`);
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const name = body.split(/\s/, 1)[0] ?? '';
      if (!NAME.test(name)) throw new Error(`a bad tag name "${name}" at ${lt}`);
      let rest = body.slice(name.length);
      const seen = new Set<string>();
      ATTRIBUTE.lastIndex = 0;
      while (rest.trim() !== '') {
        const match = ATTRIBUTE.exec(rest);
        if (!match) throw new Error(`a bad attribute in <${name}> at ${lt}: ${rest.slice(0, 40)}`);
        if (seen.has(match[1] as string)) throw new Error(`a repeated attribute at ${lt}`);
        seen.add(match[1] as string);
        checkText(match[2] as string, lt);
        rest = rest.slice(match[0].length);
        ATTRIBUTE.lastIndex = 0;
      }
      elements++;
      if (!selfClosing) open.push(name);
    }
    i = gt + 1;
  }
  if (open.length) throw new Error(`<${open.join('>, <')}> never closed`);
  return elements;
}
