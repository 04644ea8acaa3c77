import * as assert from 'node:assert/strict';
import { drawChart } from '../../../scripts/bench/chart';

/** The x coordinates of a polyline's points, in order. */
function xs(svg: string, color: string): number[] {
  const m = new RegExp(`<polyline points="([^"]+)" fill="none" stroke="${color}"`).exec(svg);
  assert.ok(m, `no polyline in ${color}`);
  return m[1].split(' ').map((p) => Number(p.split(',')[0]));
}

describe('bench chart', () => {
  const svg = drawChart(
    [
      {
        title: 'Throughput',
        unit: 'MB/s',
        target: { value: 5, label: 'target <5>' },
        series: [{ label: 'a & b', color: '#111111', points: [10, 100, 1000].map((articles) => ({ articles, value: 2 })) }],
      },
    ],
    'load 1.0',
  );

  it('draws an SVG document with one series, its legend and the note', () => {
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /<\/svg>\n$/);
    assert.match(svg, />a &amp; b</);
    assert.match(svg, />target &lt;5&gt;</);
    assert.match(svg, />load 1\.0</);
  });

  it('spaces corpus sizes on a log scale', () => {
    const [a, b, c] = xs(svg, '#111111');
    assert.ok(a < b && b < c);
    assert.ok(Math.abs(b - a - (c - b)) < 0.2, `10→100 and 100→1000 should be equally wide: ${a}, ${b}, ${c}`);
  });

  it('puts equal values at equal heights, below the higher target line', () => {
    const ys = /<polyline points="([^"]+)"/.exec(svg)![1].split(' ').map((p) => Number(p.split(',')[1]));
    assert.equal(new Set(ys).size, 1);
    const target = /<line x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)" y2="[\d.]+" stroke="#888"/.exec(svg);
    assert.ok(target && Number(target[1]) < ys[0], 'a value of 2 sits below a target of 5 (larger y)');
  });
});
