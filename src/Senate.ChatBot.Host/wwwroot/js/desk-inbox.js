// Keeps the inbox current: every few seconds it asks the server for the list again, so a new
// complaint or an escalation appears without a reload, and says how many arrived.
(() => {
  const list = document.getElementById('inbox-list');
  const news = document.getElementById('inbox-news');
  if (!list || !news) return;
  const every = (Number(list.dataset.refreshSeconds) || 15) * 1000;
  const references = root => new Set([...root.querySelectorAll('tr[data-reference]')].map(row => row.dataset.reference));

  async function refresh() {
    // Never pull the list from under a keyboard user or a hidden tab; the next round catches up.
    if (document.hidden || list.contains(document.activeElement)) return;
    const response = await fetch(location.href, { headers: { 'X-Desk-List': '1' }, credentials: 'same-origin', redirect: 'manual' });
    if (!response.ok) return;
    const html = await response.text();
    const before = references(list);
    list.innerHTML = html;
    const arrived = [...list.querySelectorAll('tr[data-reference]')].filter(row => !before.has(row.dataset.reference));
    arrived.forEach(row => row.classList.add('arrived'));
    if (arrived.length > 0) news.textContent = news.dataset.template.replace('{0}', arrived.length);
  }

  setInterval(() => refresh().catch(() => {}), every);
})();
