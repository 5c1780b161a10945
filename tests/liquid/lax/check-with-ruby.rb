# frozen_string_literal: true

# Renders every case of lax-cases.json that is plain Shopify Liquid (not marked "braze") with
# Ruby Liquid 5 in lax mode and compares the output with the case's expected output, so the
# expectations stay Ruby's. Needs Debian's ruby-liquid (see ../../bench/compare-anchors.sh).
#
#   TZ=UTC ruby tests/liquid/lax/check-with-ruby.rb [--liquid-c]
require "json"
require "liquid"
require "liquid/c" if ARGV.delete("--liquid-c")

cases = JSON.parse(File.read(File.join(__dir__, "lax-cases.json")))["cases"]
failed = 0
checked = 0
cases.each do |c|
  next if c["braze"]
  checked += 1
  template = Liquid::Template.parse(c["template"], error_mode: :lax, line_numbers: true)
  output = template.render(c["data"])
  next if output == c["output"]
  failed += 1
  puts "#{c['name']}: Ruby renders #{output.inspect}, the case expects #{c['output'].inspect}"
rescue Liquid::Error => e
  failed += 1
  puts "#{c['name']}: Ruby refuses it: #{e.message}"
end
puts "#{checked - failed} passed, #{failed} failed"
exit(failed.zero? ? 0 : 1)
