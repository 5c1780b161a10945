// Usage: NODE_PATH=<folder with node_modules/braze-api> node scripts/braze-api-npm-check.js <sandbox port>
// Runs every method of the npm braze-api client against a sandbox (braze-cli sandbox --port N)
// and checks Braze's documented answer: valid calls succeed with the documented shape and
// effect, documented mistakes are refused with Braze's status.
const { Braze } = require('braze-api');
const port = process.argv[2] || '8799';
const base = `http://127.0.0.1:${port}`;
const braze = new Braze(base, 'sandbox-all-permissions-0000000000000005');
const outgrow = new Braze(base, 'sandbox-outgrow-0000000000000004');
const ids = {
  newsletter: 'c0ffee00-5a5a-4e11-9d00-000000000001', triggered: 'c0ffee00-5a5a-4e11-9d00-000000000002',
  transactional: 'c0ffee00-5a5a-4e11-9d00-000000000003', canvas: 'ca9a5000-5a5a-4e11-9d00-000000000001',
  varA: 'a11ce000-0000-4000-8000-00000000000a', highScorers: '3bbc4555-8fa0-4c9b-a5c0-4505edf3e064',
  emailGroup: '8f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e02', smsGroup: '5a1f4e9c-0b7d-4c2e-9f3a-6d8b2c1e0a01',
  footer: 'b10c0000-5a5a-4e11-9d00-000000000001', template: '7e3a1a7e-5a5a-4e11-9d00-000000000001',
};
const inDays = (d) => new Date(Date.now() + d * 86400000).toISOString().replace(/\.\d+Z$/, 'Z');
const today = (d = 0) => new Date(Date.now() + d * 86400000).toISOString().slice(0, 10);
const results = [];
const methods = new Set();
async function ok(method, fn, check) {
  methods.add(method);
  try {
    const r = await fn();
    const why = check ? check(r) : true;
    results.push({ method, kind: 'valid', pass: why === true, detail: why === true ? '' : `${why} ${JSON.stringify(r).slice(0, 200)}` });
    return r;
  } catch (e) {
    results.push({ method, kind: 'valid', pass: false, detail: `threw ${e.status} ${e.message}` });
  }
}
async function refused(method, what, fn, status, text) {
  methods.add(method);
  try {
    const r = await fn();
    results.push({ method, kind: `mistake: ${what}`, pass: false, detail: `accepted ${JSON.stringify(r).slice(0, 160)}` });
  } catch (e) {
    const pass = e.status === status && (!text || e.message === text);
    results.push({ method, kind: `mistake: ${what}`, pass, detail: pass ? '' : `got ${e.status} "${e.message}"` });
  }
}
const has = (...keys) => (r) => keys.every((k) => k.split('.').reduce((o, p) => (o == null ? undefined : o[p]), r) !== undefined) || `missing ${keys}`;

(async () => {
  await fetch(`${base}/_sandbox/reset`, { method: 'POST' });
  // users
  await ok('users.track', () => braze.users.track({ attributes: [{ external_id: 'npm_1', first_name: 'Npm', email: 'npm1@example.com' }] }), has('attributes_processed'));
  await refused('users.track', 'no identifier', () => braze.users.track({ attributes: [{ first_name: 'x' }] }), 400);
  await ok('users.export.ids', () => braze.users.export.ids({ external_ids: ['npm_1'], fields_to_export: ['first_name'] }), (r) => r.users[0].first_name === 'Npm' || 'wrong user');
  await ok('users.alias.new', () => braze.users.alias.new({ user_aliases: [{ alias_name: 'npm@example.com', alias_label: 'email' }] }), has('message'));
  await ok('users.alias.update', () => braze.users.alias.update({ alias_updates: [{ alias_label: 'email', old_alias_name: 'npm@example.com', new_alias_name: 'npm2@example.com' }] }), (r) => r.message === 'success' || 'no success');
  await refused('users.alias.update', '403 without permission', () => outgrow.users.alias.update({ alias_updates: [{ alias_label: 'a', old_alias_name: 'b', new_alias_name: 'c' }] }), 403, 'Access Denied');
  await ok('users.identify', () => braze.users.identify({ aliases_to_identify: [{ external_id: 'npm_2', user_alias: { alias_name: 'npm2@example.com', alias_label: 'email' } }] }), has('message'));
  await ok('users.track', () => braze.users.track({ attributes: [{ external_id: 'npm_keep', loyalty_points: 5 }, { external_id: 'npm_gone', home_city: 'Köln' }] }), has('attributes_processed'));
  await ok('users.merge', () => braze.users.merge({ merge_updates: [{ identifier_to_merge: { external_id: 'npm_gone' }, identifier_to_keep: { external_id: 'npm_keep' } }] }), (r) => r.message === 'success' || 'no success');
  await ok('users.export.ids', () => braze.users.export.ids({ external_ids: ['npm_keep', 'npm_gone'], fields_to_export: ['home_city', 'external_id'] }),
           (r) => (r.users.length === 1 && r.users[0].home_city === 'Köln') || 'merge not read back');
  await refused('users.merge', '51 updates', () => braze.users.merge({ merge_updates: Array(51).fill({ identifier_to_merge: { external_id: 'a' }, identifier_to_keep: { external_id: 'b' } }) }), 400, 'a single request may not contain more than 50 merge updates');
  await ok('users.external_ids.rename', () => braze.users.external_ids.rename({ external_id_renames: [{ current_external_id: 'npm_keep', new_external_id: 'npm_kept' }] }),
           (r) => (r.external_ids[0] === 'npm_kept' && r.rename_errors.length === 0) || 'rename failed');
  await ok('users.external_ids.remove', () => braze.users.external_ids.remove({ external_ids: ['npm_keep'] }), (r) => r.removed_ids[0] === 'npm_keep' || 'not removed');
  await ok('users.external_ids.remove', () => braze.users.external_ids.remove({ external_ids: ['npm_kept'] }), (r) => r.removal_errors.length === 1 || 'primary removed');
  const exp = await ok('users.export.segment', () => braze.users.export.segment({ segment_id: ids.highScorers, fields_to_export: ['external_id', 'email'] }), has('url', 'object_prefix'));
  await refused('users.export.segment', 'second export while running', () => braze.users.export.segment({ segment_id: ids.highScorers, fields_to_export: ['email'] }), 429);
  if (exp) {
    const before = await fetch(exp.url);
    await new Promise((res) => setTimeout(res, 2500));
    const after = await fetch(exp.url);
    const lines = (await after.text()).trim().split('\n');
    results.push({ method: 'users.export.segment', kind: 'URL serves only when ready', pass: before.status === 404 && after.status === 200 && JSON.parse(lines[0]).external_id !== undefined, detail: `${before.status} then ${after.status}` });
  }
  await ok('users.export.global_control_group', () => braze.users.export.global_control_group({ fields_to_export: ['braze_id'] }), has('url', 'object_prefix'));
  await ok('users.delete', () => braze.users.delete({ external_ids: ['npm_1'] }), (r) => r.deleted === 1 || 'not deleted');
  await refused('users.delete', '403 without permission', () => outgrow.users.delete({ external_ids: ['x'] }), 403, 'Access Denied');
  // subscriptions
  await ok('subscription.status.set', () => braze.subscription.status.set({ subscription_group_id: ids.emailGroup, subscription_state: 'subscribed', external_id: 'user_0001' }), has('message'));
  await ok('v2.subscription.status.set', () => braze.v2.subscription.status.set({ subscription_groups: [{ subscription_group_id: ids.smsGroup, subscription_state: 'unsubscribed', external_ids: ['user_0001'] }] }), has('message'));
  await ok('subscription.status.get', () => braze.subscription.status.get({ subscription_group_id: ids.emailGroup, external_id: 'user_0001' }), (r) => r.status.user_0001 === 'Subscribed' || 'wrong status');
  await ok('subscription.user.status', () => braze.subscription.user.status({ external_id: 'user_0001' }),
           (r) => ('email' in r.users[0] && 'phone' in r.users[0] && 'external_id' in r.users[0] && typeof r.total_count === 'number') || 'keys missing');
  // segments, sends, campaigns, canvas
  await ok('segments.list', () => braze.segments.list(), (r) => r.segments.length === 4 || 'count');
  await ok('segments.details', () => braze.segments.details({ segment_id: ids.highScorers }), has('name'));
  await ok('segments.analytics', () => braze.segments.analytics({ segment_id: ids.highScorers, length: 3 }), (r) => r.data.length === 3 || 'length');
  await ok('sends.id.create', () => braze.sends.id.create({ campaign_id: ids.newsletter, send_id: 'npm_send' }), (r) => r.send_id === 'npm_send' || 'send_id');
  await ok('campaigns.list', () => braze.campaigns.list({ include_archived: false, sort_direction: 'desc', 'last_edit.time[gt]': '2020-01-01T00:00:00' }), (r) => r.campaigns.length === 3 || 'count');
  await ok('campaigns.details', () => braze.campaigns.details({ campaign_id: ids.triggered }), (r) => (typeof r.messages === 'object' && !!r.name) || 'shape');
  await ok('canvas.list', () => braze.canvas.list(), (r) => r.canvases.length === 2 || 'count');
  // messaging
  await ok('messages.send', () => braze.messages.send({ external_user_ids: ['user_0001'], messages: { email: { app_id: 'app', from: 'Shop <a@example.com>', body: 'Hi' } } }), has('dispatch_id'));
  const sched = await ok('messages.schedule.create', () => braze.messages.schedule.create({ broadcast: true, segment_id: ids.highScorers, schedule: { time: inDays(2) }, messages: { email: { app_id: 'app', from: 'a@example.com', body: 'x' } } }), has('schedule_id'));
  await ok('messages.schedule.update', () => braze.messages.schedule.update({ schedule_id: sched && sched.schedule_id, schedule: { time: inDays(3) } }), has('message'));
  await ok('messages.schedule.delete', () => braze.messages.schedule.delete({ schedule_id: sched && sched.schedule_id }), has('message'));
  await ok('campaigns.trigger.send', () => braze.campaigns.trigger.send({ campaign_id: ids.triggered, recipients: [{ external_user_id: 'user_0002', trigger_properties: { offer: '10OFF' } }, { external_user_id: 'user_0002' }] }), has('dispatch_id'));
  const sent = await (await fetch(`${base}/_sandbox/sent`)).json();
  results.push({ method: 'campaigns.trigger.send', kind: 'duplicate recipient recorded once', pass: sent[sent.length - 1].recipient_count === 1, detail: '' });
  await refused('campaigns.trigger.send', 'email without prioritization', () => braze.campaigns.trigger.send({ campaign_id: ids.triggered, recipients: [{ email: 'familie.mueller@example.de' }] }), 400);
  await ok('campaigns.trigger.send', () => braze.campaigns.trigger.send({ campaign_id: ids.triggered, recipients: [{ email: 'familie.mueller@example.de', prioritization: ['unidentified'] }] }), has('dispatch_id'));
  await refused('campaigns.trigger.send', 'unknown campaign', () => braze.campaigns.trigger.send({ campaign_id: 'nope', broadcast: true }), 400, 'Invalid Campaign ID');
  const cs = await ok('campaigns.trigger.schedule.create', () => braze.campaigns.trigger.schedule.create({ campaign_id: ids.triggered, broadcast: true, schedule: { time: inDays(2) } }), has('schedule_id', 'dispatch_id'));
  await ok('messages.scheduled_broadcasts', () => braze.messages.scheduled_broadcasts({ end_time: inDays(10) }),
           (r) => r.scheduled_broadcasts.some((b) => b.id === ids.triggered && b.type === 'Campaign') || 'schedule not listed');
  await ok('campaigns.trigger.schedule.update', () => braze.campaigns.trigger.schedule.update({ campaign_id: ids.triggered, schedule_id: cs && cs.schedule_id, schedule: { time: inDays(4) } }), (r) => r.message === 'success' || 'no success');
  await ok('campaigns.trigger.schedule.delete', () => braze.campaigns.trigger.schedule.delete({ campaign_id: ids.triggered, schedule_id: cs && cs.schedule_id }), (r) => r.message === 'success' || 'no success');
  await ok('messages.scheduled_broadcasts', () => braze.messages.scheduled_broadcasts({ end_time: inDays(10) }), (r) => !r.scheduled_broadcasts.some((b) => b.id === ids.triggered) || 'deleted still listed');
  await ok('canvas.trigger.send', () => braze.canvas.trigger.send({ canvas_id: ids.canvas, canvas_entry_properties: { plan: 'gold' }, recipients: [{ external_user_id: 'user_0003', canvas_entry_properties: { step: 1 } }] }), has('dispatch_id'));
  await refused('canvas.trigger.send', '403 without permission', () => outgrow.canvas.trigger.send({ canvas_id: ids.canvas, broadcast: true }), 403, 'Access Denied');
  const vs = await ok('canvas.trigger.schedule.create', () => braze.canvas.trigger.schedule.create({ canvas_id: ids.canvas, broadcast: true, schedule: { time: inDays(2) } }), has('schedule_id'));
  await ok('canvas.trigger.schedule.update', () => braze.canvas.trigger.schedule.update({ canvas_id: ids.canvas, schedule_id: vs && vs.schedule_id, schedule: { time: inDays(5) } }), (r) => r.message === 'success' || 'no success');
  await ok('canvas.trigger.schedule.delete', () => braze.canvas.trigger.schedule.delete({ canvas_id: ids.canvas, schedule_id: vs && vs.schedule_id }), (r) => r.message === 'success' || 'no success');
  await refused('canvas.trigger.schedule.create', 'schedule missing', () => braze.canvas.trigger.schedule.create({ canvas_id: ids.canvas, broadcast: true }), 400);
  await ok('transactional.v1.campaigns.send', () => braze.transactional.v1.campaigns.send(ids.transactional, { external_send_id: 'npm-1', recipient: [{ external_user_id: 'user_0004' }] }),
           (r) => (r.dispatch_id && r.status === 'sent' && r.metadata.external_send_id === 'npm-1') || 'shape');
  await refused('transactional.v1.campaigns.send', 'same external_send_id again', () => braze.transactional.v1.campaigns.send(ids.transactional, { external_send_id: 'npm-1', recipient: [{ external_user_id: 'user_0004' }] }), 400, 'The external reference has been queued.  Please retry to obtain send_id.');
  await refused('transactional.v1.campaigns.send', 'not a transactional campaign', () => braze.transactional.v1.campaigns.send(ids.triggered, { recipient: [{ external_user_id: 'user_0004' }] }), 400, 'The campaign is not a transactional campaign. Only transactional campaigns may use this endpoint');
  // catalogs
  await ok('catalogs.synchronous.list', () => braze.catalogs.synchronous.list(), (r) => (r.catalogs[0].name === 'spring_products' && r.catalogs[0].fields.length === 5) || 'shape');
  methods.add('catalogs.synchronous.items');
  try {
    let n = 0; for await (const item of braze.catalogs.synchronous.items({ catalog_name: 'spring_products' })) { if (item.id) n++; }
    results.push({ method: 'catalogs.synchronous.items', kind: 'valid (follows Link pages)', pass: n === 60, detail: `${n} items` });
  } catch (e) { results.push({ method: 'catalogs.synchronous.items', kind: 'valid', pass: false, detail: `threw ${e.status} ${e.message}` }); }
  await ok('catalogs.synchronous.item', () => braze.catalogs.synchronous.item({ catalog_name: 'spring_products', item_id: 'product_007' }), (r) => r.items[0].id === 'product_007' || 'wrong item');
  await refused('catalogs.synchronous.item', 'unknown item', () => braze.catalogs.synchronous.item({ catalog_name: 'spring_products', item_id: 'nope' }), 404, 'Invalid Request');
  // email
  await ok('email.blacklist', () => braze.email.blacklist({ email: ['npm-block@example.com'] }), (r) => r.message === 'success' || 'no success');
  await ok('email.bounce.remove', () => braze.email.bounce.remove({ email: 'npm-block@example.com' }), (r) => r.message === 'success' || 'no success');
  await ok('email.spam.remove', () => braze.email.spam.remove({ email: ['npm-block@example.com'] }), (r) => r.message === 'success' || 'no success');
  await refused('email.spam.remove', 'no address', () => braze.email.spam.remove({}), 400);
  // templates
  await ok('templates.content_blocks.list', () => braze.templates.content_blocks.list({ limit: 10 }), (r) => (r.count === 2 && !!r.content_blocks[0].liquid_tag) || 'shape');
  await ok('templates.content_blocks.get', () => braze.templates.content_blocks.get({ content_block_id: ids.footer, include_inclusion_data: true }), (r) => (r.name === 'newsletter_footer' && Array.isArray(r.inclusion_data)) || 'shape');
  const cb = await ok('templates.content_blocks.create', () => braze.templates.content_blocks.create({ name: 'npm_block', content: 'Hi {{${first_name}}}', state: 'draft' }), has('content_block_id', 'liquid_tag', 'created_at'));
  await refused('templates.content_blocks.create', 'malformed Liquid', () => braze.templates.content_blocks.create({ name: 'npm_bad', content: '{% if %}' }), 400, 'Content contains malformed liquid');
  await ok('templates.content_blocks.update', () => braze.templates.content_blocks.update({ content_block_id: cb && cb.content_block_id, content: 'Hello {{${first_name}}}' }), has('content_block_id'));
  await refused('templates.content_blocks.update', 'active name change', () => braze.templates.content_blocks.update({ content_block_id: ids.footer, name: 'x' }), 400, 'Content Block name cannot be updated for active Content Blocks');
  await ok('templates.email_templates.list', () => braze.templates.email_templates.list({ limit: 10 }), (r) => (r.count === 1 && r.message === 'success') || 'shape');
  await ok('templates.email_templates.get', () => braze.templates.email_templates.get({ email_template_id: ids.template }), (r) => (r.template_name === 'Spring newsletter' && r.message === 'success') || 'shape');
  const et = await ok('templates.email_templates.create', () => braze.templates.email_templates.create({ template_name: 'npm', subject: 'Hi', body: '{{content_blocks.${npm_block}}}' }), has('email_template_id'));
  await refused('templates.email_templates.create', 'unknown Content Block', () => braze.templates.email_templates.create({ template_name: 'npm', subject: 'Hi', body: '{{content_blocks.${nope}}}' }), 400, 'Email must have valid Content Block names');
  await ok('templates.email_templates.update', () => braze.templates.email_templates.update({ email_template_id: et && et.email_template_id, template_name: 'npm2', subject: 'Hey', body: 'b' }), (r) => r.email_template_id === (et && et.email_template_id) || 'shape');
  // rate limit with headers (one bucket per family is enough to show the client sees 429)
  await fetch(`${base}/_sandbox/config`, { method: 'POST', body: JSON.stringify({ rate_scale: 0.00002 }) });
  await braze.catalogs.synchronous.list().catch(() => {});
  await refused('catalogs.synchronous.list', '51st call in a minute', () => braze.catalogs.synchronous.list(), 429, 'Rate Limited');
  await fetch(`${base}/_sandbox/config`, { method: 'POST', body: JSON.stringify({ rate_scale: 1 }) });

  const failed = results.filter((r) => !r.pass);
  for (const r of results) console.log(`${r.pass ? 'ok  ' : 'FAIL'} ${r.method} — ${r.kind} ${r.detail}`);
  const failedMethods = new Set(failed.map((r) => r.method));
  console.log(`\n${results.length - failed.length} of ${results.length} checks hold; ${methods.size - failedMethods.size} of ${methods.size} methods get Braze's documented answer for every check.`);
})();
