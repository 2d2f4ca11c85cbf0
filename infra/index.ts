// Chorus media nodes on Google Compute Engine: `pulumi up` entry point.
// Each node is a Debian 12 VM running the media node (mediasoup), coturn and
// Caddy, with its own reserved IP, in one stateful managed instance group.
// See docs/deploy.md.
import * as pulumi from '@pulumi/pulumi';
import { MediaNodeAddresses } from './addresses';
import { BootFailureMetric } from './bootFailureMetric';
import { vcpusOfMachineType, plannedStreamsPerNode as plannedStreams } from './capacity';
import { loadConfig } from './config';
import { MediaNodeDnsRecords, dnsRecordLine } from './dnsRecords';
import { ChorusFirewall } from './firewall';
import { MediaNodeTemplate } from './instanceTemplate';
import { type MediaNode, MediaNodeGroup } from './mediaNodeGroup';
import { mediaNodeHost, mediaNodeNames, serviceAccountId, turnSecretId } from './names';
import { ChorusNetwork } from './network';
import { mediaNodeEndpoints } from './nodeEndpoints';
import { ScaleOutAlert } from './scaleOutAlert';
import { MediaNodeServiceAccount } from './serviceAccount';
import { BOOT_STATUS_ATTRIBUTE } from './startupScript';
import { TurnSecret } from './turnSecret';

const config = loadConfig();
const name = 'chorus';

const network = new ChorusNetwork(name, { region: config.region });
new ChorusFirewall(name, {
  network: network.network.id,
  rtcPorts: config.rtcPorts,
  sshSourceRanges: config.sshSourceRanges,
});

const nodeNames = mediaNodeNames(config.nodeNamePrefix, config.nodeCount);
const addresses = new MediaNodeAddresses(name, { region: config.region, nodeNames });
const nodes: MediaNode[] = nodeNames.map((nodeName) => {
  const address = addresses.byNode.get(nodeName);
  if (!address) throw new Error(`no address for ${nodeName}`);
  return { name: nodeName, host: mediaNodeHost(nodeName, config.domain), address };
});

const turnSecret = new TurnSecret(name, {
  project: config.project,
  secretId: turnSecretId(config.stack),
  value: config.turnSecret,
});

const serviceAccount = new MediaNodeServiceAccount(name, {
  project: config.project,
  firebaseProject: config.firebaseProject,
  accountId: serviceAccountId(config.stack),
  turnSecretId: turnSecret.secret.id,
});

const template = new MediaNodeTemplate(name, {
  stack: config.stack,
  machineType: config.machineType,
  region: config.region,
  firebaseProject: config.firebaseProject,
  subnetwork: network.subnetwork.id,
  serviceAccountEmail: serviceAccount.email,
  turnSecretName: turnSecret.resourceName,
  startupScript: {
    chorusRepo: config.chorusRepo,
    chorusRef: config.chorusRef,
    domain: config.domain,
    rtcPorts: config.rtcPorts,
    turnTtlSeconds: config.turnTtlSeconds,
    logLevel: config.logLevel,
    numWorkers: config.numWorkers,
    acmeEmail: config.acmeEmail,
  },
});

const dnsRecords = config.dnsZone ? new MediaNodeDnsRecords(name, { managedZone: config.dnsZone, nodes }) : undefined;

const mediaNodeGroup = new MediaNodeGroup(name, {
  zone: config.zone,
  baseInstanceName: config.nodeNamePrefix,
  instanceTemplate: template.template.selfLinkUnique,
  nodes,
  bootDependencies: [turnSecret.version, serviceAccount.secretAccess, ...(dnsRecords?.records ?? [])],
});

const bootFailures = new BootFailureMetric(name, { project: config.project, stack: config.stack });

const workersPerNode = config.numWorkers ?? vcpusOfMachineType(config.machineType);

if (config.scaleOutAlert) {
  new ScaleOutAlert(name, {
    stack: config.stack,
    email: config.scaleOutAlert.email,
    cpuUtilization: config.scaleOutAlert.cpuUtilization,
    plannedStreamsPerNode: plannedStreams(workersPerNode),
  });
}

/** Per node: its name, static IP and the URLs clients use. */
export const mediaNodes = pulumi.all(
  nodes.map((node) =>
    node.address.address.apply((address) => {
      const endpoints = mediaNodeEndpoints(address, node.host);
      return {
        name: node.name,
        address,
        host: node.host,
        httpsUrl: endpoints.httpsUrl,
        wssUrl: endpoints.wssUrl,
        turnUrl: endpoints.turnUrl,
      };
    }),
  ),
);

/** Records to create at the DNS provider; empty when Cloud DNS manages them (dnsZone). */
export const dnsRecordsToCreate = dnsRecords
  ? pulumi.output<string[]>([])
  : pulumi.all(nodes.map((node) => node.address.address.apply((address) => dnsRecordLine(node.host, address))));

export const sshCommands = nodes.map(
  (node) => `gcloud compute ssh ${node.name} --zone ${config.zone} --project ${config.project} --tunnel-through-iap`,
);
/** For `gcloud compute instance-groups managed ...` (rolling restarts after a secret rotation). */
export const instanceGroupName = mediaNodeGroup.group.name;
export const turnSecretName = turnSecret.resourceName;
export const serviceAccountEmail = serviceAccount.email;
export const plannedStreamsPerNode = plannedStreams(workersPerNode);
/** The commit every node runs. */
export const chorusRef = config.chorusRef;
/** Cloud Monitoring metric counting boots that gave up: logging.googleapis.com/user/<this>. */
export const bootFailureMetric = bootFailures.metric.name;
/** Each node's last boot outcome, without SSH. */
export const bootStatusCommands = nodes.map(
  (node) =>
    `gcloud compute instances get-guest-attributes ${node.name} --zone ${config.zone} --project ${config.project} --query-path=${BOOT_STATUS_ATTRIBUTE}`,
);
