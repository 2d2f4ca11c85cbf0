import * as z from 'zod/mini';

// mediasoup's own RTP and transport parameter shapes are large and evolve between
// releases; the edge checks the structure it relies on and lets mediasoup, which
// validates them thoroughly, reject the rest with its own error.
const looseObject = z.looseObject({});

export const MediaKindSchema = z.enum(['audio', 'video']);
export type MediaKind = z.infer<typeof MediaKindSchema>;

export const RtpCapabilitiesSchema = z.looseObject({
  codecs: z.optional(z.array(looseObject).check(z.maxLength(64))),
  headerExtensions: z.optional(z.array(looseObject).check(z.maxLength(64))),
});

export const RtpParametersSchema = z.looseObject({
  mid: z.optional(z.string().check(z.maxLength(32))),
  codecs: z.array(looseObject).check(z.minLength(1), z.maxLength(32)),
  headerExtensions: z.optional(z.array(looseObject).check(z.maxLength(32))),
  encodings: z.optional(z.array(looseObject).check(z.maxLength(8))),
  rtcp: z.optional(looseObject),
});

export const DtlsParametersSchema = z.object({
  role: z.optional(z.enum(['auto', 'client', 'server'])),
  fingerprints: z
    .array(z.object({ algorithm: z.string().check(z.maxLength(16)), value: z.string().check(z.maxLength(256)) }))
    .check(z.minLength(1), z.maxLength(8)),
});

export const IceParametersSchema = z.object({
  usernameFragment: z.string(),
  password: z.string(),
  iceLite: z.optional(z.boolean()),
});

export const IceCandidateSchema = z.looseObject({
  foundation: z.string(),
  priority: z.number(),
  ip: z.optional(z.string()),
  address: z.optional(z.string()),
  protocol: z.enum(['udp', 'tcp']),
  port: z.number(),
  type: z.string(),
  tcpType: z.optional(z.string()),
});

export const IceServerSchema = z.object({
  urls: z.union([z.string(), z.array(z.string())]),
  username: z.optional(z.string()),
  credential: z.optional(z.string()),
});
export type IceServer = z.infer<typeof IceServerSchema>;
