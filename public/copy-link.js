// Copy-link buttons: progressive enhancement of the plain permalink shown next to them.
// The address copied is the one the reader is on (whatever host serves the site),
// without any fragment or query; the visible link and citation follow it.
const here = `${location.origin}${location.pathname}`;
for (const link of document.querySelectorAll('a.permalink')) {
  if (link.href !== here) {
    link.href = here;
    link.textContent = here;
  }
}
for (const url of document.querySelectorAll('.citation .cite-url')) url.textContent = here;
for (const button of document.querySelectorAll('button[data-copy]')) {
  button.hidden = false;
  button.dataset.copy = here;
  const status = button.parentElement.querySelector('.copy-status');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copy);
      if (status) status.textContent = 'Lien copié.';
    } catch {
      if (status) status.textContent = 'Copie impossible : sélectionnez le lien ci-contre.';
    }
  });
}
