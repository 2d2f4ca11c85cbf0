// Pulumi.example.yaml is a configuration the program accepts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import * as pulumi from '@pulumi/pulumi';

/**
 * Reads the flat `config:` map of a stack file: `key: value` entries and
 * `- item` lists. Enough for Pulumi.example.yaml, which stays this simple.
 */
function readStackConfig(path: string): Record<string, string> {
  const config: Record<string, string> = {};
  let listKey: string | undefined;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\s+#.*$/, '').replace(/^\s*#.*$/, '');
    if (!line.trim() || line === 'config:') continue;
    const item = /^\s+- (.+)$/.exec(line);
    if (item?.[1] && listKey) {
      config[listKey] = JSON.stringify([...JSON.parse(config[listKey] ?? '[]'), item[1]]);
      continue;
    }
    const entry = /^\s+([\w-]+:[\w-]+):(?: (.*))?$/.exec(line);
    assert.ok(entry?.[1], `unexpected line in ${path}: ${raw}`);
    listKey = entry[2] === undefined ? entry[1] : undefined;
    config[entry[1]] = entry[2] === undefined ? '[]' : entry[2].replace(/^"(.*)"$/, '$1');
  }
  return config;
}

test('Pulumi.example.yaml is a valid stack configuration', async () => {
  const example = readStackConfig(join(__dirname, '..', 'Pulumi.example.yaml'));
  assert.equal(example['chorus-infra:turnSecret'], undefined, 'the example must not carry a secret');
  await pulumi.runtime.setMocks(
    { newResource: (args) => ({ id: `${args.name}-id`, state: args.inputs }), call: (args) => args.inputs },
    'chorus-infra',
    'example',
    false,
  );
  pulumi.runtime.setAllConfig({ ...example, 'chorus-infra:turnSecret': 'ExampleSecretForTheTest-0123456789' }, [
    'chorus-infra:turnSecret',
  ]);
  const { loadConfig } = await import('../config');
  const config = loadConfig();
  assert.equal(config.project, 'my-chorus-project');
  assert.equal(config.zone, 'europe-west1-b');
  assert.equal(config.nodeCount, 2);
  assert.deepEqual(config.rtcPorts, { min: 40000, max: 49999 });
  assert.deepEqual(config.sshSourceRanges, ['35.235.240.0/20']);
  assert.equal(config.acmeEmail, 'ops@example.com');
  assert.equal(config.dnsZone, undefined);
});
