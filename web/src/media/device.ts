import { Device } from 'mediasoup-client';
import type { RtpCapabilities } from 'mediasoup-client/types';

/**
 * A mediasoup-client Device loaded with the router's capabilities. Handler detection reads
 * navigator.userAgentData; should it fail (headless or unusual builds), Chromium's current
 * handler is the right one for every browser this project targets.
 */
export async function loadDevice(routerRtpCapabilities: RtpCapabilities): Promise<Device> {
  let device: Device;
  try {
    device = new Device();
  } catch (error) {
    console.warn('[media] handler detection failed, using Chrome111', error);
    device = new Device({ handlerName: 'Chrome111' });
  }
  await device.load({ routerRtpCapabilities });
  return device;
}
