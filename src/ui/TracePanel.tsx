/**
 * The trace image of the level (or the site) on screen: import a photo or scan to draw over, calibrate it by two
 * points and a real distance, fade it, remove it. It stays in this browser and never goes into the plan file.
 */
import { useRef, type ChangeEvent } from 'react';
import { useEditor, useSession } from '../editor/react.ts';
import { placeTrace, traceKey } from '../editor/trace.ts';
import { toPlan } from '../editor/view.ts';
import { formatLength } from '../model/units.ts';
import { focusCanvas } from './focusCanvas.ts';

/** Reads an image file as a data: URL and measures it. */
export function readImageFile(file: File): Promise<{ src: string; width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error(`${file.name} could not be read.`));
    reader.onload = () => {
      const src = String(reader.result);
      const img = new Image();
      img.onload = () => resolve({ src, width: img.naturalWidth, height: img.naturalHeight });
      img.onerror = () => reject(new Error(`${file.name} is not an image this browser can show (use a PNG or JPEG).`));
      img.src = src;
    };
    reader.readAsDataURL(file);
  });
}

export function TracePanel() {
  const editor = useEditor();
  const input = useRef<HTMLInputElement>(null);
  const siteView = useSession((s) => s.siteView);
  const traces = useSession((s) => s.traces);
  useSession((s) => s.levelId);
  const key = traceKey(siteView, editor.level?.id);
  const trace = key ? traces[key] : undefined;
  const where = siteView ? 'the site' : 'this level';

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    if (!file || !key) return;
    if (!/^image\/(png|jpeg)$/.test(file.type) && !/\.(png|jpe?g)$/i.test(file.name)) {
      editor.notify(`${file.name} is not a PNG or JPEG image.`);
      return;
    }
    try {
      const image = await readImageFile(file);
      const { view, viewport } = editor.session.getState();
      const [minX, minY] = toPlan(view, [0, 0]);
      const [maxX, maxY] = toPlan(view, [viewport.width, viewport.height]);
      editor.setTrace(key, placeTrace({ ...image, name: file.name }, { minX, minY, maxX, maxY }));
      editor.notify(`Imported ${file.name} under ${where}. Calibrate it: click two points a known distance apart.`);
    } catch (error) {
      editor.notify((error as Error).message);
    }
  };

  return (
    <section className="trace-panel" aria-labelledby="trace-title" data-testid="trace-panel">
      <h2 id="trace-title" className="subhead">
        Trace image
      </h2>
      <input ref={input} type="file" accept="image/png,image/jpeg" hidden onChange={(e) => void onFile(e)} data-testid="trace-file-input" />
      {trace ? (
        <>
          <p className="figures" data-testid="trace-facts">
            <span className="file-name">{trace.name}</span>, {trace.width} × {trace.height} px ·{' '}
            <span data-testid="trace-size">
              {formatLength(trace.width * trace.scale)} × {formatLength(trace.height * trace.scale)}
            </span>{' '}
            · {trace.calibrated ? 'calibrated' : <strong>not calibrated yet</strong>}
          </p>
          <div className="field">
            <label htmlFor="trace-opacity">Opacity</label>
            <input
              id="trace-opacity"
              type="range"
              min={0}
              max={100}
              step={5}
              value={Math.round(trace.opacity * 100)}
              onChange={(e) => editor.setTrace(key!, { ...trace, opacity: Number(e.currentTarget.value) / 100 })}
              data-testid="trace-opacity"
            />
          </div>
          <div className="trace-actions">
            <button
              type="button"
              className="button small"
              onClick={() => {
                editor.setTool('calibrate');
                focusCanvas();
              }}
              title="Click two points on the image a known distance apart, then type the distance"
              data-testid="trace-calibrate"
            >
              Calibrate…
            </button>
            <button type="button" className="button subtle small" onClick={() => input.current?.click()} data-testid="trace-replace">
              Replace…
            </button>
            <button
              type="button"
              className="button subtle small danger"
              onClick={() => {
                editor.setTrace(key!, null);
                editor.notify(`Removed the trace image of ${where}.`);
              }}
              data-testid="trace-remove"
            >
              Remove
            </button>
          </div>
          <p className="field-help">Locked under the drawing; kept in this browser, never in the plan file.</p>
        </>
      ) : (
        <>
          <p className="field-help">Draw over a photo or scan of a floor plan (or an aerial view of the yard): a PNG or JPEG, kept in this browser only.</p>
          <button type="button" className="button subtle small" onClick={() => input.current?.click()} data-testid="trace-import">
            Import a photo or scan…
          </button>
        </>
      )}
    </section>
  );
}
