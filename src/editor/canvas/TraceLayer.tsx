/** The trace image of the level (or site) on screen, locked under the drawing at its opacity. */
import { useEffect, useState } from 'react';
import { Image as KonvaImage, Layer } from 'react-konva';
import type { TraceImage } from '../trace.ts';
import type { View } from '../view.ts';

export function TraceLayer({ trace, view }: { trace: TraceImage; view: View }) {
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  useEffect(() => {
    let alive = true;
    const img = new window.Image();
    img.onload = () => alive && setImage(img);
    img.src = trace.src;
    return () => {
      alive = false;
      img.onload = null;
    };
  }, [trace.src]);
  return (
    <Layer listening={false} x={view.x} y={view.y} scaleX={view.scale} scaleY={view.scale} name="trace-layer">
      {image ? <KonvaImage name="trace-image" image={image} x={trace.x} y={trace.y} width={trace.width * trace.scale} height={trace.height * trace.scale} opacity={trace.opacity} /> : null}
    </Layer>
  );
}
