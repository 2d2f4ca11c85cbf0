// Pulumi.example.yaml is a configuration the program accepts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import * as pulumi from '@pulumi/pulumi';
import { loadConfig } from '../config';

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
      config[listKey] = JSON.stringify([...(JSON.parse(config[listKey] ?? '[]') as string[]), item[1]]);
      continue;
    }
    const entry = /^\s+([\w-]+:[\w-]+):(?: (.*))?$/.exec(line);
    if (!entry?.[1]) throw new Error(`unexpected line in ${path}: ${raw}`);
    listKey = entry[2] === undefined ? entry[1] : undefined;
    config[entry[1]] = entry[2] === undefined ? '[]' : entry[2].replace(/^"(.*)"$/, '$1');
  }
  return config;
}

test('Pulumi.example.yaml is a valid stack configuration', async () => {
  const example = readStackConfig(join(__dirname, '..', 'Pulumi.example.yaml'));
  // The example must not carry a secret.
  expect(example['chorus-infra:turnSecret']).toBeUndefined();
  await pulumi.runtime.setMocks(
    {
      newResource: (args) => ({ id: `${args.name}-id`, state: args.inputs as Record<string, unknown> }),
      call: (args) => args.inputs as Record<string, unknown>,
    },
    'chorus-infra',
    'example',
    false,
  );
  pulumi.runtime.setAllConfig({ ...example, 'chorus-infra:turnSecret': 'ExampleSecretForTheTest-0123456789' }, ['chorus-infra:turnSecret']);
  const config = loadConfig();
  expect(config.project).toBe('my-chorus-project');
  expect(config.zone).toBe('europe-west1-b');
  expect(config.nodeCount).toBe(2);
  expect(config.rtcPorts).toStrictEqual({ min: 40000, max: 49999 });
  expect(config.sshSourceRanges).toStrictEqual(['35.235.240.0/20']);
  expect(config.acmeEmail).toBe('ops@example.com');
  expect(config.dnsZone).toBeUndefined();
  expect(config.chorusRef).toMatch(/^[0-9a-f]{40}$/);
});
