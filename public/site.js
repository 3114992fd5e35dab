// "/" puts the cursor in the search box, unless one is typing already.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const active = document.activeElement;
  if (active && (active.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(active.tagName))) return;
  const box = document.querySelector('#recherche') || document.querySelector('#recherche-entete');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

// Arriving from a search result (?surligner=…): highlight the words searched for.
if (new URLSearchParams(location.search).has('surligner')) {
  const base = document.querySelector('link[rel="icon"]')?.getAttribute('href')?.replace(/favicon\.svg$/, '') ?? '/';
  import(`${base}pagefind/pagefind-highlight.js`)
    .then(() => new window.PagefindHighlight({ highlightParam: 'surligner' }))
    .catch(() => {});
}

// A link to a date of a timeline on several pages (/chronologie/#date-2018-05-29) that
// names a page the date has since left: go to the page that shows it now. Pages list
// the first date of each page; ISO dates compare as strings, as the build sorts them.
// Checked on arrival and when only the #fragment changes.
const timeline = document.querySelector('[data-timeline-pages]');
function followMovedDate() {
  if (!timeline || !location.hash.startsWith('#date-')) return;
  let id;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  if (document.getElementById(id)) return;
  const iso = id.slice('date-'.length).replace('--', '/');
  const firsts = JSON.parse(timeline.getAttribute('data-timeline-pages') ?? '[]');
  let page = 0;
  firsts.forEach((first, i) => {
    if (first <= iso) page = i;
  });
  const base = timeline.getAttribute('data-timeline-base') ?? '/chronologie/';
  const path = page === 0 ? base : `${base}${page + 1}/`;
  if (path !== location.pathname) location.replace(path + location.hash);
}
followMovedDate();
addEventListener('hashchange', followMovedDate);
