/**
 * Which messages a reporter shows: `--quiet` keeps errors only (ESLint's
 * meaning), and findings accepted by an inline directive or the baseline
 * are left out of the human formats (pretty, github) but kept, marked, in
 * JSON and SARIF.
 */
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** Whether an inline directive or the baseline accepted this finding. */
export function isSuppressed(message: VFileMessage): boolean {
  return (message.claimlint?.suppressions?.length ?? 0) > 0
}

/**
 * The files as a reporter shows them: with `quiet`, errors only; unless
 * `keepSuppressed` (JSON, SARIF: they mark them), without suppressed
 * findings. Files are copied only when a message is dropped.
 */
export function shownFiles(files: VFile[], options: {quiet?: boolean; keepSuppressed?: boolean}): VFile[] {
  const keep = (message: VFileMessage) => (!options.quiet || message.fatal === true) && (options.keepSuppressed || !isSuppressed(message))
  return files.map((file) => {
    if (file.messages.every(keep)) return file
    const copy = new VFile({path: file.path})
    copy.data = file.data
    copy.messages = file.messages.filter(keep)
    return copy
  })
}

/** A message's severity, as vfile encodes it: `fatal` true, false or undefined. */
export function severityOf(message: VFileMessage): 'error' | 'warning' | 'info' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}
