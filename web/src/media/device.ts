import { Device } from 'mediasoup-client';
import type { RtpCapabilities } from 'mediasoup-client/types';

/**
 * A mediasoup-client Device loaded with the router's capabilities. Device.factory() detects the
 * handler asynchronously, which is where mediasoup-client puts its better detection. Should it
 * find none (headless or unusual builds), Chromium's current handler is the right one for every
 * browser this project targets.
 */
export async function loadDevice(routerRtpCapabilities: RtpCapabilities): Promise<Device> {
  let device: Device;
  try {
    device = await Device.factory();
  } catch (error) {
    console.warn('[media] handler detection failed, using Chrome111', error);
    device = await Device.factory({ handlerName: 'Chrome111' });
  }
  await device.load({ routerRtpCapabilities });
  return device;
}
