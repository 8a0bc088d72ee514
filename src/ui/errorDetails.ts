/**
 * What "Copy error details" puts on the clipboard: enough for whoever maintains the dashboard to
 * find the fault (message, stack, where in the component tree, page, browser), and nothing from
 * storage or the user's files.
 */
export function errorDetails(what: string, error: Error, componentStack?: string | null): string {
  const lines = [
    what,
    `${error.name}: ${error.message}`,
    `Page: ${typeof location === 'undefined' ? '' : location.href}`,
    `Time: ${new Date().toISOString()}`,
    `Browser: ${typeof navigator === 'undefined' ? '' : navigator.userAgent}`,
    '',
    'Stack:',
    error.stack ?? '(none)',
  ]
  if (componentStack) lines.push('', 'Components:', componentStack.trim())
  return lines.join('\n')
}

/** Copy text; resolves to whether it worked (no clipboard in an insecure context or a locked-down browser). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}
