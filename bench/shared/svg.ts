import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };

/** A Vega-Lite chart rendered to SVG without a browser. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  // vega and vega-lite are ES modules; a dynamic import loads them natively from this CommonJS build.
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
