// Tells the page that frames the embed how tall its content is, on load and on every resize, so a small listener
// in the share snippet can size the iframe: window.parent.postMessage({type: "strikemap:height", height}, "*").
// Only a height is sent, nothing a reader did. Limits: does nothing when not framed.

export const MESSAGE_TYPE = 'strikemap:height';

export function postHeight(element) {
  if (window.parent === window) {
    return;
  }
  let last = 0;
  const send = () => {
    const height = Math.ceil(element.scrollHeight);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: MESSAGE_TYPE, height }, '*');
    }
  };
  new ResizeObserver(send).observe(element);
  send();
}
