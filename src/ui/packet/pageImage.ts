/**
 * A packet page as a PNG, drawn by the browser itself: the page's SVG (the same vectors as the PDF) loaded as an
 * image and painted on a canvas at print resolution. No library: an SVG image without outside references does not
 * taint the canvas, so it can be read back as a PNG.
 */

/** Pixels per inch of an exported page: what an office printer prints a diagram at without visible steps. */
export const PNG_DPI = 150;

/** Pixel size of a page of `size` points at `dpi`. */
export const pixelSize = (size: readonly [number, number], dpi = PNG_DPI): [number, number] => [Math.round((size[0] * dpi) / 72), Math.round((size[1] * dpi) / 72)];

export async function svgToPng(svg: string, size: readonly [number, number], dpi = PNG_DPI): Promise<Blob> {
  const [w, h] = pixelSize(size, dpi);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the page could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('this browser cannot draw on a canvas');
    // White paper under the drawing: a PNG with a transparent sheet prints and previews as black in some viewers.
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, w, h);
    g.drawImage(image, 0, 0, w, h);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
