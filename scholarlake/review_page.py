"""The review page (``scholarlake review``): one static HTML file that opens from disk, with
no server and nothing fetched. Charts are inline SVG drawn here; the decisions a person
clicks are kept in the page and downloaded as CSV by a few lines of inline JavaScript:
``labels.csv`` (``left,right,match,note``, for ``scholarlake train``) and ``curation.csv``
(``action,left,right,note``, for ``--curation``)."""

from __future__ import annotations

import json
from html import escape

from dedup.review import Item, Review

BAR_WIDTH, BAR_GAP, CHART_HEIGHT = 22, 4, 140


def _bars(title: str, counts: dict[str, int], color: str = "#4a7ab5") -> str:
    """A vertical bar chart as SVG, one bar per key, labelled below."""
    if not counts:
        return f"<figure><figcaption>{escape(title)}</figcaption><p>nothing yet</p></figure>"
    top = max(counts.values()) or 1
    width = len(counts) * (BAR_WIDTH + BAR_GAP) + 40
    parts = [f'<svg role="img" aria-label="{escape(title)}" width="{width}" height="{CHART_HEIGHT + 70}">']
    for i, (key, n) in enumerate(counts.items()):
        h = round(CHART_HEIGHT * n / top)
        x = 30 + i * (BAR_WIDTH + BAR_GAP)
        parts.append(f'<rect x="{x}" y="{CHART_HEIGHT - h + 10}" width="{BAR_WIDTH}" height="{h}" fill="{color}">'
                     f'<title>{escape(key)}: {n}</title></rect>')
        parts.append(f'<text x="{x + BAR_WIDTH / 2}" y="{CHART_HEIGHT - h + 6}" font-size="9" '
                     f'text-anchor="middle">{n}</text>')
        parts.append(f'<text transform="translate({x + BAR_WIDTH / 2},{CHART_HEIGHT + 16}) rotate(50)" '
                     f'font-size="9">{escape(key[:18])}</text>')
    parts.append("</svg>")
    return f"<figure><figcaption>{escape(title)}</figcaption>{''.join(parts)}</figure>"


def _histogram(merged: list[int], apart: list[int]) -> str:
    """Candidate pairs by match probability: merged pairs above, kept apart below, on a log
    scale (kept-apart pairs outnumber merged ones by orders of magnitude)."""
    import math

    top = max([1, *merged, *apart])
    scale = lambda n: 0 if n == 0 else max(2, round(70 * math.log1p(n) / math.log1p(top)))  # noqa: E731
    step = 14
    parts = [f'<svg role="img" aria-label="score distribution" width="{len(merged) * step + 60}" height="190">',
             '<line x1="30" y1="90" x2="{}" y2="90" stroke="#333"/>'.format(30 + len(merged) * step)]
    for i, (m, a) in enumerate(zip(merged, apart)):
        x = 30 + i * step
        parts.append(f'<rect x="{x}" y="{90 - scale(m)}" width="{step - 2}" height="{scale(m)}" fill="#3b8a4a">'
                     f'<title>merged, p {i / len(merged):.2f}-{(i + 1) / len(merged):.2f}: {m}</title></rect>')
        parts.append(f'<rect x="{x}" y="90" width="{step - 2}" height="{scale(a)}" fill="#b5534a">'
                     f'<title>kept apart, p {i / len(apart):.2f}-{(i + 1) / len(apart):.2f}: {a}</title></rect>')
    parts.append(f'<text x="30" y="185" font-size="9">0</text><text x="{30 + len(merged) * step - 6}" y="185" '
                 'font-size="9">1</text><text x="30" y="12" font-size="10" fill="#3b8a4a">merged pairs</text>'
                 '<text x="30" y="178" font-size="10" fill="#b5534a">kept apart</text></svg>')
    return ("<figure><figcaption>Candidate pairs by match probability (log scale)</figcaption>"
            + "".join(parts) + "</figure>")


def _overlap(review: Review) -> str:
    kinds = list(review.works_per_source)
    if len(kinds) < 2:
        return ""
    head = "".join(f"<th>{escape(k)}</th>" for k in kinds)
    rows = []
    for x in kinds:
        cells = []
        for y in kinds:
            n = review.works_per_source[x] if x == y else review.overlap.get(tuple(sorted((x, y))), 0)
            cells.append(f"<td>{n}</td>")
        rows.append(f"<tr><th>{escape(x)}</th>{''.join(cells)}</tr>")
    return (f"<figure><figcaption>Works that two kinds of source both hold</figcaption>"
            f"<table class=overlap><tr><th></th>{head}</tr>{''.join(rows)}</table></figure>")


def _value(v) -> str:
    if isinstance(v, list):
        return "; ".join(escape(str(x)) for x in v)
    return "" if v is None else escape(str(v))


def _item(n: int, it: Item) -> str:
    rows = []
    for key in ("title", "authors", "year", "venue", "arxiv_id", "doi", "source_kind", "source_uri", "record_id"):
        cls = ' class="diff"' if key in it.differing else ""
        rows.append(f"<tr{cls}><th>{key}</th><td>{_value(it.left.get(key))}</td><td>{_value(it.right.get(key))}</td></tr>")
    weights = "".join(f"<tr><td>{escape(name)}</td><td class=num>{w:+.2f}</td><td>{escape(level)}</td></tr>"
                      for name, level, w in it.waterfall)
    status = "in one work" if it.same_work else "in two works"
    left, right = escape(it.left["record_id"]), escape(it.right["record_id"])
    return f"""
<section class="item" id="item-{n}" data-left="{left}" data-right="{right}" data-kind="{escape(it.kind)}">
  <h3>{n}. {escape(it.kind)} <span class=why>{escape(it.why)}; now {status}; probability {it.probability:.3f}</span></h3>
  <table class=records><tr><th></th><th>left</th><th>right</th></tr>{''.join(rows)}</table>
  <details><summary>match weights (bits)</summary><table class=weights>{weights}</table></details>
  <div class=buttons>
    <button type=button class="same" data-decision="1">Same paper</button>
    <button type=button class="different" data-decision="0">Different papers</button>
    <button type=button class="unsure" data-decision="">Unsure</button>
    <span class=decision></span>
  </div>
</section>"""


_SCRIPT = """
const decisions = new Map();
function refresh() {
  document.getElementById('count').textContent = decisions.size;
}
document.querySelectorAll('section.item button').forEach(b => b.addEventListener('click', () => {
  const item = b.closest('section.item');
  const d = b.dataset.decision;
  if (d === '') { decisions.delete(item.id); } else {
    decisions.set(item.id, {left: item.dataset.left, right: item.dataset.right, match: d, kind: item.dataset.kind});
  }
  item.querySelector('.decision').textContent = d === '1' ? 'same paper' : d === '0' ? 'different papers' : '';
  item.classList.toggle('decided', d !== '');
  refresh();
}));
function quote(s) { return /[",\\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
function download(name, header, line) {
  const rows = [header].concat([...decisions.values()].map(line));
  const blob = new Blob([rows.join('\\n') + '\\n'], {type: 'text/csv'});
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}
document.getElementById('labels').addEventListener('click', () => download('labels.csv', 'left,right,match,note',
  d => [d.left, d.right, d.match, quote('review: ' + d.kind)].join(',')));
document.getElementById('curation').addEventListener('click', () => download('curation.csv', 'action,left,right,note',
  d => [d.match === '1' ? 'must_link' : 'cannot_link', d.left, d.right, quote('review: ' + d.kind)].join(',')));
"""

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; max-width: 1200px; }
figure { display: inline-block; vertical-align: top; margin: 0 1.5em 1em 0; }
figcaption { font-weight: 600; margin-bottom: .3em; }
table { border-collapse: collapse; }
td, th { border: 1px solid #ccc; padding: .2em .5em; text-align: left; vertical-align: top; font-size: 13px; }
tr.diff td { background: #fff3cd; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
section.item { border: 1px solid #bbb; border-radius: 6px; padding: .6em 1em; margin: 1em 0; }
section.item.decided { border-color: #3b8a4a; background: #f4fbf5; }
.why { font-weight: normal; color: #555; font-size: 13px; }
.buttons button { margin-right: .5em; padding: .3em .9em; }
.toolbar { position: sticky; top: 0; background: #fff; padding: .5em 0; border-bottom: 1px solid #ddd; }
"""


def render(review: Review, lake: str) -> str:
    """The whole page as one string."""
    counts = {}
    for it in review.items:
        counts[it.kind] = counts.get(it.kind, 0) + 1
    listing = ", ".join(f"{n} {k}" for k, n in counts.items()) or "nothing to review"
    items = "".join(_item(n, it) for n, it in enumerate(review.items, start=1))
    data = escape(json.dumps({"lake": lake, "model": review.model_id, "items": len(review.items)}))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>scholarlake review: {escape(lake)}</title>
<style>{_STYLE}</style></head>
<body data-review="{data}">
<h1>Review of {escape(lake)}</h1>
<p>{review.n_records} records in {review.n_works} works; match model {escape(review.model_id)}.
Items to look at: {escape(listing)}.</p>
<div class=summary>
{_bars("Works per year (earliest record)", review.works_per_year)}
{_bars("Works per kind of source", review.works_per_source, "#7a5ab5")}
{_histogram(review.merged_scores, review.apart_scores)}
{_overlap(review)}
</div>
<div class=toolbar><strong><span id=count>0</span> decision(s)</strong>
 <button type=button id=labels>Download labels.csv</button>
 <button type=button id=curation>Download curation.csv</button>
 <small>labels.csv is for <code>scholarlake train</code>, curation.csv for <code>--curation</code>.</small></div>
{items}
<script>{_SCRIPT}</script>
</body></html>
"""
