import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type AnyValue = {
  stringValue?: string;
  intValue?: number | string;
  boolValue?: boolean;
  doubleValue?: number;
};

export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Record<string, string | number | boolean | undefined>;
  service: string | undefined;
  status: { code?: number; message?: string };
}

// OTLP's SpanKind (opentelemetry-proto trace.proto): the API's kinds shifted by one.
export const SERVER = 2;
export const CONSUMER = 5;

/**
 * A collector's OTLP/HTTP traces receiver, as far as the exporter can tell: 200 on POST /v1/traces,
 * keeping each request's headers and JSON body so tests read exactly what left the process.
 */
export async function startOtlpReceiver() {
  const requests: Array<{ path: string; headers: IncomingHttpHeaders; body: string }> = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const spans = (): ReceivedSpan[] =>
    requests.flatMap((r) => {
      const body = JSON.parse(r.body) as {
        resourceSpans: Array<{
          resource: { attributes: Array<{ key: string; value: AnyValue }> };
          scopeSpans: Array<{
            spans: Array<
              Omit<ReceivedSpan, 'attributes' | 'service'> & {
                attributes: Array<{ key: string; value: AnyValue }>;
              }
            >;
          }>;
        }>;
      };
      return body.resourceSpans.flatMap((rs) => {
        const service = rs.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue;
        return rs.scopeSpans.flatMap((ss) =>
          ss.spans.map((s) => ({
            ...s,
            service,
            attributes: Object.fromEntries(s.attributes.map((a) => [a.key, attributeValue(a.value)])),
          })),
        );
      });
    });
  return {
    url,
    requests,
    spans,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function attributeValue(value: AnyValue): string | number | boolean | undefined {
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return value.doubleValue;
  return value.boolValue;
}
