// Copy-link buttons: progressive enhancement of the plain permalink shown next to them.
for (const button of document.querySelectorAll('button[data-copy]')) {
  button.hidden = false;
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
