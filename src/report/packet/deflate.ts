/**
 * Content streams compressed for FlateDecode (zlib, RFC 1950) by the platform's own zlib: CompressionStream
 * ('deflate') in browsers, workers and Node 18+. Native, so it runs beside the JavaScript that writes the next page
 * (in Node on the thread pool), where pdf-lib's JavaScript deflate took a quarter of a large packet's time.
 * Null where there is no CompressionStream: the caller falls back on pdf-lib's own.
 */
export function deflate(text: string): Promise<Uint8Array> | null {
  if (typeof CompressionStream === 'undefined') return null;
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Response(stream).arrayBuffer().then((b) => new Uint8Array(b));
}
