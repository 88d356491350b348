/**
 * The drawing of the five-step path: a gently rising road with a stop per level, left to right.
 * One geometry for the results' path (where the organisation stands) and the product's motif
 * (the home page, the name mark), so the identity is the method's own picture.
 */
export const PATH_VIEWBOX = '0 0 420 100'

/** The road, from the bottom left to the top right. */
export const PATH_ROAD = 'M10 85 C 90 80, 150 70, 210 50 S 340 25, 410 12'

/** The five stops on the road, level 1 first. */
export const PATH_STOPS = [
  { x: 30, y: 78 },
  { x: 120, y: 66 },
  { x: 210, y: 50 },
  { x: 300, y: 34 },
  { x: 390, y: 20 },
] as const
