#!/usr/bin/env node
// After the tests: no log line the application wrote during the test run (target/test-logs, profile "it")
// may hold a whole citizen ID (twelve digits in a row). Run by Maven in the verify phase.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

const dir = path.join(process.cwd(), 'target', 'test-logs');
let files = [];
try {
  files = (await readdir(dir)).filter(name => name.endsWith('.log'));
} catch {
  console.log('test logs: none (tests skipped)');
  process.exit(0);
}
// The last group of a UUID (an engine id) is left alone, as CitizenIdMasking leaves it.
const twelveDigits = /(?<![0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-)(?<!\d)\d{12}(?!\d)/;
let lines = 0;
const found = [];
for (const name of files) {
  for (const line of (await readFile(path.join(dir, name), 'utf-8')).split('\n')) {
    lines++;
    if (twelveDigits.test(line)) found.push(`${name}: ${line.slice(0, 300)}`);
  }
}
for (const line of found.slice(0, 20)) console.log(`[error] a whole citizen ID in a log line: ${line}`);
console.log(`test logs: ${lines} lines read, ${found.length} with a whole citizen ID`);
process.exit(found.length ? 1 : 0);
