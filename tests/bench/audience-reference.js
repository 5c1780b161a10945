// LiquidJS, a reference Liquid engine, over the same audience audience-bench renders: every line
// of the users file it kept (audience-bench 100000 FIXTURES_DIR KEEP_DIR writes
// KEEP_DIR/fixture.jsonl) is parsed as JSON and the Golden Liquid `webhook` fixture is rendered
// with it by renderSync, once per user, the template parsed once. Prints users per second and per
// CPU-second, to set beside audience-bench's `webhook-fixture` line (README). LiquidJS comes from
// ../shared/tools/liquid-anchors (`npm ci` there):
//
//   TZ=UTC NODE_PATH=../shared/tools/liquid-anchors/node_modules node tests/bench/audience-reference.js USERS.jsonl [WEBHOOK_FIXTURE_DIR]
'use strict'
const fs = require('fs')
const path = require('path')
const readline = require('readline')
const { performance } = require('perf_hooks')
const { Liquid } = require('liquidjs')
const version = require('liquidjs/package.json').version

async function main () {
  const [usersFile, fixtureArg] = process.argv.slice(2)
  if (!usersFile) {
    console.error('usage: node audience-reference.js USERS.jsonl [WEBHOOK_FIXTURE_DIR]')
    process.exit(2)
  }
  const fixture = fixtureArg || path.resolve(__dirname, '../../../shared/golden-liquid/benchmark_fixtures/webhook')
  const engine = new Liquid()
  const template = engine.parse(fs.readFileSync(path.join(fixture, 'templates', 'index.liquid'), 'utf8'))
  let users = 0
  let bytes = 0
  const wall = performance.now()
  const cpu = process.cpuUsage()
  const lines = readline.createInterface({ input: fs.createReadStream(usersFile), crlfDelay: Infinity })
  for await (const line of lines) {
    bytes += Buffer.byteLength(engine.renderSync(template, JSON.parse(line)))
    users++
  }
  const seconds = (performance.now() - wall) / 1000
  const used = process.cpuUsage(cpu)
  const cpuSeconds = (used.user + used.system) / 1e6
  console.log(`liquidjs (${version}) users=${users} seconds=${seconds.toFixed(2)} users_per_s=${(users / seconds).toFixed(0)} ` +
              `cpu_seconds=${cpuSeconds.toFixed(2)} users_per_cpu_s=${(users / cpuSeconds).toFixed(0)} average_body=${(bytes / users).toFixed(0)}`)
}
main()
