/** Closes the sandbox the config started for the stories, once every story has run. */
export default function setup() {
  return async () => {
    await (globalThis as { storybookSandbox?: { close(): Promise<void> } }).storybookSandbox?.close();
  };
}
