// Tells the page that frames the embed how tall its content is, on load and on every resize, so a small listener
// in the share snippet can size the iframe: window.parent.postMessage({type, height}, "*"), the type being the
// snippet's (share.EmbedFrame.HEIGHT_MESSAGE, sent in the page's setup). Only a height is sent, nothing a reader
// did. Limits: does nothing when not framed.

export function postHeight(element, type) {
  if (window.parent === window) {
    return;
  }
  let last = 0;
  const send = () => {
    const height = Math.ceil(element.scrollHeight);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type, height }, '*');
    }
  };
  new ResizeObserver(send).observe(element);
  send();
}
