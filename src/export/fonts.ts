// The page's own font files (the same hashed assets @fontsource's CSS loads), fetched once when a
// user first exports and embedded in the SVG as data URLs: no font CDN, no missing fonts in a
// slide tool or a browser that opens the file alone.
import inter400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url'
import inter600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url'
import inter700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url'

/** The weights main.tsx loads. The page draws any other weight with the nearest of these. */
const FACES = { 400: inter400, 600: inter600, 700: inter700 } as const
type FaceWeight = keyof typeof FACES

/** CSS font matching for the three faces we have: 500 falls back to 400, 800 to 700. */
export function faceFor(weight: number): FaceWeight {
  if (weight <= 500) return 400
  if (weight < 700) return 600
  return 700
}

const cache = new Map<FaceWeight, Promise<string>>()

function dataUrl(url: string): Promise<string> {
  return fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(`font ${url} answered ${r.status}`)
      return r.blob()
    })
    .then(
      (blob) =>
        new Promise<string>((resolve, reject) => {
          const reader = new FileReader()
          reader.onload = () => resolve(String(reader.result).replace(/^data:[^;,]*/, 'data:font/woff2'))
          reader.onerror = () => reject(reader.error)
          reader.readAsDataURL(blob)
        }),
    )
}

/** @font-face rules for the faces the picture uses (each face ~32 KB as base64). */
export async function interFontFaces(weights: Iterable<number>): Promise<string> {
  const faces = [...new Set(Array.from(weights, faceFor))].sort()
  const rules = await Promise.all(
    faces.map(async (w) => {
      let url = cache.get(w)
      if (!url) {
        url = dataUrl(FACES[w])
        cache.set(w, url)
        url.catch(() => cache.delete(w))
      }
      return `@font-face{font-family:'Inter';font-style:normal;font-weight:${w};src:url(${await url}) format('woff2')}`
    }),
  )
  return rules.join('')
}
