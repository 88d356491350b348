/**
 * An icon as the SVG elements it is drawn with, each a tag and its attributes, on a 24 × 24 grid
 * stroked (not filled) by IconSvg.vue: plain data, so icons can be listed, tested and tree-shaken.
 */
export type IconTag = 'path' | 'circle' | 'rect' | 'line' | 'polyline' | 'polygon' | 'ellipse'
export type IconNode = readonly [IconTag, Readonly<Record<string, string>>]
export type IconNodes = readonly IconNode[]
