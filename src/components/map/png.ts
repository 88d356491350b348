/**
 * The map as a PNG, drawn from its own SVG in the browser: serialise → Image → canvas → blob.
 * Nothing leaves the device and no library is needed; the SVG carries its styling as attributes.
 */

const SVG_NS = 'http://www.w3.org/2000/svg'
const TITLE_BAND = 44

/**
 * A PNG of the SVG at `scale` times its size, on a white background, with `title` written above
 * the map: an image pasted into a report must say whose map it is and of when.
 */
export async function svgToPng(svg: SVGSVGElement, title: string, scale = 2): Promise<Blob> {
  const width = Number(svg.getAttribute('width'))
  const copy = svg.cloneNode(true) as SVGSVGElement
  copy.setAttribute('xmlns', SVG_NS)
  const [x = 0, y = 0, w = width, h = 0] = (copy.getAttribute('viewBox') ?? '').split(' ').map(Number)
  const height = h + TITLE_BAND
  copy.setAttribute('viewBox', `${x} ${y - TITLE_BAND} ${w} ${height}`)
  copy.setAttribute('height', String(height))
  const band = document.createElementNS(SVG_NS, 'rect')
  for (const [name, value] of [
    ['x', x],
    ['y', y - TITLE_BAND],
    ['width', w],
    ['height', TITLE_BAND],
  ] as const) {
    band.setAttribute(name, String(value))
  }
  band.setAttribute('fill', '#ffffff')
  const text = document.createElementNS(SVG_NS, 'text')
  text.setAttribute('x', '0')
  text.setAttribute('y', String(y - TITLE_BAND + 26))
  text.setAttribute('font-size', '20')
  text.setAttribute('font-weight', '700')
  text.setAttribute('fill', '#1f2328')
  text.textContent = title
  copy.prepend(band, text)
  const source = new XMLSerializer().serializeToString(copy)
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const image = new Image()
    image.width = width
    image.height = height
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve()
      image.onerror = () => reject(new Error('the map could not be read as an image'))
      image.src = url
    })
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(width * scale)
    canvas.height = Math.round(height * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2D canvas in this browser')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
