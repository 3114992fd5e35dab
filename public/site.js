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
