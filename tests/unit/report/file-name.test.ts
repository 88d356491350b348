import { describe, expect, it } from 'vitest'
import { exportFileName, MAX_FILE_NAME } from '@/report/file-name'

describe('exportFileName', () => {
  const day = new Date('2026-11-30T10:00:00Z')

  it('names the file from the organisation and the date, in plain ASCII', () => {
    expect(exportFileName('rapport-autonomie', 'Les Jardins d’Été', day, 'pdf')).toBe(
      'rapport-autonomie-les-jardins-d-ete-2026-11-30.pdf',
    )
  })

  it('leaves the name out when there is none', () => {
    expect(exportFileName('autonomy-report', undefined, day, 'csv')).toBe('autonomy-report-2026-11-30.csv')
    expect(exportFileName('autonomy-report', '«»', day, 'csv')).toBe('autonomy-report-2026-11-30.csv')
  })

  it('cuts a long name, never the date, to at most 80 characters', () => {
    const name = exportFileName('rapport-autonomie', 'Association '.repeat(20), day, 'pdf')
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME)
    expect(name).toMatch(/^rapport-autonomie-association-[a-z-]*[a-z]-2026-11-30\.pdf$/)
  })
})
