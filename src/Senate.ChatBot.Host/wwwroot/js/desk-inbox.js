// Keeps the inbox current: every few seconds it asks the server for the list again, so a new
// complaint or an escalation appears without a reload, and says what arrived.
(() => {
  const list = document.getElementById('inbox-list');
  const news = document.getElementById('inbox-news');
  if (!list || !news) return;
  const every = (Number(list.dataset.refreshSeconds) || 15) * 1000;
  const references = () => new Set([...list.querySelectorAll('tr[data-reference]')].map(row => row.dataset.reference));
  const notices = () => Number(list.querySelector('[data-notice-count]')?.dataset.noticeCount ?? 0);

  async function refresh() {
    // Never pull the list from under a keyboard user or a hidden tab; the next round catches up.
    if (document.hidden || list.contains(document.activeElement)) return;
    const response = await fetch(location.href, { headers: { 'X-Desk-List': '1' }, credentials: 'same-origin', redirect: 'manual' });
    if (!response.ok) return;
    const html = await response.text();
    const [rowsBefore, noticesBefore] = [references(), notices()];
    list.innerHTML = html;
    const arrived = [...list.querySelectorAll('tr[data-reference]')].filter(row => !rowsBefore.has(row.dataset.reference));
    arrived.forEach(row => row.classList.add('arrived'));
    const said = [];
    if (arrived.length > 0) said.push(news.dataset.template.replace('{0}', arrived.length));
    if (notices() > noticesBefore) said.push(news.dataset.noticesTemplate.replace('{0}', notices() - noticesBefore));
    if (said.length > 0) news.textContent = said.join(' · ');
  }

  setInterval(() => refresh().catch(() => {}), every);
})();
