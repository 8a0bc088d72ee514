import type { StageSvg } from './svgFromStage'

/**
 * Draw the standalone SVG onto a canvas `scale` times denser and encode it as PNG. The browser
 * rasterises the vector at the canvas size, so text stays sharp at 2× and 3×.
 */
export async function svgToPng(svg: StageSvg, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const img = new Image()
    img.src = url
    // decode() waits for the embedded fonts as well as the picture.
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(svg.width * scale)
    canvas.height = Math.round(svg.height * scale)
    const g = canvas.getContext('2d')
    if (!g) throw new Error('this browser cannot draw on a canvas')
    g.fillStyle = '#ffffff'
    g.fillRect(0, 0, canvas.width, canvas.height)
    g.drawImage(img, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
