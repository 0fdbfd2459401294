/**
 * Pagefind's excerpts are HTML: the indexed text, escaped, with the matched words in <mark>.
 * They are read through an inert template and rebuilt from their text and marks alone, so even
 * an excerpt that somehow carried markup could not add an element, a link or a script.
 */
export const excerptNodes = (html: string): Node[] => {
  const template = document.createElement('template');
  template.innerHTML = html;
  const nodes: Node[] = [];
  for (const node of template.content.childNodes) {
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent ?? ''));
    }
  }
  return nodes;
};
