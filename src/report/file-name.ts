/** File names of the exports, from the organisation's name and the date. */
import { foldText } from '@/domain/text'

/** The longest file name written: long enough to say whose and when, short enough for every file system. */
export const MAX_FILE_NAME = 80

/**
 * `<prefix>-<organisation slug>-<YYYY-MM-DD>.<extension>`, lower-case ASCII, at most MAX_FILE_NAME
 * characters (the slug is cut, never the date); without a name, `<prefix>-<date>`.
 */
export function exportFileName(
  prefix: string,
  organisation: string | undefined,
  date: Date,
  extension: string,
): string {
  const day = date.toISOString().slice(0, 10)
  const slugOf = (text: string) =>
    foldText(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
  const head = slugOf(prefix) || 'export'
  const fixed = `${head}--${day}.${extension}`.length
  const slug = slugOf(organisation ?? '')
    .slice(0, Math.max(0, MAX_FILE_NAME - fixed))
    .replace(/-$/, '')
  return slug ? `${head}-${slug}-${day}.${extension}` : `${head}-${day}.${extension}`
}
