// Search page: Pagefind's JS API, a results list that goes straight to the commitment or
// passage, filters with counts, the query and filters kept in the URL (?q=…&domaine=…).
const form = document.querySelector('.search-form');
const input = document.querySelector('#recherche');
const list = document.querySelector('#resultats');
const status = document.querySelector('#resultats-etat');
const empty = document.querySelector('#aucun-resultat');
const filtersBox = document.querySelector('#filtres');
const filtersAside = document.querySelector('.search-filters');
// Filter keys in the URL and their labels; commitments come first among results.
const FILTERS = { type: 'Type', domaine: 'Domaine', acteur: 'Acteur', document: 'Document', année: 'Année' };
const TYPE_ORDER = ['Engagement', 'Passage', 'Acteur', 'Terme'];

const pagefind = await import(`${form.dataset.bundle}pagefind.js`);
// Result links carry ?surligner=… so that the landing page highlights the words (site.js).
await pagefind.options({ excerptLength: 28, highlightParam: 'surligner' });
await pagefind.init();
// Loading the filters first makes every search return its counts per filter value.
const totals = await pagefind.filters();

const params = new URLSearchParams(location.search);
const selected = {};
for (const key of Object.keys(FILTERS)) selected[key] = new Set(params.getAll(key));
input.value = params.get('q') ?? '';
// On a narrow screen the filters come above the results: closed, so that the results show
// first, unless the address already selects some.
if (!matchMedia('(min-width: 60rem)').matches && !Object.values(selected).some((values) => values.size > 0)) document.querySelector('.filters-box')?.removeAttribute('open');

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
// Numbers as French writes them: "1 234" (narrow no-break space).
const number = new Intl.NumberFormat('fr-FR');
const plural = (n, word) => `${number.format(n)}\u00a0${word}${n > 1 ? 's' : ''}`;

function syncUrl() {
  const next = new URLSearchParams();
  if (input.value.trim()) next.set('q', input.value.trim());
  for (const [key, values] of Object.entries(selected)) for (const v of [...values].sort()) next.append(key, v);
  const query = next.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function renderFilters(counts) {
  filtersBox.replaceChildren();
  for (const [key, label] of Object.entries(FILTERS)) {
    const values = Object.entries(counts[key] ?? {}).filter(([v, n]) => n > 0 || selected[key].has(v));
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.innerHTML = `<legend>${label}</legend>`;
    values.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr'));
    for (const [value, n] of values) {
      const id = `f-${key}-${value}`.replace(/[^a-z0-9-]/gi, '_');
      const row = document.createElement('div');
      row.innerHTML = `<input type="checkbox" id="${escape(id)}"><label for="${escape(id)}">${escape(value)} <span class="count">(${number.format(n)})</span></label>`;
      const box = row.querySelector('input');
      box.checked = selected[key].has(value);
      box.addEventListener('change', () => {
        if (box.checked) selected[key].add(value);
        else selected[key].delete(value);
        run();
      });
      fieldset.append(row);
    }
    filtersBox.append(fieldset);
  }
  filtersAside.hidden = filtersBox.childElementCount === 0;
}

let current = 0;
async function run() {
  const ticket = ++current;
  syncUrl();
  const query = input.value.trim();
  const filters = {};
  for (const [key, values] of Object.entries(selected)) if (values.size) filters[key] = { any: [...values] };
  if (!query && Object.keys(filters).length === 0) {
    list.replaceChildren();
    status.textContent = '';
    empty.hidden = true;
    renderFilters(totals);
    return;
  }
  const search = await pagefind.search(query || null, { filters });
  if (ticket !== current) return;
  const data = await Promise.all(search.results.slice(0, 40).map((r) => r.data()));
  if (ticket !== current) return;
  data.sort((a, b) => TYPE_ORDER.indexOf(a.filters.type?.[0]) - TYPE_ORDER.indexOf(b.filters.type?.[0]));
  list.replaceChildren(...data.map(render));
  status.textContent = search.results.length ? `${plural(search.results.length, 'résultat')}` : '';
  empty.hidden = search.results.length > 0;
  renderFilters(search.filters);
}

// Fold case and accents one character for one, so that offsets stay valid.
const fold = (text) => [...text].map((c) => c.normalize('NFD')[0].toLowerCase()).join('');

/** The commitment's own text with the searched words (and their word family) marked. */
function highlight(text, query) {
  const stems = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2)
    .map((w) => (w.length > 6 ? w.slice(0, w.length - 2) : w));
  if (stems.length === 0) return escape(text);
  const folded = fold(text);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`, 'gu');
  let out = '';
  let at = 0;
  for (const m of folded.matchAll(pattern)) {
    out += `${escape(text.slice(at, m.index))}<mark>${escape(text.slice(m.index, m.index + m[0].length))}</mark>`;
    at = m.index + m[0].length;
  }
  return out + escape(text.slice(at));
}

function render(result) {
  const item = document.createElement('li');
  const type = result.filters.type?.[0] ?? '';
  // A document or glossary result lands on its best passage or entry; others on their page.
  const anchored = type !== 'Engagement' && type !== 'Acteur' ? (result.sub_results ?? []).filter((s) => s.url.includes('#')) : [];
  const best = anchored.find((s) => s.excerpt.includes('<mark>')) ?? anchored[0];
  const url = best ? best.url : result.url;
  const title = best ? `${best.title} · ${result.meta.title}` : result.meta.title;
  // A commitment shows its own words, not the index's excerpt of its hidden keywords.
  const excerpt = best ? best.excerpt : type === 'Engagement' && result.meta.texte ? highlight(result.meta.texte, input.value) : result.excerpt;
  item.innerHTML = `<a class="result-link" href="${escape(url)}"><span class="tag">${escape(type)}</span> ${escape(title ?? url)}</a><p class="excerpt">${excerpt}</p>`;
  holdPunctuation(item);
  return item;
}

/**
 * French punctuation held to its word in a result, as on the pages: a plain space before
 * ";", ":", "!", "?", "»", or "«", its spaces and the word after it, go into a span that
 * does not wrap; the characters stay the text's. The patterns are src/utils/keep-together.ts's,
 * handed over by the page in the form's data attributes.
 */
const GROUP = new RegExp(form.dataset.keepGroup, 'gu');
const OPENING_AT_END = new RegExp(form.dataset.keepOpening, 'u');
function holdPunctuation(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  const keep = (...children) => {
    const span = document.createElement('span');
    span.className = 'keep';
    span.append(...children);
    return span;
  };
  for (const node of nodes) {
    const text = node.data;
    const parts = [];
    let at = 0;
    for (const m of text.matchAll(GROUP)) {
      if (m.index > at) parts.push(text.slice(at, m.index));
      parts.push(keep(m[0]));
      at = m.index + m[0].length;
    }
    let rest = text.slice(at);
    // "« " before a highlighted word: the mark, its spaces and the word on one line.
    const opening = OPENING_AT_END.exec(rest);
    const next = node.nextSibling;
    if (opening && next instanceof Element) {
      rest = rest.slice(0, opening.index);
      if (rest) parts.push(rest);
      parts.push(keep(opening[0], next));
    } else if (rest && parts.length > 0) parts.push(rest);
    if (parts.length > 0) node.replaceWith(...parts);
  }
}

let timer;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, 150);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  run();
});
// Arrow keys move through the results; Enter follows the focused one.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll('a.result-link')];
  if (links.length === 0) return;
  const at = links.indexOf(document.activeElement);
  if (at === -1 && document.activeElement !== input) return;
  event.preventDefault();
  if (event.key === 'ArrowDown') links[Math.min(links.length - 1, at + 1)].focus();
  else if (at <= 0) input.focus();
  else links[at - 1].focus();
});
await run();
input.focus();
