/** Bundle stub: no terminal hyperlinks (OSC 8) are ever written; article text must not plant links. */
export default { stdout: false, stderr: false };
