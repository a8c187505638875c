#!/usr/bin/env node
// Lints every *.bpmn under <project root>/bpmn with bpmnlint and the project's .bpmnlintrc.
//
// Usage (from the project root, as the Maven validate phase runs it):
//   node lint/lint-models.mjs
//
// The project root is the current working directory (it holds bpmn/ and .bpmnlintrc);
// bpmnlint, its plugins and moddle extensions are loaded from the node_modules next to
// this script (lint/node_modules, installed by `npm ci` in lint/).
//
// It does what bpmnlint's own CLI (bpmnlint/bin/bpmnlint.js) does: parse with bpmn-moddle
// plus the `moddleExtensions` named in .bpmnlintrc, report import warnings as errors, lint
// with Linter + NodeResolver. Exit code: 0 when no model has an error (warnings and infos
// do not fail the build), 1 when any model has an error or the linter cannot run.

import { createRequire } from 'node:module';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = process.cwd();
const MODELS_DIR = path.join(ROOT, 'bpmn');
const CONFIG_PATH = path.join(ROOT, '.bpmnlintrc');

// Camunda Modeler writes these on <bpmn:definitions>; the engine here is Camunda 7.
const MODELER_NS = 'http://camunda.org/schema/modeler/1.0';
const EXPECTED_PLATFORM = 'Camunda Platform';
const EXPECTED_MAJOR = '7';
const PLATFORM_RULE = 'lint-models/execution-platform';

// Resolve packages (and plugins named in .bpmnlintrc) from lint/node_modules, not from the cwd.
const lintRequire = createRequire(path.join(SCRIPT_DIR, '__placeholder__.js'));

function fail(message) {
  console.error(`bpmnlint: ${message}`);
  process.exit(1);
}

function loadBpmnlint() {
  try {
    const Linter = lintRequire('bpmnlint/lib/linter');
    const NodeResolver = lintRequire('bpmnlint/lib/resolver/node-resolver');

    // bpmn-moddle and moddle-utils are bpmnlint's own dependencies: resolve them as bpmnlint would.
    const bpmnlintRequire = createRequire(lintRequire.resolve('bpmnlint'));
    const { pathStringify } = bpmnlintRequire('@bpmn-io/moddle-utils');
    const bpmnModdlePath = bpmnlintRequire.resolve('bpmn-moddle');

    return { Linter, NodeResolver, pathStringify, bpmnModdlePath };
  } catch (error) {
    fail(`cannot load bpmnlint from ${path.join(SCRIPT_DIR, 'node_modules')} ` +
      `(run \`npm ci\` in lint/ first): ${error.message}`);
  }
}

async function readConfig() {
  let text;

  try {
    text = await readFile(CONFIG_PATH, 'utf-8');
  } catch (error) {
    fail(`cannot read ${CONFIG_PATH}: ${error.message}`);
  }

  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`cannot parse ${CONFIG_PATH}: ${error.message}`);
  }
}

async function exists(p) {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

// Every *.bpmn under dir, recursively, sorted so the output is stable.
async function findModels(dir) {
  const found = [];

  async function walk(current) {
    const entries = await readdir(current, { withFileTypes: true });

    for (const entry of entries) {
      const full = path.join(current, entry.name);

      if (entry.isDirectory()) {
        await walk(full);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.bpmn')) {
        found.push(full);
      }
    }
  }

  await walk(dir);

  return found.sort();
}

async function createModdle(bpmnModdlePath, config) {
  const { BpmnModdle } = await import(pathToFileURL(bpmnModdlePath).href);

  const extensions = {};

  for (const [ prefix, module ] of Object.entries(config.moddleExtensions || {})) {
    try {
      extensions[prefix] = lintRequire(module);
    } catch (error) {
      fail(`cannot load moddle extension <${prefix}> from ${module}: ${error.message}`);
    }
  }

  return new BpmnModdle(extensions);
}

async function parse(moddle, xml) {
  try {
    const { rootElement, warnings = [] } = await moddle.fromXML(xml);

    return { rootElement, warnings };
  } catch (error) {
    return { error, warnings: error.warnings || [] };
  }
}

// The config lints for Camunda 7; a model saved for another platform would pass it wrongly.
function checkExecutionPlatform(definitions) {
  const attrs = definitions.$attrs || {};

  const prefixEntry = Object.entries(attrs)
    .find(([ key, value ]) => key.startsWith('xmlns:') && value === MODELER_NS);

  const prefix = prefixEntry ? prefixEntry[0].slice('xmlns:'.length) : 'modeler';

  const platform = attrs[`${prefix}:executionPlatform`];
  const version = attrs[`${prefix}:executionPlatformVersion`];

  const reports = [];

  if (!platform || !version) {
    reports.push({
      id: definitions.id,
      category: 'warn',
      message: 'Model does not declare modeler:executionPlatform/executionPlatformVersion ' +
        `(expected "${EXPECTED_PLATFORM}" ${EXPECTED_MAJOR}.x); open and save it in Camunda Modeler for Camunda 7`
    });
  }

  if (platform && platform !== EXPECTED_PLATFORM) {
    reports.push({
      id: definitions.id,
      category: 'error',
      message: `Model targets execution platform "${platform}", expected "${EXPECTED_PLATFORM}"`
    });
  }

  if (version && String(version).split('.')[0] !== EXPECTED_MAJOR) {
    reports.push({
      id: definitions.id,
      category: 'error',
      message: `Model targets execution platform version ${version}, expected ${EXPECTED_MAJOR}.x`
    });
  }

  return reports.length ? { [PLATFORM_RULE]: reports } : {};
}

// Normalises bpmnlint's categories: 'error' and 'rule-error' fail, 'warn' warns, the rest informs.
function level(category) {
  if (category === 'error' || category === 'rule-error') {
    return 'error';
  }

  if (category === 'warn' || category === 'warning') {
    return 'warning';
  }

  return 'info';
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

async function main() {
  const config = await readConfig();
  const { Linter, NodeResolver, pathStringify, bpmnModdlePath } = loadBpmnlint();

  // One Linter per model, as bpmnlint's CLI does: some rules keep state between runs
  // (no-duplicate-sequence-flows would report flows of an earlier model as duplicates).
  const createLinter = () => new Linter({
    config,
    resolver: new NodeResolver({ require: lintRequire })
  });

  // Resolve the configured rules up front, so a broken config fails even before models exist.
  try {
    await createLinter().resolveRules(config);
  } catch (error) {
    fail(`invalid configuration in ${CONFIG_PATH}: ${error.message}`);
  }

  const models = (await exists(MODELS_DIR)) ? await findModels(MODELS_DIR) : [];

  if (!models.length) {
    console.log(`bpmnlint: no models found under ${path.relative(ROOT, MODELS_DIR) || '.'}/ - nothing to lint`);
    return 0;
  }

  const moddle = await createModdle(bpmnModdlePath, config);

  const counts = { error: 0, warning: 0, info: 0 };

  for (const file of models) {
    const shownPath = path.relative(ROOT, file).split(path.sep).join('/');

    let results;

    const xml = await readFile(file, 'utf-8');
    const { rootElement, warnings, error } = await parse(moddle, xml);

    if (error) {
      results = {
        'parse': [ { message: `Parse error: ${error.message.split('\n')[0]}`, category: 'error' } ]
      };
    } else {
      const importReports = warnings.length ? {
        'import': warnings.map(warning => ({
          id: warning.element && warning.element.id,
          message: `Import warning: ${warning.message.split('\n')[0]}`,
          category: 'error'
        }))
      } : {};

      results = {
        ...importReports,
        ...checkExecutionPlatform(rootElement),
        ...(await createLinter().lint(rootElement))
      };
    }

    for (const [ ruleName, reports ] of Object.entries(results)) {
      for (const report of reports) {
        const lvl = level(report.category);

        counts[lvl]++;

        let id = report.id || '(model)';

        if (report.path) {
          id = `${id}#${pathStringify(report.path)}`;
        }

        const rule = report.name || ruleName;

        console.log(`[${lvl}] ${shownPath}: ${id} - ${report.message} (${rule})`);
      }
    }
  }

  let summary = `bpmnlint: ${plural(models.length, 'model')}, ` +
    `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}`;

  if (counts.info) {
    summary += `, ${counts.info} info`;
  }

  console.log(summary);

  if (counts.error) {
    console.log('bpmnlint: FAILED - fix the errors above (rule docs: https://github.com/bpmn-io/bpmnlint/tree/main/docs/rules)');
    return 1;
  }

  return 0;
}

main().then(
  code => process.exit(code),
  error => fail(error && error.stack || String(error))
);
