// Properties set on a custom element before its class was defined sit on the instance and would shadow the class's
// accessors; re-setting them through the accessors lets a server set an element at any time, even before its
// module has loaded. Call from connectedCallback.

export function upgradeProperties(element, names) {
  for (const name of names) {
    if (Object.prototype.hasOwnProperty.call(element, name)) {
      const value = element[name];
      delete element[name];
      element[name] = value;
    }
  }
}
