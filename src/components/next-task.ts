/**
 * Resolves in a new task, as soon as the page has run what was waiting: splits work so that no
 * one task blocks input or painting for long. A message, not setTimeout, which may wait longer.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
