#!/usr/bin/env node
// Checks every Camunda Form under forms/ and every form a model under bpmn/ links to.
// Run from the project root by the Maven validate phase: node lint/check-forms.mjs
//
// - a .form is JSON with an id, "type": "default" and components, for Camunda Platform 7,
//   and a schemaVersion the Tasklist of Camunda 7.24 renders (at most 16);
// - form ids are unique across forms/, and component ids unique within a form;
// - every input component has a label (officials read these);
// - no "number" field: the Tasklist's form-js keeps a number a second time 300 ms after it is left, and that
//   redraw empties whatever is being typed in the next field (a textfield with a digits pattern instead);
// - every camunda:formRef in a model names a form of forms/.
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const ROOT = process.cwd();
const MAX_SCHEMA_VERSION = 16;
const LAYOUT_TYPES = new Set(['text', 'html', 'spacer', 'separator', 'image', 'group', 'dynamiclist', 'iframe', 'table']);

async function filesUnder(dir, extension) {
  try {
    await stat(dir);
  } catch {
    return [];
  }
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...await filesUnder(full, extension));
    } else if (entry.name.endsWith(extension)) {
      found.push(full);
    }
  }
  return found.sort();
}

function* components(list) {
  for (const component of list || []) {
    yield component;
    yield* components(component.components);
  }
}

const errors = [];
const shown = file => path.relative(ROOT, file).split(path.sep).join('/');
const formFiles = new Map();

for (const file of await filesUnder(path.join(ROOT, 'forms'), '.form')) {
  let form;
  try {
    form = JSON.parse(await readFile(file, 'utf-8'));
  } catch (error) {
    errors.push(`${shown(file)}: not valid JSON (${error.message})`);
    continue;
  }
  if (!form.id) errors.push(`${shown(file)}: no form id`);
  if (form.type !== 'default') errors.push(`${shown(file)}: "type" must be "default"`);
  if (!Array.isArray(form.components)) errors.push(`${shown(file)}: no components`);
  if (form.executionPlatform !== 'Camunda Platform') {
    errors.push(`${shown(file)}: executionPlatform must be "Camunda Platform" (Camunda 7), not "${form.executionPlatform}"`);
  }
  if (!(form.schemaVersion <= MAX_SCHEMA_VERSION)) {
    errors.push(`${shown(file)}: schemaVersion ${form.schemaVersion} is newer than the Tasklist of Camunda 7.24 renders (${MAX_SCHEMA_VERSION})`);
  }
  if (form.id && formFiles.has(form.id)) {
    errors.push(`${shown(file)}: form id "${form.id}" is also used by ${shown(formFiles.get(form.id))}`);
  }
  formFiles.set(form.id, file);
  const ids = new Set();
  for (const component of components(form.components)) {
    if (component.id && ids.has(component.id)) errors.push(`${shown(file)}: component id "${component.id}" is used twice`);
    ids.add(component.id);
    if (component.type === 'number') {
      errors.push(`${shown(file)}: field "${component.key}" is a "number" field: the Tasklist's form-js keeps it again 300 ms after it is left, which empties the text being typed in the next field; use a textfield with "pattern": "^[0-9]{1,N}$"`);
    }
    if (component.key && !LAYOUT_TYPES.has(component.type) && !component.label) {
      errors.push(`${shown(file)}: field "${component.key}" has no label`);
    }
  }
}

let links = 0;
for (const file of await filesUnder(path.join(ROOT, 'bpmn'), '.bpmn')) {
  const xml = await readFile(file, 'utf-8');
  for (const match of xml.matchAll(/camunda:formRef="([^"]*)"/g)) {
    links++;
    if (!formFiles.has(match[1])) {
      errors.push(`${shown(file)}: camunda:formRef="${match[1]}" names no form under forms/`);
    }
  }
}

for (const error of errors) console.log(`[error] ${error}`);
console.log(`forms: ${formFiles.size} forms, ${links} form links from models, ${errors.length} errors`);
process.exit(errors.length ? 1 : 0);
