# frozen_string_literal: true

# The reference Shopify Liquid engine (Ruby, with --liquid-c its C extension) over the same
# audience audience-bench renders: every line of the users file it kept (audience-bench 100000
# FIXTURES_DIR KEEP_DIR writes KEEP_DIR/fixture.jsonl) is parsed as JSON and the Golden Liquid
# `webhook` fixture is rendered with it, once per user, the template parsed once. Prints users per
# second and per CPU-second, to set beside audience-bench's `webhook-fixture` line (README).
#
#   TZ=UTC ruby tests/bench/audience-reference.rb [--liquid-c] USERS.jsonl [WEBHOOK_FIXTURE_DIR]

require "json"
require "liquid"

liquid_c = ARGV.delete("--liquid-c")
require "liquid/c" if liquid_c
users_file = ARGV.fetch(0) { abort("usage: ruby audience-reference.rb [--liquid-c] USERS.jsonl [WEBHOOK_FIXTURE_DIR]") }
fixture = ARGV.fetch(1) { File.expand_path("../../../shared/golden-liquid/benchmark_fixtures/webhook", __dir__) }
template = Liquid::Template.parse(File.read(File.join(fixture, "templates", "index.liquid")))

users = 0
bytes = 0
wall = Process.clock_gettime(Process::CLOCK_MONOTONIC)
cpu = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
File.foreach(users_file) do |line|
  template.instance_assigns.clear
  bytes += template.render!(JSON.parse(line)).bytesize
  users += 1
end
wall = Process.clock_gettime(Process::CLOCK_MONOTONIC) - wall
cpu = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - cpu
engine = liquid_c ? "ruby-liquid-c #{Liquid::C::VERSION}" : "ruby-liquid"
printf("%s (liquid %s) users=%d seconds=%.2f users_per_s=%.0f cpu_seconds=%.2f users_per_cpu_s=%.0f average_body=%.0f\n",
       engine, Liquid::VERSION, users, wall, users / wall, cpu, users / cpu, bytes.to_f / users)
